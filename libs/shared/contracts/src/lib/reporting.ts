import type { IndicatorPoint, IndicatorState, IndicatorTrend } from './indicator';
import type { CouncilPaper } from './measure';
import type { MeasureStatus } from './measure-status';

/**
 * A reporting date ("Stichtag", e.g. a council session): the state of every measure and indicator frozen when it was
 * created. Later edits of measures, indicators or their values never change a snapshot.
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

/** How many measures each list of changes has in full (a list holds at most the request's `limit` of them). */
export interface ReportingChangeTotals {
  added: number;
  removed: number;
  statusChanges: number;
  progressChanges: number;
  newlyOverdue: number;
}

/**
 * `GET /api/v1/reporting-dates/:id/changes?since=<id>&limit=<n>`: what changed from the earlier snapshot (`since`) to
 * the later one (`:id`, or `current` for today's state). Each list of measures holds at most `limit` of them (the
 * first in its order; default and maximum `REPORT_LIST_LIMITS.max`); `totals` counts them all.
 */
export interface ReportingChanges {
  from: ComparisonSide;
  to: ComparisonSide;
  added: SnapshotMeasure[];
  removed: SnapshotMeasure[];
  statusChanges: StatusChange[];
  progressChanges: ProgressChange[];
  newlyOverdue: SnapshotMeasure[];
  totals: ReportingChangeTotals;
  /** Values `to` has that `from` did not (`from: null`), or has with another number (a correction). */
  newIndicatorValues: IndicatorValueChange[];
  /** Indicators in both whose state differs. */
  indicatorStateChanges: IndicatorStateChange[];
}

/**
 * An indicator as frozen in a snapshot (or as it is today, for a comparison with the present): its values dated on
 * or before the reporting date and its goals, and the state the rule gives them.
 */
export interface SnapshotIndicator {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  desiredTrend: IndicatorTrend;
  fieldOfActionId: string;
  fieldOfActionName: string;
  public: boolean;
  state: IndicatorState;
  /** 0–100, one decimal; null when the state is `no_data`. */
  progress: number | null;
  baseline: IndicatorPoint | null;
  latest: IndicatorPoint | null;
  finalGoal: IndicatorPoint | null;
}

export interface IndicatorValueChange {
  indicator: SnapshotIndicator;
  /** The value's date, YYYY-MM-DD. */
  date: string;
  /** The value before: null for a new value. */
  from: number | null;
  to: number;
}

export interface IndicatorStateChange {
  indicator: SnapshotIndicator;
  from: IndicatorState;
  to: IndicatorState;
}

/** The indicators of one field of action in a report: how many in each state, and each with value, goal and state. */
export interface ReportingIndicatorField {
  fieldOfActionId: string;
  name: string;
  total: number;
  byState: Record<IndicatorState, number>;
  /** By code. */
  indicators: SnapshotIndicator[];
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
 * How many entries the report's own lists have in full. A report lists at most `limit` entries per list (the first
 * ones in the list's order); its figures always count every measure. A field of action's list has its `total`, the
 * changes' lists their `totals`.
 */
export interface ReportingListTotals {
  overdue: number;
  councilPapers: number;
}

/**
 * `GET /api/v1/reporting-dates/:id/report?limit=<n>`: the content of the council report, computed from the snapshot
 * alone (the PDF at `/report.pdf` shows the same figures). Each list holds at most `limit` entries (default and
 * maximum `REPORT_LIST_LIMITS.max`): a city's register of 100,000 measures would otherwise make an answer of tens of
 * megabytes that no one reads; the export of the register has every measure.
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
  /** The indicators as frozen, per field of action in the Leitbild's order at the time (fields with indicators). */
  indicators: ReportingIndicatorField[];
  /** The figures of every reporting date up to and including this one, oldest first. */
  development: ReportingDevelopment;
  /**
   * The council papers ("Drucksachen") the snapshot's measures name, by measure title. Read when the report is put
   * together (papers are not part of the snapshot), so a paper named later shows too.
   */
  councilPapers: ReportingCouncilPapers[];
  /** How many entries each list has in full (a list may show only its first `limit`). */
  listTotals: ReportingListTotals;
  /** When the report was put together (UTC ISO); its content depends only on the snapshots and the council papers. */
  generatedAt: string;
}

/** A measure of the snapshot with the council papers it names. */
export interface ReportingCouncilPapers {
  measureId: string;
  title: string;
  councilPapers: CouncilPaper[];
}

/** One field of action's figures on one reporting date of the development. */
export interface ReportingDevelopmentField extends ReportingFigures {
  fieldOfActionId: string;
}

/** One reporting date in the development: its figures over all measures and per field of action. */
export interface ReportingDevelopmentPoint {
  reportingDate: ComparisonSide;
  summary: ReportingFigures;
  /**
   * One entry per field of action of the development, in the order of `ReportingDevelopment.fieldsOfAction`; a field
   * that had no measures on this date has the total 0 (and no mean progress).
   */
  fieldsOfAction: ReportingDevelopmentField[];
}

/**
 * `GET /api/v1/reporting-dates/development?until=<id>`: how the measures moved from reporting date to reporting date,
 * computed from the frozen snapshots alone (so every figure equals that date's report).
 */
export interface ReportingDevelopment {
  /**
   * Every field of action that had measures on any of the dates: its id and its name on the latest date that had it,
   * in the Leitbild's order of that date.
   */
  fieldsOfAction: { fieldOfActionId: string; name: string }[];
  /** Every reporting date (up to `until`), oldest first (by date, then by when it was taken). */
  points: ReportingDevelopmentPoint[];
}

/** `GET /api/v1/reporting-dates` sorts newest date first; these are the limits of a name. */
export const REPORTING_DATE_LIMITS = { name: 200 } as const;

/**
 * Entries per list of a report: `printed` in the PDF and on the dashboard's printable page (a district's plan has
 * fewer measures per field of action than that), `max` the most a JSON report answers (also its default).
 */
export const REPORT_LIST_LIMITS = { printed: 100, max: 1000 } as const;
