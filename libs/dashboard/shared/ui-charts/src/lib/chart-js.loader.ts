import type { Chart as ChartType } from 'chart.js';

let loaded: Promise<typeof ChartType> | undefined;

/**
 * Loads Chart.js on first use, as its own lazy chunk: it is never part of the initial bundle. Only the pieces the
 * chart components use are registered, so the rest of Chart.js is tree-shaken away.
 */
export function loadChartJs(): Promise<typeof ChartType> {
  loaded ??= import('chart.js').then(
    ({
      Chart,
      BarController,
      BarElement,
      LineController,
      LineElement,
      PointElement,
      CategoryScale,
      LinearScale,
      Legend,
      Tooltip,
    }) => {
      Chart.register(
        BarController,
        BarElement,
        LineController,
        LineElement,
        PointElement,
        CategoryScale,
        LinearScale,
        Legend,
        Tooltip,
      );
      return Chart;
    },
  );
  return loaded;
}
