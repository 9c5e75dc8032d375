import { Routes } from '@angular/router';
import { redirectWhenSignedIn, requireRole, requireSignIn } from '@leitbild-monitor/dashboard/auth/data-access';

/** The paths are a fixed contract (bookmarks and links from other tools); titles are translation keys. */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
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
    path: 'admin',
    canActivate: [requireRole('admin')],
    loadChildren: () => import('@leitbild-monitor/dashboard/admin/feature').then((m) => m.adminRoutes),
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
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
