import type { MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { isClosedStatus } from './status-lifecycle';

/** Today's date as `YYYY-MM-DD` in UTC, the form in which planned dates are stored. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A measure is overdue when its planned end has passed and it is neither completed nor rejected.
 * The planned end day itself still counts as on time.
 */
export function isOverdue(
  measure: { status: MeasureStatus; plannedEnd: string | null },
  today: string = isoToday(),
): boolean {
  return measure.plannedEnd !== null && measure.plannedEnd < today && !isClosedStatus(measure.status);
}
