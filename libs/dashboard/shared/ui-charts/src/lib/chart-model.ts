import { formatNumber, formatPercent } from '@angular/common';

/** One data series of a chart: a legend label and one value per category (null = unknown). */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** Overrides the chart's format for this series in the data table. */
  format?: ChartValueFormat;
  /**
   * How a line chart draws the series: `line` (the default: points joined, gaps where a value is missing),
   * `points` (points only, e.g. goals), `guide` (a thin dashed line through the gaps, e.g. a goal line between
   * its corners) or `marker` (one large point, e.g. a baseline).
   */
  style?: ChartSeriesStyle;
  /** What the data table says where the series has no value (default: "unbekannt"), e.g. "kein Ziel". */
  missing?: string;
}

export type ChartSeriesStyle = 'line' | 'points' | 'guide' | 'marker';

/** How values are written in the table, the axis and the tooltips. */
export type ChartValueFormat = 'number' | 'percent';

/** What a chart shows, independent of Chart.js. */
export interface ChartModel {
  kind: 'bar' | 'line';
  /** One label per category (x axis, or y axis for horizontal bars). */
  labels: string[];
  series: ChartSeries[];
  /** Bars of a category stacked on each other. */
  stacked?: boolean;
  /** Categories on the vertical axis: long names stay readable on narrow screens. */
  horizontal?: boolean;
  format?: ChartValueFormat;
  /** Angular/BCP 47 locale id for numbers. */
  locale: string;
  /** The user asked for reduced motion: no animation at all. */
  reducedMotion: boolean;
}

/**
 * Fill colours whose lightness (CIE L*) differs clearly between neighbours in a stack, so series stay apart in
 * greyscale and for colour-blind readers: 27, 62, 33, 67, 46, 85, 73. Each bar series also gets its own hatch
 * pattern and a dark border, and the legend names every series.
 */
export const SERIES_COLOURS = ['#1d3f73', '#e07b00', '#7a2e7a', '#6fa8dc', '#3d7a33', '#f2d16b', '#b3b3b3'] as const;
export const SERIES_BORDER = '#1a1a1a';

/**
 * Formats a value for the UI language: `12.345`, `42,5 %` in German; `12,345`, `42.5%` in English.
 *
 * With Angular's locale data (registered at start by provideI18n, the same the number pipes use), not with
 * Intl.NumberFormat: a page's first Intl.NumberFormat makes the browser load its ICU number data, 15–20 ms on the
 * development machine, 75 ms under Lighthouse's phone throttle — in the middle of the first render of every page
 * with a chart. Both give the same text for these formats.
 */
export function formatChartValue(value: number | null, format: ChartValueFormat, locale: string): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  return format === 'percent'
    ? formatPercent(value / 100, locale, VALUE_DIGITS)
    : formatNumber(value, locale, VALUE_DIGITS);
}

/** At most one decimal place, none when the value is whole. */
const VALUE_DIGITS = '1.0-1';

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

/** CIE L* (0 black – 100 white) of a `#rrggbb` colour: how light it looks, whatever its hue. */
export function lightness(colour: string): number {
  const linear = [1, 3, 5]
    .map((start) => parseInt(colour.slice(start, start + 2), 16) / 255)
    .map((channel) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  return luminance > 216 / 24389 ? 116 * Math.cbrt(luminance) - 16 : (24389 / 27) * luminance;
}
