import type { MeasureStatus } from '@leitbild-monitor/shared/contracts';

/** Statuses whose progress stays out of roll-ups. */
export const PROGRESS_EXCLUDED_STATUSES: readonly MeasureStatus[] = ['rejected', 'on_hold'];

/**
 * Whether a measure's progress takes part in a roll-up: its progress must be known (unknown is not 0),
 * and rejected or paused measures would only drag the mean down without saying anything about the work
 * that is actually going on.
 */
export function countsTowardsProgress(measure: { status: MeasureStatus; progress: number | null }): boolean {
  return measure.progress !== null && !PROGRESS_EXCLUDED_STATUSES.includes(measure.status);
}

/** Mean progress (rounded to one decimal) over the measures that count, or null if none does. */
export function meanProgress(measures: ReadonlyArray<{ status: MeasureStatus; progress: number | null }>): {
  mean: number | null;
  basis: number;
} {
  const counted = measures.filter(countsTowardsProgress);
  const sum = counted.reduce((total, measure) => total + (measure.progress ?? 0), 0);
  return { mean: roundedMean(sum, counted.length), basis: counted.length };
}

/** The mean from a sum and a count as the roll-up reports it (one decimal), null for no values. */
export function roundedMean(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum / count) * 10) / 10;
}

export const PROGRESS_ROLLUP_RULE =
  'Mean progress of a field of action: the arithmetic mean of the progress (0–100) of its measures whose progress ' +
  'is known and whose status is neither rejected nor on_hold, rounded to one decimal; null when no measure counts.';
