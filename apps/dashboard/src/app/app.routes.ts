import { Routes } from '@angular/router';
import { redirectWhenSignedIn, requireSignIn } from './auth/auth.guards';

/** The paths are a fixed contract (bookmarks and links from other tools); titles are translation keys. */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
  {
    path: 'login',
    title: 'login.title',
    canActivate: [redirectWhenSignedIn],
    loadComponent: () => import('./login/login-page.component').then((m) => m.LoginPageComponent),
  },
  {
    path: 'overview',
    title: 'overview.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('./overview/overview-page.component').then((m) => m.OverviewPageComponent),
  },
  {
    path: 'leitbild',
    title: 'leitbild.title',
    canActivate: [requireSignIn],
    loadComponent: () => import('./leitbild/leitbild-page.component').then((m) => m.LeitbildPageComponent),
  },
  {
    path: 'public',
    title: 'public.title',
    loadComponent: () => import('./public/public-page.component').then((m) => m.PublicPageComponent),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
