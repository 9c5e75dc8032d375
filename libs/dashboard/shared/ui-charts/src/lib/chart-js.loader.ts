import type { Chart as ChartType } from 'chart.js';

let loaded: Promise<typeof ChartType> | undefined;

/**
 * Loads Chart.js on first use, as its own lazy chunk: it is never part of the initial bundle. Only the pieces the
 * chart components use are registered (chart-js.setup.ts), so the rest of Chart.js is tree-shaken away.
 */
export function loadChartJs(): Promise<typeof ChartType> {
  loaded ??= import('./chart-js.setup').then(({ Chart }) => Chart);
  return loaded;
}
