import { Routes } from '@angular/router';
import { AdminShellComponent } from './admin-shell.component';
import { ACTORS, FIELDS_OF_ACTION } from './catalog-kinds';

/**
 * Below `/admin`; the app guards the whole area for administrators. Titles are translation keys; both catalogues
 * are one page, told by `data.kind` (bound to its input) which catalogue it shows.
 */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminShellComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        title: 'admin.users.title',
        loadComponent: () => import('./users-page.component').then((m) => m.UsersPageComponent),
      },
      {
        path: 'notifications',
        title: 'notifications.admin.title',
        loadComponent: () =>
          import('@leitbild-monitor/dashboard/notifications/feature').then((m) => m.NotificationsAdminPageComponent),
      },
      {
        path: 'meeting-bodies',
        title: 'meetings.bodies.title',
        loadComponent: () =>
          import('@leitbild-monitor/dashboard/meetings/feature').then((m) => m.MeetingBodiesAdminPageComponent),
      },
      {
        path: 'fields-of-action',
        title: 'admin.fieldsOfAction.title',
        loadComponent: () => import('./catalog-page.component').then((m) => m.CatalogPageComponent),
        data: { kind: FIELDS_OF_ACTION },
      },
      {
        path: 'actors',
        title: 'admin.actors.title',
        loadComponent: () => import('./catalog-page.component').then((m) => m.CatalogPageComponent),
        data: { kind: ACTORS },
      },
      {
        path: 'legal-pages',
        title: 'legal.admin.pagesTitle',
        loadComponent: () => import('./legal-pages-admin.component').then((m) => m.LegalPagesAdminComponent),
      },
      {
        path: 'barrier-reports',
        title: 'legal.admin.reportsTitle',
        loadComponent: () => import('./barrier-reports-page.component').then((m) => m.BarrierReportsPageComponent),
      },
    ],
  },
];
