import { ChartSeries, ChartValueFormat, formatChartValue } from './chart-model';

/** Translates a key with parameters in the current UI language. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Everything one chart needs, in the shape of the chart component's inputs. */
export interface ChartView {
  kind: 'bar' | 'line';
  title: string;
  summary: string;
  categoryHeader: string;
  labels: string[];
  series: ChartSeries[];
  tableOnlySeries: ChartSeries[];
  format: ChartValueFormat;
  stacked: boolean;
  horizontal: boolean;
  /** Category labels are German catalogue content, also in the English interface. */
  labelLang: string | null;
  height: number;
}

/** A field of action's progress, as the overview's summary and a reporting date's report both give it. */
export interface FieldProgress {
  readonly name: string;
  /** Mean over the measures whose progress is known; null when none is. */
  readonly meanProgress: number | null;
  /** How many measures the mean is taken over. */
  readonly progressBasis: number;
}

/** The translation keys of one view's progress chart: each view words its chart in its own context. */
export interface ProgressChartKeys {
  readonly title: string;
  /** The sentence when no field has a known progress. */
  readonly none: string;
  /** The sentence with `min`, `minField`, `max`, `maxField`, `unknown` (and `overall` when given). */
  readonly summary: string;
  readonly category: string;
  readonly mean: string;
  readonly basis: string;
}

export interface ProgressChartOptions {
  /** The mean over all measures, named in the summary sentence as `overall`. */
  readonly overall?: number | null;
  /** Rows of legend to make room for below the bars. */
  readonly legendRows?: number;
}

/** Enough height per category for a horizontal bar and its label, plus room for axis and legend. */
export function chartHeightFor(categories: number, legendRows = 1): number {
  return Math.max(160, categories * 44 + 40 + legendRows * 40);
}

/**
 * Mean progress per field of action as horizontal bars, the number of measures it is taken over in the data table
 * only, and a sentence naming the fields with the lowest and the highest mean.
 */
export function progressChart(
  fields: readonly FieldProgress[],
  keys: ProgressChartKeys,
  t: Translate,
  locale: string,
  options: ProgressChartOptions = {},
): ChartView {
  const known = fields
    .filter((field) => field.meanProgress !== null)
    .sort((a, b) => (a.meanProgress ?? 0) - (b.meanProgress ?? 0));
  const percent = (value: number | null) => formatChartValue(value, 'percent', locale) ?? '';
  const lowest = known[0];
  const highest = known[known.length - 1];
  return {
    kind: 'bar',
    title: t(keys.title),
    summary:
      known.length === 0
        ? t(keys.none)
        : t(keys.summary, {
            min: percent(lowest.meanProgress),
            minField: lowest.name,
            max: percent(highest.meanProgress),
            maxField: highest.name,
            ...(options.overall === undefined ? {} : { overall: percent(options.overall) }),
            unknown: formatChartValue(fields.length - known.length, 'number', locale) ?? '',
          }),
    categoryHeader: t(keys.category),
    labels: fields.map((field) => field.name),
    series: [{ label: t(keys.mean), values: fields.map((field) => field.meanProgress) }],
    tableOnlySeries: [{ label: t(keys.basis), values: fields.map((field) => field.progressBasis), format: 'number' }],
    format: 'percent',
    stacked: false,
    horizontal: true,
    labelLang: 'de',
    height: chartHeightFor(fields.length, options.legendRows ?? 0),
  };
}
