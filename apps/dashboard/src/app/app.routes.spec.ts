import { DASHBOARD_SECTIONS, isDashboardPath } from '@leitbild-monitor/shared/contracts';
import { appRoutes } from './app.routes';

describe('appRoutes', () => {
  it('has a page in every section the API serves as the dashboard, and none outside them', () => {
    const sections = new Set(appRoutes.map((route) => route.path?.split('/')[0]).filter((s) => s && s !== '**'));

    expect([...sections].sort()).toEqual([...DASHBOARD_SECTIONS].sort());
    for (const route of appRoutes.filter((route) => route.path !== '**')) {
      expect([route.path, isDashboardPath(`/${route.path}`)]).toEqual([route.path, true]);
    }
  });
});
