import type {
  IndicatorAssessment,
  IndicatorPoint,
  IndicatorState,
  IndicatorTrend,
} from '@leitbild-monitor/shared/contracts';

/** What the rule needs of an indicator: its direction, its values and goals, and the marked baseline. */
export interface IndicatorSeries {
  desiredTrend: IndicatorTrend;
  /** One per date (YYYY-MM-DD), in any order. Missing values are simply not in the list: never zero. */
  values: readonly IndicatorPoint[];
  goals: readonly IndicatorPoint[];
  /** The date of the value marked as baseline; null, or a date without a value: the earliest value. */
  baselineDate?: string | null;
}

/** The rule as the documentation states it (docs/indicators.md), for the OpenAPI document. */
export const INDICATOR_STATE_RULE =
  'Baseline: the value at `baselineDate`, else the earliest value. Latest: the value with the latest date. ' +
  'Final goal: the goal with the latest date. Goal line: straight lines from the baseline through every goal dated ' +
  'after it, flat at the final goal beyond the last one. `progress` = (latest − baseline) / (finalGoal − baseline) ' +
  'in percent, bounded to 0–100, one decimal (100 when baseline and final goal are equal and the latest value meets ' +
  'it). State: `no_data` without a value dated after the baseline or without a goal (progress null); else `reached` ' +
  'when the latest value meets the final goal (≥ for increase, ≤ for decrease); else `on_track` when it is at or ' +
  'beyond the goal line at its date; else `off_track`.';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date: the goal line is straight in calendar days. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function byDate(a: IndicatorPoint, b: IndicatorPoint): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Values computed from decimals (12.5, interpolations) compare equal within this relative tolerance. */
function tolerance(reference: number): number {
  return 1e-9 * Math.max(1, Math.abs(reference));
}

/** Whether `value` is at or beyond `target` in the desired direction. */
export function meetsTarget(value: number, target: number, trend: IndicatorTrend): boolean {
  return trend === 'increase' ? value >= target - tolerance(target) : value <= target + tolerance(target);
}

/** The baseline: the value at `baselineDate` if there is one, else the earliest value; null without values. */
export function baselineOf(series: IndicatorSeries): IndicatorPoint | null {
  const values = [...series.values].sort(byDate);
  const marked = series.baselineDate ? values.find((value) => value.date === series.baselineDate) : undefined;
  return marked ?? values[0] ?? null;
}

/**
 * The corners of the goal line: the baseline, then every goal dated after it, by date. Empty without a baseline
 * or without a goal. Beyond its last corner the line stays at the final goal (see `goalLineValueAt`).
 */
export function goalLineOf(series: IndicatorSeries): IndicatorPoint[] {
  const baseline = baselineOf(series);
  if (!baseline || series.goals.length === 0) return [];
  const later = [...series.goals].filter((goal) => goal.date > baseline.date).sort(byDate);
  return [{ date: baseline.date, value: baseline.value }, ...later.map((goal) => ({ ...goal }))];
}

/**
 * The goal line's value at a date: straight between its corners (in calendar days), at the final goal from the last
 * corner on (also when every goal lies on or before the baseline's date), at the baseline before it.
 */
export function goalLineValueAt(line: readonly IndicatorPoint[], finalGoal: IndicatorPoint, date: string): number {
  if (line.length === 0) return finalGoal.value;
  if (date <= line[0].date) return line.length === 1 ? finalGoal.value : line[0].value;
  for (let index = 1; index < line.length; index++) {
    const [start, end] = [line[index - 1], line[index]];
    if (date <= end.date) {
      const elapsed = dayNumber(date) - dayNumber(start.date);
      return start.value + ((end.value - start.value) * elapsed) / (dayNumber(end.date) - dayNumber(start.date));
    }
  }
  return finalGoal.value;
}

/**
 * Progress toward the final goal, `(latest − baseline) / (finalGoal − baseline)`, in percent, bounded to 0–100 and
 * rounded to one decimal: the same formula for both directions (a decrease divides two negative distances). When
 * baseline and final goal are equal there is no distance to cover: 100 if the latest value meets the goal, else 0.
 */
export function progressTowardGoal(baseline: number, latest: number, finalGoal: number, trend: IndicatorTrend): number {
  const distance = finalGoal - baseline;
  if (Math.abs(distance) <= tolerance(finalGoal)) return meetsTarget(latest, finalGoal, trend) ? 100 : 0;
  const share = ((latest - baseline) / distance) * 100;
  return Math.round(Math.min(100, Math.max(0, share)) * 10) / 10;
}

/**
 * The rule: from an indicator's values and goals, its state, progress, baseline, latest value, final goal and the
 * goal line's value at the latest value's date. Pure; the API serves it with every indicator, stores state and
 * progress for filtering, and the documentation states it (docs/indicators.md, INDICATOR_STATE_RULE).
 *
 * - `no_data`: no value dated after the baseline (no values, or only the baseline), or no goal.
 * - `reached`: the latest value meets the final goal (≥ for `increase`, ≤ for `decrease`).
 * - `on_track`: the latest value is at or beyond the goal line at its date.
 * - `off_track`: it is behind the goal line.
 */
export function assessIndicator(series: IndicatorSeries): IndicatorAssessment {
  const values = [...series.values].sort(byDate);
  const goals = [...series.goals].sort(byDate);
  const baseline = baselineOf(series);
  const latest = values.length > 0 ? values[values.length - 1] : null;
  const finalGoal = goals.length > 0 ? goals[goals.length - 1] : null;
  const point = (found: IndicatorPoint | null) => (found ? { date: found.date, value: found.value } : null);
  const noData: IndicatorAssessment = {
    state: 'no_data',
    progress: null,
    baseline: point(baseline),
    latest: point(latest),
    finalGoal: point(finalGoal),
    goalLineAtLatest: null,
  };
  if (!baseline || !latest || !finalGoal || latest.date <= baseline.date) return noData;

  const expected = goalLineValueAt(goalLineOf(series), finalGoal, latest.date);
  const state: IndicatorState = meetsTarget(latest.value, finalGoal.value, series.desiredTrend)
    ? 'reached'
    : meetsTarget(latest.value, expected, series.desiredTrend)
      ? 'on_track'
      : 'off_track';
  return {
    ...noData,
    state,
    progress: progressTowardGoal(baseline.value, latest.value, finalGoal.value, series.desiredTrend),
    goalLineAtLatest: roundForDisplay(expected),
  };
}

/** Interpolated values to a precision no unit needs more of, so `0.1 + 0.2` shows as 0.3. */
function roundForDisplay(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
