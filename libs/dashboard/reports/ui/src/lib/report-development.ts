import { ChartView, Translate, chartHeightFor, formatChartValue } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { MEASURE_STATUSES, ReportingDevelopment, ReportingFigures } from '@leitbild-monitor/shared/contracts';
import { DevelopmentChange, developmentTrend } from '@leitbild-monitor/shared/domain';

/** The two charts of the development for one scope: measures per status and mean progress per reporting date. */
export interface DevelopmentCharts {
  status: ChartView;
  progress: ChartView;
}

/** A reporting date as the UI language writes it: "12.03.2026", "Mar 12, 2026". */
export function formatReportingDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00.000Z`),
  );
}

/**
 * The development across reporting dates for all fields of action (`fieldOfActionId` null) or one of them: stacked
 * bars of the measures per status on each date (the data table adds the total and the overdue count) and a line of
 * the mean progress (the table adds how many measures it is taken over), each with a sentence on how the figure moved
 * from the first to the last date, in the UI language.
 */
export function developmentCharts(
  development: ReportingDevelopment,
  fieldOfActionId: string | null,
  t: Translate,
  locale: string,
): DevelopmentCharts {
  const fieldIndex =
    fieldOfActionId === null
      ? -1
      : development.fieldsOfAction.findIndex((field) => field.fieldOfActionId === fieldOfActionId);
  const scope = fieldIndex < 0 ? t('reports.development.allFields') : development.fieldsOfAction[fieldIndex].name;
  const figures: ReportingFigures[] = development.points.map((point) =>
    fieldIndex < 0 ? point.summary : point.fieldsOfAction[fieldIndex],
  );
  const dates = development.points.map((point) => point.reportingDate.date);
  const labels = dates.map((date) => formatReportingDate(date, locale));
  const trend = developmentTrend(dates.map((date, index) => ({ date, figures: figures[index] })));
  const percent = (value: number | null) => formatChartValue(value, 'percent', locale) ?? t('reports.unknown');
  const sentence = (kind: 'share' | 'progress', change: DevelopmentChange | undefined): string => {
    if (!trend || !change) return t('reports.development.sentence.none');
    if (trend.dates === 1) {
      return t(`reports.development.sentence.${kind}.first`, { date: labels[0], value: percent(change.to) });
    }
    return t(`reports.development.sentence.${kind}.${change.direction}`, {
      since: labels[0],
      count: formatChartValue(trend.dates, 'number', locale),
      from: percent(change.from),
      to: percent(change.to),
    });
  };
  const height = chartHeightFor(0) + 160;
  return {
    status: {
      kind: 'bar',
      title: t('reports.development.statusTitle', { scope }),
      summary: sentence('share', trend?.completedShare),
      categoryHeader: t('reports.development.category'),
      labels,
      series: MEASURE_STATUSES.map((status) => ({
        label: t(`measureStatus.${status}`),
        values: figures.map((entry) => entry.byStatus[status]),
      })),
      tableOnlySeries: [
        { label: t('reports.development.total'), values: figures.map((entry) => entry.total) },
        { label: t('reports.development.overdue'), values: figures.map((entry) => entry.overdue) },
      ],
      format: 'number',
      stacked: true,
      horizontal: false,
      labelLang: null,
      height,
    },
    progress: {
      kind: 'line',
      title: t('reports.development.progressTitle', { scope }),
      summary: sentence('progress', trend?.meanProgress),
      categoryHeader: t('reports.development.category'),
      labels,
      series: [{ label: t('reports.development.meanProgress'), values: figures.map((entry) => entry.meanProgress) }],
      tableOnlySeries: [
        {
          label: t('reports.development.basis'),
          values: figures.map((entry) => entry.progressBasis),
          format: 'number',
        },
      ],
      format: 'percent',
      stacked: false,
      horizontal: false,
      labelLang: null,
      height: 240,
    },
  };
}
