import type { MeasureStatus } from './measure-status';

/**
 * A reporting date ("Stichtag", e.g. a council session): the state of every measure frozen when it was
 * created. Later edits of measures never change a snapshot.
 */
export interface ReportingDate {
  id: string;
  name: string;
  /** The date the reporting date stands for, YYYY-MM-DD (e.g. the session date). */
  date: string;
  /** When the snapshot was taken (UTC ISO) and by whom (name). */
  createdAt: string;
  createdBy: string;
  measureCount: number;
}

export interface CreateReportingDateRequest {
  name: string;
  /** YYYY-MM-DD */
  date: string;
}

/** A measure as frozen in a snapshot (or as it is today, for a comparison with the present). */
export interface SnapshotMeasure {
  measureId: string;
  title: string;
  fieldOfActionId: string;
  fieldOfActionName: string;
  status: MeasureStatus;
  progress: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  leadActorId: string | null;
  leadActorName: string | null;
  partnerActorNames: string[];
  public: boolean;
  /** Overdue as of the snapshot's reporting date. */
  overdue: boolean;
}

/** One side of a comparison: a reporting date, or the present state (`id` null). */
export interface ComparisonSide {
  id: string | null;
  name: string;
  date: string;
}

export interface StatusChange {
  measure: SnapshotMeasure;
  from: MeasureStatus;
  to: MeasureStatus;
}

export interface ProgressChange {
  measure: SnapshotMeasure;
  from: number | null;
  to: number | null;
}

/**
 * `GET /api/v1/reporting-dates/:id/changes?since=<id>`: what changed from the earlier snapshot (`since`) to
 * the later one (`:id`, or `current` for today's state).
 */
export interface ReportingChanges {
  from: ComparisonSide;
  to: ComparisonSide;
  added: SnapshotMeasure[];
  removed: SnapshotMeasure[];
  statusChanges: StatusChange[];
  progressChanges: ProgressChange[];
  newlyOverdue: SnapshotMeasure[];
}
