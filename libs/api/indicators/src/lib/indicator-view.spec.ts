import { applyEdit, diffStates, IndicatorEditState, trendOf } from './indicator-view';

const base: IndicatorEditState = {
  code: 'EA-01',
  name: 'Ehrenamtliche',
  description: null,
  unit: 'Personen',
  desiredTrend: 'increase',
  timeResolution: 'year',
  source: null,
  fieldOfActionId: 'f1',
  responsibleActorId: 'a1',
  public: false,
  dueEvery: null,
  dueMonthDay: null,
  baselineDate: null,
  guidelineIds: ['g1'],
  measureIds: ['m1', 'm2'],
  progressMeasureIds: ['m2'],
};

describe('indicator edits', () => {
  it('applies only the fields an edit names, sorts id lists and compares them as sets', () => {
    const next = applyEdit(base, { name: 'Aktive Ehrenamtliche', guidelineIds: ['g3', 'g2'], source: null });
    expect(next).toEqual({ ...base, name: 'Aktive Ehrenamtliche', guidelineIds: ['g2', 'g3'] });
    expect(diffStates(base, next)).toEqual([
      { field: 'name', from: 'Ehrenamtliche', to: 'Aktive Ehrenamtliche' },
      { field: 'guidelineIds', from: ['g1'], to: ['g2', 'g3'] },
    ]);
    expect(diffStates(base, applyEdit(base, { measureIds: ['m2', 'm1'] }))).toEqual([]);
  });

  it('stops showing the progress of a measure that is no longer linked', () => {
    expect(applyEdit(base, { measureIds: ['m1'] }).progressMeasureIds).toEqual([]);
    expect(applyEdit(base, { measureIds: ['m1'], progressMeasureIds: ['m1'] }).progressMeasureIds).toEqual(['m1']);
  });

  it('trends over the latest twelve values, oldest first', () => {
    const values = Array.from({ length: 15 }, (_, index) => ({
      date: `${2010 + index}-12-31`,
      value: index,
      note: null,
      enteredByName: 'x',
      enteredAt: '2026-01-01T00:00:00.000Z',
    })).reverse();
    const trend = trendOf({ values, goals: [] });
    expect(trend).toHaveLength(12);
    expect(trend[0]).toEqual({ date: '2013-12-31', value: 3 });
    expect(trend[11]).toEqual({ date: '2024-12-31', value: 14 });
  });
});
