import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { ChartModel, ChartSeriesStyle, SERIES_BORDER, formatChartValue, seriesColour } from './chart-model';

/** Line dash per series, so lines differ without colour. */
const LINE_DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4]];
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'cross'] as const;

/** What a series style changes of a line series (its dash and point style still tell it apart without colour). */
interface LineStyle {
  showLine?: boolean;
  borderWidth?: number;
  borderDash?: number[];
  pointRadius?: number;
  pointBorderWidth?: number;
  spanGaps?: boolean;
}

const LINE_STYLES: Record<ChartSeriesStyle, LineStyle> = {
  line: {},
  points: { showLine: false, pointRadius: 7 },
  guide: { borderWidth: 2, borderDash: [6, 4], pointRadius: 3, spanGaps: true },
  marker: { showLine: false, pointRadius: 10, pointBorderWidth: 2 },
};

/**
 * The Chart.js configuration of a chart model: a pure function, so everything but the drawing is testable
 * without a canvas. Only the bar and line controllers, the category and linear scales, legend and tooltip are
 * used (see chart-js.loader.ts).
 */
export function buildChartConfig(model: ChartModel): ChartConfiguration<'bar' | 'line'> {
  const format = model.format ?? 'number';
  const valueAxis = model.horizontal ? 'x' : 'y';
  const categoryAxis = model.horizontal ? 'y' : 'x';
  const datasets = model.series.map((series, index): ChartDataset<'bar' | 'line'> => {
    const colour = seriesColour(index);
    const common = { label: series.label, data: series.values, borderColor: SERIES_BORDER };
    return model.kind === 'line'
      ? {
          ...common,
          type: 'line',
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 3,
          borderDash: LINE_DASHES[index % LINE_DASHES.length],
          pointStyle: POINT_STYLES[index % POINT_STYLES.length],
          pointRadius: 5,
          spanGaps: false,
          ...LINE_STYLES[series.style ?? 'line'],
        }
      : { ...common, type: 'bar', backgroundColor: colour, borderWidth: 1 };
  });
  const formatTick = (value: number | string) => formatChartValue(Number(value), format, model.locale) ?? '';
  return {
    type: model.kind,
    data: { labels: model.labels, datasets },
    options: {
      locale: model.locale,
      indexAxis: model.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: model.reducedMotion ? false : { duration: 250 },
      // The data table carries the numbers for keyboard and screen reader users; the canvas is one image.
      events: ['mousemove', 'mouseout', 'touchstart'],
      scales: {
        [categoryAxis]: { stacked: model.stacked ?? false, ticks: { autoSkip: false } },
        [valueAxis]: {
          stacked: model.stacked ?? false,
          beginAtZero: true,
          ...(format === 'percent' ? { max: 100 } : {}),
          ticks: { precision: 0, callback: formatTick },
        },
      },
      plugins: {
        legend: {
          display: model.series.length > 1,
          position: 'bottom',
          labels: { usePointStyle: model.kind === 'line' },
        },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${formatChartValue(item.parsed[valueAxis] ?? null, format, model.locale) ?? '–'}`,
          },
        },
      },
    },
  };
}
