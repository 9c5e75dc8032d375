import { Routes } from '@angular/router';
import { appRoutes } from './app.routes';
import { preloadFirstPage, routeForPath } from './first-page';

describe('routeForPath', () => {
  it('finds the page the router shows for an address, as the router matches it', () => {
    const path = (address: string) => routeForPath(appRoutes, address)?.path;

    expect(path('/public')).toBe('public');
    expect(path('/public/measures/m-1')).toBe('public/measures/:id');
    expect(path('/overview?period=2026')).toBe('overview');
    // First match wins, as in the router: "new" is a page of its own, not a measure's id.
    expect(path('/measures/new')).toBe('measures/new');
    expect(path('/measures/m-1')).toBe('measures/:id');
    expect(path('/measures/m-1/edit')).toBe('measures/:id/edit');
    expect(path('/admin/users')).toBe('admin');
  });

  it('loads nothing ahead for a redirect or an address without a page', () => {
    expect(routeForPath(appRoutes, '/')).toBeUndefined();
    expect(routeForPath(appRoutes, '/overview/x')).toBeUndefined();
    expect(routeForPath(appRoutes, '/nowhere')).toBeUndefined();
  });
});

describe('preloadFirstPage', () => {
  it("starts loading the first page's code, and only that page's", () => {
    const publicPage = jest.fn(() => Promise.resolve(class {}));
    const overview = jest.fn(() => Promise.resolve(class {}));
    const routes: Routes = [
      { path: 'overview', loadComponent: overview },
      { path: 'public', loadComponent: publicPage },
    ];

    preloadFirstPage(routes, '/public');

    expect(publicPage).toHaveBeenCalledTimes(1);
    expect(overview).not.toHaveBeenCalled();
  });

  it('leaves a failed download to the router, which reports it when it loads the page itself', async () => {
    const failing = jest.fn(() => Promise.reject(new Error('offline')));
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);

    preloadFirstPage([{ path: 'public', loadComponent: failing }], '/public');
    await new Promise((settled) => setTimeout(settled, 0));

    process.off('unhandledRejection', unhandled);
    expect(failing).toHaveBeenCalled();
    expect(unhandled).not.toHaveBeenCalled();
  });
});
