import type { ReportingChanges, ReportingDate } from '@leitbild-monitor/shared/contracts';
import { buildReport } from '../testing/whole-states';
import { figuresOf, FrozenMeasure } from './reporting-figures';

const reportingDate: ReportingDate = {
  id: 'r1',
  name: 'Sitzung',
  date: '2026-03-12',
  createdAt: '2026-03-10T09:00:00.000Z',
  createdBy: 'Erika',
  measureCount: 4,
};

function frozen(id: string, overrides: Partial<FrozenMeasure> = {}): FrozenMeasure {
  return {
    measureId: id,
    title: `Maßnahme ${id}`,
    fieldOfActionId: 'f1',
    fieldOfActionName: 'Ehrenamt',
    fieldOfActionPosition: 2,
    status: 'in_progress',
    progress: null,
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    leadActorId: null,
    leadActorName: null,
    partnerActorNames: [],
    public: true,
    overdue: false,
    ...overrides,
  };
}

describe('figuresOf', () => {
  it('counts per status and overdue, and takes the mean only over known progress outside rejected and on hold', () => {
    const figures = figuresOf([
      frozen('a', { progress: 20 }),
      frozen('b', { progress: 45, overdue: true }),
      frozen('c', { progress: null }),
      frozen('d', { progress: 0, status: 'on_hold' }),
      frozen('e', { progress: 100, status: 'rejected' }),
    ]);
    expect(figures).toEqual({
      total: 5,
      byStatus: { proposed: 0, in_review: 0, planned: 0, in_progress: 3, completed: 0, on_hold: 1, rejected: 1 },
      meanProgress: 32.5,
      progressBasis: 2,
      overdue: 1,
    });
  });

  it('has no mean for no measures', () => {
    expect(figuresOf([])).toMatchObject({ total: 0, meanProgress: null, progressBasis: 0, overdue: 0 });
  });
});

describe('buildReport', () => {
  it('groups measures by field of action in the order of the time, overdue ones by planned end', () => {
    const measures = [
      frozen('late', { overdue: true, plannedEnd: '2026-02-01', progress: 10 }),
      frozen('early', {
        overdue: true,
        plannedEnd: '2025-12-31',
        fieldOfActionId: 'f0',
        fieldOfActionName: 'Wohnen',
        fieldOfActionPosition: 1,
      }),
      frozen('other', { fieldOfActionId: 'f0', fieldOfActionName: 'Wohnen', fieldOfActionPosition: 1, progress: 70 }),
    ];
    const changes = { from: { id: 'r0', name: 'Vorher', date: '2025-12-01' } } as ReportingChanges;
    const report = buildReport(reportingDate, measures, changes, '2026-03-12T10:00:00.000Z');
    expect(report.fieldsOfAction.map((field) => [field.name, field.total, field.meanProgress])).toEqual([
      ['Wohnen', 2, 70],
      ['Ehrenamt', 1, 10],
    ]);
    expect(report.fieldsOfAction[0].measures.map((m) => m.measureId)).toEqual(['early', 'other']);
    expect(report.overdue.map((m) => m.measureId)).toEqual(['early', 'late']);
    expect(report.summary).toMatchObject({ total: 3, overdue: 2, meanProgress: 40 });
    expect(report.changes).toBe(changes);
    // Every list is whole, so its total is its length.
    expect(report.listTotals).toEqual({ overdue: 2, councilPapers: 0 });
    // The internal field position does not leak into the contract.
    expect(report.fieldsOfAction[0].measures[0]).not.toHaveProperty('fieldOfActionPosition');
  });
});
