import type { ComparisonSide, SnapshotMeasure } from '@leitbild-monitor/shared/contracts';
import { compareStates } from '../testing/whole-states';

const march: ComparisonSide = { id: 'r1', name: 'März', date: '2026-03-12' };
const june: ComparisonSide = { id: 'r2', name: 'Juni', date: '2026-06-18' };

function measure(id: string, overrides: Partial<SnapshotMeasure> = {}): SnapshotMeasure {
  return {
    measureId: id,
    title: `Maßnahme ${id}`,
    fieldOfActionId: 'f1',
    fieldOfActionName: 'Ehrenamt',
    status: 'planned',
    progress: 10,
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    leadActorId: null,
    leadActorName: null,
    partnerActorNames: [],
    public: false,
    overdue: false,
    ...overrides,
  };
}

describe('compareStates', () => {
  it('finds nothing between two equal states', () => {
    const state = [measure('a'), measure('b', { overdue: true })];
    expect(compareStates(march, state, june, state)).toEqual({
      from: march,
      to: june,
      added: [],
      removed: [],
      statusChanges: [],
      progressChanges: [],
      newlyOverdue: [],
      totals: { added: 0, removed: 0, statusChanges: 0, progressChanges: 0, newlyOverdue: 0 },
      newIndicatorValues: [],
      indicatorStateChanges: [],
    });
  });

  it('lists added and removed measures, removed ones as they were', () => {
    const gone = measure('gone', { title: 'Entfällt' });
    const result = compareStates(march, [measure('a'), gone], june, [measure('a'), measure('new')]);
    expect(result.added.map((m) => m.measureId)).toEqual(['new']);
    expect(result.removed).toEqual([gone]);
    expect(result.statusChanges).toEqual([]);
    expect(result.totals).toEqual({ added: 1, removed: 1, statusChanges: 0, progressChanges: 0, newlyOverdue: 0 });
  });

  it('lists status and progress changes with old and new value, the measure as it is now', () => {
    const result = compareStates(
      march,
      [measure('a', { status: 'planned' }), measure('b', { progress: 40 }), measure('c', { progress: null })],
      june,
      [
        measure('a', { status: 'in_progress', title: 'Neuer Titel' }),
        measure('b', { progress: null }),
        measure('c', { progress: 0 }),
      ],
    );
    expect(result.statusChanges).toEqual([
      {
        measure: expect.objectContaining({ measureId: 'a', title: 'Neuer Titel' }),
        from: 'planned',
        to: 'in_progress',
      },
    ]);
    // Unknown progress is not 0: both 40 → unknown and unknown → 0 are changes.
    expect(result.progressChanges.map((change) => [change.measure.measureId, change.from, change.to])).toEqual([
      ['b', 40, null],
      ['c', null, 0],
    ]);
  });

  it('counts as newly overdue what is overdue now and was not before, added measures included', () => {
    const result = compareStates(
      march,
      [measure('still', { overdue: true }), measure('became'), measure('ended', { overdue: true })],
      june,
      [
        measure('still', { overdue: true }),
        measure('became', { overdue: true }),
        measure('ended', { overdue: false, status: 'completed' }),
        measure('added-late', { overdue: true }),
      ],
    );
    expect(result.newlyOverdue.map((m) => m.measureId)).toEqual(['added-late', 'became']);
  });

  it('orders every list by field of action, then title in German collation', () => {
    const result = compareStates(march, [], june, [
      measure('1', { fieldOfActionName: 'Wohnen', title: 'Z' }),
      measure('2', { fieldOfActionName: 'Antidiskriminierung', title: 'Übergänge' }),
      measure('3', { fieldOfActionName: 'Antidiskriminierung', title: 'Ämterlotsen' }),
      measure('4', { fieldOfActionName: 'Antidiskriminierung', title: 'Beratung' }),
    ]);
    expect(result.added.map((m) => m.measureId)).toEqual(['3', '4', '2', '1']);
  });
});
