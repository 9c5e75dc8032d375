import { ChartView, Translate, progressChart as progressByField } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { ReportingReport } from '@leitbild-monitor/shared/contracts';

/** Mean progress per field of action as of the reporting date: the overview's chart in the report's words. */
export function progressChart(report: ReportingReport, t: Translate, locale: string): ChartView {
  return progressByField(
    report.fieldsOfAction,
    {
      title: 'reports.report.progress.title',
      none: 'reports.report.progress.none',
      summary: 'reports.report.progress.summary',
      category: 'reports.report.fieldOfAction',
      mean: 'reports.report.progress.mean',
      basis: 'reports.report.progress.basis',
    },
    t,
    locale,
    { overall: report.summary.meanProgress, legendRows: 1 },
  );
}
