import type { MeasureStatus, StatusDefinition } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';

/**
 * The lifecycle of a measure, defined once for API and dashboard:
 * proposed → in_review → planned → in_progress → completed, with on_hold and rejected as side exits.
 * A completed measure can be reopened and a rejected one proposed again, so mistakes can be corrected
 * without deleting history.
 */
const NEXT: Record<MeasureStatus, readonly MeasureStatus[]> = {
  proposed: ['in_review', 'rejected'],
  in_review: ['planned', 'on_hold', 'rejected'],
  planned: ['in_progress', 'on_hold', 'rejected'],
  in_progress: ['completed', 'on_hold'],
  on_hold: ['planned', 'in_progress', 'rejected'],
  completed: ['in_progress'],
  rejected: ['proposed'],
};

/** Changing to these needs a reason. */
export const STATUSES_REQUIRING_NOTE: readonly MeasureStatus[] = ['on_hold', 'rejected'];
/** Measures that are being planned or worked on. */
export const ACTIVE_STATUSES: readonly MeasureStatus[] = ['planned', 'in_progress'];
/** Finished one way or the other: such a measure is never overdue. */
export const CLOSED_STATUSES: readonly MeasureStatus[] = ['completed', 'rejected'];

const NEEDS_NOTE: ReadonlySet<MeasureStatus> = new Set(STATUSES_REQUIRING_NOTE);
const ACTIVE: ReadonlySet<MeasureStatus> = new Set(ACTIVE_STATUSES);
const CLOSED: ReadonlySet<MeasureStatus> = new Set(CLOSED_STATUSES);

export const INITIAL_STATUS: MeasureStatus = 'proposed';

export function isMeasureStatus(value: unknown): value is MeasureStatus {
  return typeof value === 'string' && (MEASURE_STATUSES as readonly string[]).includes(value);
}

export function allowedNextStatuses(from: MeasureStatus): readonly MeasureStatus[] {
  return NEXT[from];
}

export function canTransition(from: MeasureStatus, to: MeasureStatus): boolean {
  return NEXT[from].includes(to);
}

export function statusRequiresNote(status: MeasureStatus): boolean {
  return NEEDS_NOTE.has(status);
}

export function isActiveStatus(status: MeasureStatus): boolean {
  return ACTIVE.has(status);
}

export function isClosedStatus(status: MeasureStatus): boolean {
  return CLOSED.has(status);
}

export function statusDefinitions(): StatusDefinition[] {
  return MEASURE_STATUSES.map((key) => ({
    key,
    next: [...NEXT[key]],
    requiresNote: NEEDS_NOTE.has(key),
    active: ACTIVE.has(key),
    closed: CLOSED.has(key),
  }));
}

/** Why a requested status change is refused, or null when the lifecycle allows it. */
export type TransitionProblem = 'not_allowed' | 'note_required';

export function transitionProblem(
  from: MeasureStatus,
  to: MeasureStatus,
  note: string | null | undefined,
): TransitionProblem | null {
  if (!canTransition(from, to)) return 'not_allowed';
  if (statusRequiresNote(to) && !note?.trim()) return 'note_required';
  return null;
}
