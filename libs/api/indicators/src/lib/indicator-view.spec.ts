import { applyEdit, diffStates, emptyLinks, IndicatorEditState, sortedByDate, trendOf } from './indicator-view';

const volunteers: IndicatorEditState = {
  ...emptyLinks(),
  code: 'LP-1',
  name: 'Ehrenamtliche in den Lokalen Partnerschaften',
  description: null,
  unit: 'Personen',
  desiredTrend: 'increase',
  timeResolution: 'year',
  source: 'Lokale Partnerschaften Harburg',
  fieldOfActionId: 'field-1',
  responsibleActorId: null,
  public: true,
  dueEvery: null,
  dueMonthDay: null,
  baselineDate: null,
  measureIds: ['m-2', 'm-1'],
  progressMeasureIds: ['m-1'],
};

describe('applyEdit', () => {
  it('keeps fields left out, clears with null and sorts id lists', () => {
    const next = applyEdit(volunteers, { source: null, guidelineIds: ['g-2', 'g-1'] } as never);
    expect(next.source).toBeNull();
    expect(next.name).toBe(volunteers.name);
    expect(next.guidelineIds).toEqual(['g-1', 'g-2']);
  });

  it('stops showing the progress of a measure that is no longer linked', () => {
    expect(applyEdit(volunteers, { measureIds: ['m-2'] } as never).progressMeasureIds).toEqual([]);
  });
});

describe('diffStates', () => {
  it('names changed fields old → new and compares id lists as sets', () => {
    const after = { ...volunteers, unit: 'Ehrenamtliche', measureIds: ['m-1', 'm-2'] };
    expect(diffStates(volunteers, after)).toEqual([{ field: 'unit', from: 'Personen', to: 'Ehrenamtliche' }]);
  });
});

describe('trendOf', () => {
  it('takes the latest values, oldest first, never padding missing years', () => {
    const values = ['2019', '2021', '2020'].map((year, index) => ({
      date: `${year}-12-31`,
      value: 100 + index,
      note: null,
      enteredByName: 'Verwaltung',
      enteredAt: '2026-01-01T00:00:00.000Z',
    }));
    expect(trendOf({ values, goals: [] })).toEqual([
      { date: '2019-12-31', value: 100 },
      { date: '2020-12-31', value: 102 },
      { date: '2021-12-31', value: 101 },
    ]);
    expect(sortedByDate([{ date: '2024-01-01' }, { date: '2023-01-01' }]).map((row) => row.date)).toEqual([
      '2023-01-01',
      '2024-01-01',
    ]);
  });
});
