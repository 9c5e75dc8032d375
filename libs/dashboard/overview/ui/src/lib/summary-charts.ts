import { formatDate } from '@angular/common';
import type { ChartView, Translate } from '@leitbild-monitor/dashboard/shared/ui-charts';
import {
  chartHeightFor,
  formatChartValue,
  progressChart as progressByField,
} from '@leitbild-monitor/dashboard/shared/ui-charts';
import {
  DashboardSummary,
  MEASURE_STATUSES,
  TimelineBin,
  TimelineResolution,
} from '@leitbild-monitor/shared/contracts';

export type { Translate };

/** Everything one chart of the summary needs, in the shape of the chart component's inputs. */
export type SummaryChartView = ChartView;

const count = (value: number, locale: string) => formatChartValue(value, 'number', locale) ?? '';

/** Measures per status, stacked per field of action. */
export function statusChart(summary: DashboardSummary, t: Translate, locale: string): SummaryChartView {
  const fields = summary.fieldsOfAction;
  const largest = [...fields].sort((a, b) => b.total - a.total)[0];
  const { totals } = summary;
  return {
    kind: 'bar',
    title: t('summary.charts.status.title'),
    summary:
      totals.total === 0 || !largest
        ? t('summary.charts.status.empty')
        : t('summary.charts.status.summary', {
            total: count(totals.total, locale),
            inProgress: count(totals.byStatus.in_progress, locale),
            completed: count(totals.byStatus.completed, locale),
            planned: count(totals.byStatus.planned, locale),
            field: largest.name,
            fieldTotal: count(largest.total, locale),
          }),
    categoryHeader: t('summary.fields.name'),
    labels: fields.map((field) => field.name),
    series: MEASURE_STATUSES.map((status) => ({
      label: t(`measureStatus.${status}`),
      values: fields.map((field) => field.byStatus[status]),
    })),
    tableOnlySeries: [{ label: t('summary.fields.total'), values: fields.map((field) => field.total) }],
    format: 'number',
    stacked: true,
    horizontal: true,
    labelLang: 'de',
    height: chartHeightFor(fields.length, 3),
  };
}

/** Mean progress per field of action, with the number of measures it is taken over. */
export function progressChart(summary: DashboardSummary, t: Translate, locale: string): SummaryChartView {
  return progressByField(
    summary.fieldsOfAction,
    {
      title: 'summary.charts.progress.title',
      none: 'summary.charts.progress.none',
      summary: 'summary.charts.progress.summary',
      category: 'summary.fields.name',
      mean: 'summary.fields.meanProgress',
      basis: 'summary.charts.progress.basis',
    },
    t,
    locale,
  );
}

/**
 * `2026-03` as "März 2026" / "March 2026" (UTC, like the API's months). Dates are written with Angular's locale data,
 * as the date pipe does, not with Intl.DateTimeFormat: see formatChartValue.
 */
export function monthLabel(month: string, locale: string): string {
  return formatDate(new Date(`${month}-01T00:00:00Z`), 'MMMM y', locale, 'UTC');
}

/** A timeline bin's name: "März 2026", "2. Quartal 2026" / "Q2 2026", or the year. */
export function binLabel(bin: TimelineBin, resolution: TimelineResolution, t: Translate, locale: string): string {
  if (resolution === 'month') return monthLabel(bin.key, locale);
  if (resolution === 'year') return bin.key;
  return t('summary.charts.timeline.quarterLabel', { quarter: bin.key.slice(6), year: bin.key.slice(0, 4) });
}

/** `2026-03-01` as "01.03.2026" / "Mar 1, 2026". */
function dateLabel(date: string, locale: string): string {
  return formatDate(new Date(`${date}T00:00:00Z`), 'mediumDate', locale, 'UTC');
}

/** Measures started and completed per month, quarter or year of the period, as the API binned them. */
export function timelineChart(summary: DashboardSummary, t: Translate, locale: string): SummaryChartView {
  const { bins, resolution, from, to } = summary.timeline;
  const started = bins.reduce((sum, bin) => sum + bin.started, 0);
  const completed = bins.reduce((sum, bin) => sum + bin.completed, 0);
  return {
    kind: 'bar',
    title: t(`summary.charts.timeline.title.${resolution}`),
    summary: t('summary.charts.timeline.summary', {
      from: dateLabel(from, locale),
      to: dateLabel(to, locale),
      started: count(started, locale),
      completed: count(completed, locale),
      per: t(`summary.charts.timeline.per.${resolution}`),
    }),
    categoryHeader: t(`summary.charts.timeline.category.${resolution}`),
    labels: bins.map((bin) => binLabel(bin, resolution, t, locale)),
    series: [
      { label: t('summary.charts.timeline.started'), values: bins.map((bin) => bin.started) },
      { label: t('summary.charts.timeline.completed'), values: bins.map((bin) => bin.completed) },
    ],
    tableOnlySeries: [],
    format: 'number',
    stacked: false,
    horizontal: false,
    labelLang: null,
    height: 300,
  };
}

/** Which guidelines have active measures and which have none. */
export function coverage(summary: DashboardSummary, t: Translate, locale: string) {
  const covered = summary.guidelines.filter((guideline) => guideline.activeMeasures > 0);
  const uncovered = summary.guidelines.filter((guideline) => guideline.activeMeasures === 0);
  return {
    covered,
    uncovered,
    summary: t('summary.charts.coverage.summary', {
      covered: count(covered.length, locale),
      total: count(summary.guidelines.length, locale),
      uncovered: count(uncovered.length, locale),
    }),
  };
}
