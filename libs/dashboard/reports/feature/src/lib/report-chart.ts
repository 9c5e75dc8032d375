import { ChartSeries, formatChartValue } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { ReportingReport } from '@leitbild-monitor/shared/contracts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The inputs of the report's progress chart. */
export interface ProgressChartView {
  title: string;
  summary: string;
  categoryHeader: string;
  labels: string[];
  series: ChartSeries[];
  tableOnlySeries: ChartSeries[];
  height: number;
}

/** Mean progress per field of action as of the reporting date, with the number of measures it is taken over. */
export function progressChart(report: ReportingReport, t: Translate, locale: string): ProgressChartView {
  const fields = report.fieldsOfAction;
  const known = fields
    .filter((field) => field.meanProgress !== null)
    .sort((a, b) => (a.meanProgress ?? 0) - (b.meanProgress ?? 0));
  const percent = (value: number | null) => formatChartValue(value, 'percent', locale) ?? '';
  const lowest = known[0];
  const highest = known[known.length - 1];
  return {
    title: t('reports.report.progress.title'),
    summary:
      known.length === 0
        ? t('reports.report.progress.none')
        : t('reports.report.progress.summary', {
            min: percent(lowest.meanProgress),
            minField: lowest.name,
            max: percent(highest.meanProgress),
            maxField: highest.name,
            overall: percent(report.summary.meanProgress),
            unknown: formatChartValue(fields.length - known.length, 'number', locale),
          }),
    categoryHeader: t('reports.report.fieldOfAction'),
    labels: fields.map((field) => field.name),
    series: [{ label: t('reports.report.progress.mean'), values: fields.map((field) => field.meanProgress) }],
    tableOnlySeries: [
      {
        label: t('reports.report.progress.basis'),
        values: fields.map((field) => field.progressBasis),
        format: 'number',
      },
    ],
    // Room per horizontal bar and its label, plus the axis.
    height: Math.max(160, fields.length * 44 + 80),
  };
}
