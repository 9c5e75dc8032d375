import { Routes } from '@angular/router';
import { AdminShellComponent } from './admin-shell.component';

/** Below `/admin`; the app guards the whole area for administrators. Titles are translation keys. */
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
        path: 'fields-of-action',
        title: 'admin.fieldsOfAction.title',
        loadComponent: () => import('./fields-of-action-page.component').then((m) => m.FieldsOfActionPageComponent),
      },
      {
        path: 'actors',
        title: 'admin.actors.title',
        loadComponent: () => import('./actors-page.component').then((m) => m.ActorsPageComponent),
      },
    ],
  },
];
