import { Route, Routes } from '@angular/router';

/**
 * The top-level route that shows `path`, matched as the router matches these routes: segment by segment, `:name`
 * standing for any one segment, first match wins; a route with children (`loadChildren`) matches the paths below it.
 * Redirects and the catch-all are not followed: there is nothing to load ahead for them.
 */
export function routeForPath(routes: Routes, path: string): Route | undefined {
  const segments = path.split(/[?#]/)[0].split('/').filter(Boolean);
  return routes.find((route) => {
    if (route.path === undefined || route.path === '**' || route.redirectTo !== undefined) return false;
    const parts = route.path.split('/').filter(Boolean);
    const length = route.loadChildren ? parts.length <= segments.length : parts.length === segments.length;
    return length && parts.every((part, index) => part.startsWith(':') || part === segments[index]);
  });
}

/**
 * Starts fetching the code of the page at `path` now, alongside the app's start, instead of once the app has started
 * (translations loaded, the API asked who is signed in) and the router gets to it: on a phone those steps come before
 * the page's chunk is even asked for. The router's own call then finds the module loaded or on its way (a browser
 * fetches a module once). A page a guard then refuses has cost one cached download; a failure is left to the router,
 * which reports it.
 */
export function preloadFirstPage(routes: Routes, path: string): void {
  const route = routeForPath(routes, path);
  const loading = route?.loadComponent?.() ?? route?.loadChildren?.();
  if (loading instanceof Promise) loading.catch(() => undefined);
}
