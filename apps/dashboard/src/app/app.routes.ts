import { Route, Routes } from '@angular/router';
import { redirectWhenSignedIn, requireRole, requireSignIn } from '@leitbild-monitor/dashboard/auth/data-access';
import { DashboardSection, PAGE_SLUGS } from '@leitbild-monitor/shared/contracts';

/**
 * A page's path starts with one of the sections the contract names, which the API serves as the dashboard (any
 * other path answers 404): a route under a new first segment needs it added to DASHBOARD_SECTIONS first.
 */
type SectionRoute = Route & { path: DashboardSection | `${DashboardSection}/${string}` };

/** The paths are a fixed contract (bookmarks and links from other tools); titles are translation keys. */
const sectionRoutes: SectionRoute[] = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [redirectWhenSignedIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/auth/feature-login').then((m) => m.LoginPageComponent),
  },
  {
    path: 'overview',
    title: 'overview.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/overview/feature').then((m) => m.OverviewPageComponent),
  },
  {
    path: 'leitbild',
    title: 'leitbild.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/leitbild/feature').then((m) => m.LeitbildPageComponent),
  },
  {
    path: 'measures',
    title: 'register.title',
    canActivate: [requireSignIn],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/measures/feature-register').then((m) => m.MeasureRegisterPageComponent),
  },
  {
    path: 'measures/new',
    title: 'measureForm.createTitle',
    canActivate: [requireRole('editor', 'admin')],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/measures/feature-edit').then((m) => m.MeasureFormPageComponent),
  },
  {
    path: 'measures/import',
    title: 'transfer.import.title',
    canActivate: [requireRole('editor', 'admin')],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/transfer/feature-import').then((m) => m.MeasureImportPageComponent),
  },
  {
    path: 'measures/:id',
    title: 'measure.title',
    canActivate: [requireSignIn],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/measures/feature-detail').then((m) => m.MeasurePageComponent),
  },
  {
    path: 'measures/:id/edit',
    title: 'measureForm.editTitle',
    canActivate: [requireRole('editor', 'admin')],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/measures/feature-edit').then((m) => m.MeasureFormPageComponent),
  },
  {
    path: 'meetings',
    title: 'meetings.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/meetings/feature').then((m) => m.MeetingsPageComponent),
  },
  {
    path: 'meetings/:id',
    title: 'meetings.detail.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/meetings/feature').then((m) => m.MeetingPageComponent),
  },
  {
    path: 'indicators',
    title: 'indicators.title',
    canActivate: [requireSignIn],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/indicators/feature-list').then((m) => m.IndicatorListPageComponent),
  },
  {
    path: 'indicators/new',
    title: 'indicators.form.createTitle',
    canActivate: [requireRole('editor', 'admin')],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/indicators/feature-edit').then((m) => m.IndicatorFormPageComponent),
  },
  {
    path: 'indicators/import',
    title: 'indicators.import.title',
    canActivate: [requireRole('editor', 'admin')],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/transfer/feature-import').then((m) => m.IndicatorValueImportPageComponent),
  },
  {
    path: 'indicators/:id',
    title: 'indicators.detail.title',
    canActivate: [requireSignIn],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/indicators/feature-detail').then((m) => m.IndicatorPageComponent),
  },
  {
    path: 'indicators/:id/edit',
    title: 'indicators.form.editTitle',
    canActivate: [requireRole('editor', 'admin')],
    loadComponent: () =>
      import('@leitbild-monitor/dashboard/indicators/feature-edit').then((m) => m.IndicatorFormPageComponent),
  },
  {
    path: 'reports',
    title: 'reports.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/reports/feature').then((m) => m.ReportsPageComponent),
  },
  {
    path: 'reports/:id',
    title: 'reports.report.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/reports/feature').then((m) => m.ReportPageComponent),
  },
  {
    path: 'public',
    title: 'public.title',
    loadComponent: () => import('@leitbild-monitor/dashboard/public/feature').then((m) => m.PublicPageComponent),
  },
  {
    path: 'public/changes',
    title: 'publicSite.changes.title',
    loadComponent: () => import('@leitbild-monitor/dashboard/public/feature').then((m) => m.PublicChangesPageComponent),
  },
  {
    path: 'public/measures/:id',
    title: 'publicSite.measure.title',
    loadComponent: () => import('@leitbild-monitor/dashboard/public/feature').then((m) => m.PublicMeasurePageComponent),
  },
  {
    // Framed by other sites (EMBED_ALLOWED_ORIGINS): drawn without the site's header and footer.
    path: 'public/embed',
    title: 'publicSite.embed.title',
    data: { embedded: true },
    loadComponent: () => import('@leitbild-monitor/dashboard/public/feature').then((m) => m.PublicEmbedPageComponent),
  },
  ...PAGE_SLUGS.map(
    (slug): SectionRoute => ({
      path: slug,
      title: `legal.titles.${slug}`,
      data: { slug },
      loadComponent: () => import('@leitbild-monitor/dashboard/legal/feature').then((m) => m.LegalPageComponent),
    }),
  ),
  {
    path: 'admin',
    canActivate: [requireRole('admin')],
    loadChildren: () => import('@leitbild-monitor/dashboard/admin/feature').then((m) => m.adminRoutes),
  },
  {
    path: 'tasks',
    title: 'tasks.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/notifications/feature').then((m) => m.TasksPageComponent),
  },
  {
    path: 'account',
    title: 'admin.account.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('@leitbild-monitor/dashboard/admin/feature').then((m) => m.AccountPageComponent),
  },
  {
    // Where requireRole sends a reader whose role may not open a page; the address bar keeps their address.
    path: 'access-denied',
    title: 'admin.accessDenied.title',
    loadComponent: () => import('@leitbild-monitor/dashboard/admin/feature').then((m) => m.AccessDeniedPageComponent),
  },
];

export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
  ...sectionRoutes,
  {
    // The API answers such paths with 404 already; inside a section (/overview/x) only this page says so.
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
