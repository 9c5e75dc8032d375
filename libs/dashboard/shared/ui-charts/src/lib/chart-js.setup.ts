import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/*
 * Chart.js with only the pieces the chart components use. Imported by name in a module of its own (which
 * chart-js.loader.ts loads lazily) so that the build drops the rest of Chart.js — the other chart types, scales and
 * plugins. Taken from the namespace of a dynamic import('chart.js') instead, every export stays in the chunk.
 */
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

export { Chart };
