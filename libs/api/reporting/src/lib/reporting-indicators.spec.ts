import { compareIndicatorStates, freezeIndicator, indicatorFields, LiveIndicator } from './reporting-indicators';

const live = (overrides: Partial<LiveIndicator> = {}): LiveIndicator => ({
  indicatorId: 'i1',
  code: 'EA-01',
  name: 'Ehrenamtliche',
  unit: 'Personen',
  desiredTrend: 'increase',
  fieldOfActionId: 'f1',
  fieldOfActionName: 'Ehrenamt',
  fieldOfActionPosition: 2,
  public: true,
  baselineDate: null,
  values: [
    { date: '2022-12-31', value: 212 },
    { date: '2020-12-31', value: 200 },
    { date: '2026-10-31', value: 230 },
  ],
  goals: [{ date: '2030-12-31', value: 300 }],
  ...overrides,
});

describe('freezeIndicator', () => {
  it('keeps the values dated on or before the reporting date, every goal, and the rule’s state for them', () => {
    const june = freezeIndicator(live(), '2026-06-30');
    expect(june.values).toEqual([
      { date: '2020-12-31', value: 200 },
      { date: '2022-12-31', value: 212 },
    ]);
    expect(june).toMatchObject({ state: 'off_track', progress: 12, latest: { date: '2022-12-31', value: 212 } });
    const december = freezeIndicator(live(), '2026-12-01');
    expect(december.latest).toEqual({ date: '2026-10-31', value: 230 });
    expect(freezeIndicator(live(), '2020-12-31').state).toBe('no_data');
  });
});

describe('compareIndicatorStates', () => {
  it('lists new and corrected values and changed states, as the indicator is on the later side', () => {
    const before = freezeIndicator(live(), '2026-06-30');
    const corrected = live({
      values: [
        { date: '2020-12-31', value: 200 },
        { date: '2022-12-31', value: 230 },
        { date: '2026-10-31', value: 330 },
      ],
    });
    const after = freezeIndicator(corrected, '2026-12-01');
    const { newIndicatorValues, indicatorStateChanges } = compareIndicatorStates([before], [after]);
    expect(newIndicatorValues.map((change) => [change.date, change.from, change.to])).toEqual([
      ['2022-12-31', 212, 230],
      ['2026-10-31', null, 330],
    ]);
    expect(newIndicatorValues[0].indicator).toMatchObject({ code: 'EA-01', state: 'reached' });
    expect(indicatorStateChanges.map((change) => [change.indicator.code, change.from, change.to])).toEqual([
      ['EA-01', 'off_track', 'reached'],
    ]);
    expect(compareIndicatorStates([before], [before])).toEqual({ newIndicatorValues: [], indicatorStateChanges: [] });
    // An indicator new since the earlier side: all its values are new, no state change.
    const fresh = compareIndicatorStates([], [before]);
    expect(fresh.newIndicatorValues).toHaveLength(2);
    expect(fresh.indicatorStateChanges).toEqual([]);
  });
});

describe('indicatorFields', () => {
  it('groups by field of action in the order of the time, counts states and sorts by code', () => {
    const fields = indicatorFields([
      freezeIndicator(live({ indicatorId: 'b', code: 'EA-02' }), '2026-06-30'),
      freezeIndicator(live({ indicatorId: 'a', code: 'EA-01', goals: [] }), '2026-06-30'),
      freezeIndicator(
        live({
          indicatorId: 'c',
          code: 'AD-01',
          fieldOfActionId: 'f0',
          fieldOfActionName: 'Antidiskriminierung',
          fieldOfActionPosition: 1,
        }),
        '2026-06-30',
      ),
    ]);
    expect(
      fields.map((field) => [field.name, field.total, field.indicators.map((indicator) => indicator.code)]),
    ).toEqual([
      ['Antidiskriminierung', 1, ['AD-01']],
      ['Ehrenamt', 2, ['EA-01', 'EA-02']],
    ]);
    expect(fields[1].byState).toEqual({ on_track: 0, off_track: 1, reached: 0, no_data: 1 });
  });
});
