import type { MeasureStatus } from './measure-status';

/** Served at GET /api/v1/measures/statuses: the lifecycle as data, so clients need not hard-code it. */
export interface StatusDefinition {
  key: MeasureStatus;
  /** Statuses this one may change to. */
  next: MeasureStatus[];
  /** Whether changing to this status needs a note (the reason). */
  requiresNote: boolean;
  /** Whether a measure in this status counts as active (planned or being worked on). */
  active: boolean;
  /** Whether a measure in this status is finished (no longer overdue, whatever its dates). */
  closed: boolean;
}
