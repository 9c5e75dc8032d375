import { DashboardSummary, FieldOfActionSummary, MEASURE_STATUSES, MeasureStatus } from '../index';

function countsByStatus(counts: Partial<Record<MeasureStatus, number>>): Record<MeasureStatus, number> {
  return Object.fromEntries(MEASURE_STATUSES.map((status) => [status, counts[status] ?? 0])) as Record<
    MeasureStatus,
    number
  >;
}

export function fieldOfActionSummary(
  name: string,
  counts: Partial<Record<MeasureStatus, number>>,
  rest: Partial<Pick<FieldOfActionSummary, 'meanProgress' | 'overdue' | 'progressBasis'>> = {},
): FieldOfActionSummary {
  const byStatus = countsByStatus(counts);
  return {
    fieldOfActionId: `foa-${name.toLowerCase().replace(/\W+/g, '-')}`,
    name,
    total: Object.values(byStatus).reduce((sum, count) => sum + count, 0),
    byStatus,
    meanProgress: null,
    progressBasis: 0,
    overdue: 0,
    ...rest,
  };
}

/** A summary shaped like the API's answer: two fields of action, one of them with unknown progress. */
export function dashboardSummary(overrides: Partial<DashboardSummary> = {}): DashboardSummary {
  return {
    totals: {
      total: 1234,
      byStatus: countsByStatus({ proposed: 200, planned: 300, in_progress: 500, completed: 234 }),
      overdue: 17,
    },
    fieldsOfAction: [
      fieldOfActionSummary(
        'Antidiskriminierung',
        { planned: 3, in_progress: 4, completed: 2 },
        { meanProgress: 42.5, progressBasis: 6, overdue: 1 },
      ),
      fieldOfActionSummary('Ehrenamt', { proposed: 2 }),
    ],
    guidelines: [
      { guidelineId: 'g-1', code: '1.1', text: 'Wir sind Harburg.', activeMeasures: 3 },
      { guidelineId: 'g-2', code: '1.2', text: 'Wir sind viele.', activeMeasures: 0 },
      { guidelineId: 'g-3', code: '2.1', text: 'Wir helfen einander.', activeMeasures: 1 },
    ],
    recentChanges: [
      {
        measureId: 'm-1',
        title: 'Interkulturelle Woche im Rieckhof',
        kind: 'status_change',
        at: '2026-11-20T10:00:00.000Z',
      },
    ],
    timeline: {
      from: '2026-09-01',
      to: '2026-11-23',
      resolution: 'month',
      bins: [
        { key: '2026-09', start: '2026-09-01', started: 3, completed: 1 },
        { key: '2026-10', start: '2026-10-01', started: 0, completed: 0 },
        { key: '2026-11', start: '2026-11-01', started: 1234, completed: 2 },
      ],
      firstRecorded: '2016-12-05',
    },
    fieldOfActionId: null,
    generatedAt: '2026-11-23T09:30:00.000Z',
    ...overrides,
  };
}
