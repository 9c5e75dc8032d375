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

/** Key figures of a set of measures (a snapshot, or one field of action in it). */
export interface ReportingFigures {
  total: number;
  byStatus: Record<MeasureStatus, number>;
  /**
   * Mean progress over the measures whose progress is known and that are neither rejected nor on hold
   * (the rule of the dashboard summary), one decimal; null when no measure counts.
   */
  meanProgress: number | null;
  /** How many measures the mean is taken over. */
  progressBasis: number;
  /** Overdue as of the reporting date. */
  overdue: number;
}

/** One field of action in a report: its figures and its measures as frozen, sorted by title. */
export interface ReportingFieldOfAction extends ReportingFigures {
  fieldOfActionId: string;
  name: string;
  measures: SnapshotMeasure[];
}

/**
 * `GET /api/v1/reporting-dates/:id/report`: the content of the council report, computed from the snapshot
 * alone (the PDF at `/report.pdf` shows the same figures).
 */
export interface ReportingReport {
  reportingDate: ReportingDate;
  /** Figures over all measures of the snapshot. */
  summary: ReportingFigures;
  /** Per field of action in the Leitbild's order at the time of the snapshot. */
  fieldsOfAction: ReportingFieldOfAction[];
  /** Changes since the previous reporting date (by date); null for the first reporting date. */
  changes: ReportingChanges | null;
  /** The measures overdue as of the reporting date, earliest planned end first. */
  overdue: SnapshotMeasure[];
  /** When the report was put together (UTC ISO); its content depends only on the snapshots. */
  generatedAt: string;
}

/** `GET /api/v1/reporting-dates` sorts newest date first; these are the limits of a name. */
export const REPORTING_DATE_LIMITS = { name: 200 } as const;
