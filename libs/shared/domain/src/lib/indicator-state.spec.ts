import type { IndicatorPoint } from '@leitbild-monitor/shared/contracts';
import {
  assessIndicator,
  baselineOf,
  goalLineOf,
  goalLineValueAt,
  IndicatorSeries,
  progressTowardGoal,
} from './indicator-state';

const p = (date: string, value: number): IndicatorPoint => ({ date, value });

/** Volunteers in the Lokale Partnerschaften: 200 in 2020, 260 wanted by the end of 2025, 300 by the end of 2030. */
function volunteers(values: IndicatorPoint[], overrides: Partial<IndicatorSeries> = {}): IndicatorSeries {
  return {
    desiredTrend: 'increase',
    values,
    goals: [p('2025-12-31', 260), p('2030-12-31', 300)],
    ...overrides,
  };
}

describe('assessIndicator', () => {
  describe('an increase', () => {
    const series = (latest: number) =>
      volunteers([p('2020-12-31', 200), p('2021-12-31', 210), p('2022-12-31', latest)]);

    it('is on track at or beyond the goal line between baseline and the interim goal', () => {
      // The line runs from 200 (2020-12-31) to 260 (2025-12-31): 2 of its 5 years (730 of 1826 days) → 223.99.
      const onLine = assessIndicator(series(224));
      expect(onLine).toEqual({
        state: 'on_track',
        progress: 24, // (224 − 200) / (300 − 200)
        baseline: p('2020-12-31', 200),
        latest: p('2022-12-31', 224),
        finalGoal: p('2030-12-31', 300),
        goalLineAtLatest: 223.986857,
      });
    });

    it('is off track behind the goal line', () => {
      expect(assessIndicator(series(223))).toMatchObject({ state: 'off_track', progress: 23 });
    });

    it('measures after the interim goal against the line toward the final goal', () => {
      // From 260 (2025-12-31) to 300 (2030-12-31): halfway on 2028-07-01 (913 of 1826 days) → 280.
      const after = volunteers([p('2020-12-31', 200), p('2028-07-01', 279)]);
      const assessed = assessIndicator(after);
      expect(assessed.goalLineAtLatest).toBeCloseTo(280, 1);
      expect(assessed.state).toBe('off_track');
      expect(assessIndicator(volunteers([p('2020-12-31', 200), p('2028-07-01', 281)])).state).toBe('on_track');
    });

    it('has reached its goal once the latest value meets the final goal, even before its date', () => {
      const assessed = assessIndicator(volunteers([p('2020-12-31', 200), p('2023-12-31', 300)]));
      expect(assessed).toMatchObject({ state: 'reached', progress: 100 });
    });

    it('bounds progress to 100 for a value beyond the goal', () => {
      const assessed = assessIndicator(volunteers([p('2020-12-31', 200), p('2024-12-31', 340)]));
      expect(assessed).toMatchObject({ state: 'reached', progress: 100, latest: p('2024-12-31', 340) });
    });

    it('bounds progress to 0 for a value that moved the wrong way', () => {
      const assessed = assessIndicator(volunteers([p('2020-12-31', 200), p('2021-12-31', 180)]));
      expect(assessed).toMatchObject({ state: 'off_track', progress: 0 });
    });

    it('stays at the final goal after its date', () => {
      const late = assessIndicator(volunteers([p('2020-12-31', 200), p('2032-12-31', 299)]));
      expect(late).toMatchObject({ state: 'off_track', goalLineAtLatest: 300, progress: 99 });
    });

    it('meets an interim goal on its date exactly', () => {
      const assessed = assessIndicator(volunteers([p('2020-12-31', 200), p('2025-12-31', 260)]));
      expect(assessed).toMatchObject({ state: 'on_track', goalLineAtLatest: 260, progress: 60 });
    });
  });

  describe('a decrease', () => {
    /** Reported cases of discrimination: 40 in 2022, at most 30 by 2024, 20 by 2026. */
    const cases = (values: IndicatorPoint[], goals = [p('2024-12-31', 30), p('2026-12-31', 20)]): IndicatorSeries => ({
      desiredTrend: 'decrease',
      values,
      goals,
    });

    it('is on track at or below the goal line, off track above it', () => {
      // The line runs from 40 (2022-12-31) to 30 (2024-12-31): halfway on 2024-01-01 (366 of 731 days) → 34.99.
      expect(assessIndicator(cases([p('2022-12-31', 40), p('2024-01-01', 34)]))).toMatchObject({
        state: 'on_track',
        progress: 30, // (34 − 40) / (20 − 40)
      });
      expect(assessIndicator(cases([p('2022-12-31', 40), p('2024-01-01', 36)]))).toMatchObject({
        state: 'off_track',
        progress: 20,
      });
    });

    it('counts a decrease to zero as a value (zero is not missing) that reaches a goal of zero', () => {
      const assessed = assessIndicator(cases([p('2022-12-31', 12), p('2026-12-31', 0)], [p('2026-12-31', 0)]));
      expect(assessed).toMatchObject({ state: 'reached', progress: 100, latest: p('2026-12-31', 0) });
    });

    it('measures a decrease from zero upward as off track, progress 0', () => {
      const assessed = assessIndicator(cases([p('2022-12-31', 0), p('2023-12-31', 3)], [p('2026-12-31', 0)]));
      expect(assessed).toMatchObject({ state: 'off_track', progress: 0, goalLineAtLatest: 0 });
    });

    it('has reached a goal below which it fell', () => {
      expect(assessIndicator(cases([p('2022-12-31', 40), p('2023-06-30', 18)]))).toMatchObject({
        state: 'reached',
        progress: 100,
      });
    });
  });

  describe('without enough data', () => {
    it('has no data without values', () => {
      expect(assessIndicator(volunteers([]))).toEqual({
        state: 'no_data',
        progress: null,
        baseline: null,
        latest: null,
        finalGoal: p('2030-12-31', 300),
        goalLineAtLatest: null,
      });
    });

    it('has no data with a single value: the baseline alone, even when it meets the goal', () => {
      expect(assessIndicator(volunteers([p('2020-12-31', 200)]))).toMatchObject({
        state: 'no_data',
        progress: null,
        baseline: p('2020-12-31', 200),
        latest: p('2020-12-31', 200),
      });
      expect(assessIndicator(volunteers([p('2020-12-31', 400)])).state).toBe('no_data');
    });

    it('has no data without a goal', () => {
      expect(assessIndicator(volunteers([p('2020-12-31', 200), p('2021-12-31', 250)], { goals: [] }))).toEqual({
        state: 'no_data',
        progress: null,
        baseline: p('2020-12-31', 200),
        latest: p('2021-12-31', 250),
        finalGoal: null,
        goalLineAtLatest: null,
      });
    });

    it('has no data when the marked baseline is the latest value', () => {
      const series = volunteers([p('2020-12-31', 200), p('2021-12-31', 230)], { baselineDate: '2021-12-31' });
      expect(assessIndicator(series)).toMatchObject({ state: 'no_data', baseline: p('2021-12-31', 230) });
    });

    it('leaves missing years out instead of counting them as zero', () => {
      // 2021 and 2022 were not measured: the line is drawn from 2020 to 2023, nothing drops to 0 in between.
      const gaps = volunteers([p('2020-12-31', 200), p('2023-12-31', 240)]);
      const assessed = assessIndicator(gaps);
      expect(assessed).toMatchObject({ state: 'on_track', latest: p('2023-12-31', 240), progress: 40 });
      expect(goalLineOf(gaps)).toEqual([p('2020-12-31', 200), p('2025-12-31', 260), p('2030-12-31', 300)]);
    });
  });

  describe('the baseline', () => {
    it('is the earliest value unless one is marked, in whatever order the values come', () => {
      const values = [p('2022-12-31', 230), p('2019-12-31', 180), p('2020-12-31', 200)];
      expect(baselineOf(volunteers(values))).toEqual(p('2019-12-31', 180));
      expect(baselineOf(volunteers(values, { baselineDate: '2020-12-31' }))).toEqual(p('2020-12-31', 200));
      // A marked date without a value falls back to the earliest.
      expect(baselineOf(volunteers(values, { baselineDate: '2021-12-31' }))).toEqual(p('2019-12-31', 180));
    });

    it('starts the goal line at the marked baseline; goals on or before it are left out of the line', () => {
      const series = volunteers([p('2019-12-31', 150), p('2020-12-31', 200), p('2022-12-31', 230)], {
        baselineDate: '2020-12-31',
        goals: [p('2020-12-31', 190), p('2025-12-31', 260)],
      });
      expect(goalLineOf(series)).toEqual([p('2020-12-31', 200), p('2025-12-31', 260)]);
      expect(assessIndicator(series)).toMatchObject({ baseline: p('2020-12-31', 200), progress: 50 });
    });

    it('measures against the final goal alone when every goal lies on or before the baseline', () => {
      const series = volunteers([p('2026-12-31', 250), p('2027-12-31', 270)], { goals: [p('2025-12-31', 260)] });
      expect(goalLineOf(series)).toEqual([p('2026-12-31', 250)]);
      expect(assessIndicator(series)).toMatchObject({ state: 'reached', goalLineAtLatest: 260 });
      expect(assessIndicator({ ...series, values: [p('2026-12-31', 250), p('2027-12-31', 255)] })).toMatchObject({
        state: 'off_track',
        goalLineAtLatest: 260,
        progress: 50,
      });
    });
  });
});

describe('goalLineValueAt', () => {
  const line = [p('2024-01-01', 0), p('2025-01-01', 366)];
  it('is straight in calendar days, leap days included', () => {
    expect(goalLineValueAt(line, line[1], '2024-03-01')).toBe(60); // 31 + 29 days
    expect(goalLineValueAt(line, line[1], '2026-01-01')).toBe(366);
    expect(goalLineValueAt(line, line[1], '2023-06-30')).toBe(0);
  });
});

describe('progressTowardGoal', () => {
  it('is the share of the distance covered, for either direction, one decimal', () => {
    expect(progressTowardGoal(200, 233.333, 300, 'increase')).toBe(33.3);
    expect(progressTowardGoal(40, 35, 20, 'decrease')).toBe(25);
  });
  it('is 100 or 0 when the baseline already is the goal', () => {
    expect(progressTowardGoal(50, 55, 50, 'increase')).toBe(100);
    expect(progressTowardGoal(50, 45, 50, 'increase')).toBe(0);
  });
  it('treats decimals that only differ by rounding as equal', () => {
    expect(progressTowardGoal(0.1, 0.1 + 0.2, 0.3, 'increase')).toBe(100);
  });
});
