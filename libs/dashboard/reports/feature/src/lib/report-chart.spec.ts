import { ReportingFieldOfAction, ReportingReport } from '@leitbild-monitor/shared/contracts';
import { progressChart } from './report-chart';

const byStatus = { proposed: 0, in_review: 0, planned: 1, in_progress: 1, completed: 0, on_hold: 0, rejected: 0 };
const field = (name: string, meanProgress: number | null, progressBasis: number): ReportingFieldOfAction => ({
  fieldOfActionId: name,
  name,
  total: 2,
  byStatus,
  meanProgress,
  progressBasis,
  overdue: 0,
  measures: [],
});

function report(fields: ReportingFieldOfAction[]): ReportingReport {
  return {
    reportingDate: {
      id: 'rd',
      name: 'Sitzung',
      date: '2026-03-12',
      createdAt: '2026-03-12T08:00:00Z',
      createdBy: 'A',
      measureCount: 4,
    },
    summary: { total: 4, byStatus, meanProgress: 32.5, progressBasis: 3, overdue: 0 },
    fieldsOfAction: fields,
    changes: null,
    overdue: [],
    indicators: [],
    development: { fieldsOfAction: [], points: [] },
    councilPapers: [],
    listTotals: { overdue: 0, councilPapers: 0 },
    generatedAt: '2026-03-12T09:00:00Z',
  };
}

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key);

describe('progressChart', () => {
  it('shows the mean progress per field, the basis in the table only, and names the lowest and highest', () => {
    const view = progressChart(
      report([field('Ehrenamt', 50, 2), field('Sprache', 12.5, 1), field('Sport', null, 0)]),
      t,
      'de',
    );
    expect(view.labels).toEqual(['Ehrenamt', 'Sprache', 'Sport']);
    expect(view.series).toEqual([{ label: 'reports.report.progress.mean', values: [50, 12.5, null] }]);
    expect(view.tableOnlySeries[0].values).toEqual([2, 1, 0]);
    expect(view.summary).toContain('"min":"12,5\u00a0%","minField":"Sprache"');
    expect(view.summary).toContain('"max":"50\u00a0%","maxField":"Ehrenamt"');
    expect(view.summary).toContain('"overall":"32,5\u00a0%"');
    expect(view.summary).toContain('"unknown":"1"');
  });

  it('says so when no field has a known progress', () => {
    expect(progressChart(report([field('Sport', null, 0)]), t, 'de').summary).toBe('reports.report.progress.none');
  });
});
