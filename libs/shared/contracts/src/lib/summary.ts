import type { MeasureStatus } from './measure-status';

export interface FieldOfActionSummary {
  fieldOfActionId: string;
  name: string;
  total: number;
  byStatus: Record<MeasureStatus, number>;
  /** Mean progress over measures with known progress that are neither rejected nor on hold; null if none. */
  meanProgress: number | null;
  /** How many measures the mean is taken over. */
  progressBasis: number;
  overdue: number;
}

export interface GuidelineCoverage {
  guidelineId: string;
  code: string;
  text: string;
  /** Measures serving this guideline that are planned or in progress. */
  activeMeasures: number;
}

export interface RecentChange {
  measureId: string;
  title: string;
  kind: string;
  at: string;
}

/**
 * Optional filters of `GET /api/v1/dashboard/summary` and `GET /api/v1/public/summary`. The field of action
 * narrows every part of the summary; the period (ISO dates, `from` ≤ `to`) bounds the timeline and the recent
 * changes, while the key figures always describe the current state.
 */
export interface SummaryQuery {
  /** Id of a field of action. */
  fieldOfAction?: string;
  /** First day of the period, YYYY-MM-DD. Default: the first day of the month eleven months before `to`. */
  from?: string;
  /** Last day of the period, YYYY-MM-DD. Default: today (UTC). */
  to?: string;
}

/** The longest period a summary's timeline covers, in years: any period a Leitbild's history spans fits. */
export const SUMMARY_MAX_YEARS = 100;

/**
 * How the timeline is binned: per calendar month for periods of up to two years, per quarter up to six years,
 * per year beyond that, so a chart never has more than about two dozen bars.
 */
export const TIMELINE_RESOLUTIONS = ['month', 'quarter', 'year'] as const;
export type TimelineResolution = (typeof TIMELINE_RESOLUTIONS)[number];

/** One bin of the timeline: a calendar month, quarter or year (UTC). */
export interface TimelineBin {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`, after the timeline's resolution. */
  key: string;
  /** First day of the bin, YYYY-MM-DD (the bin may begin before the period does). */
  start: string;
  /** Measures whose status first changed to `in_progress` in this bin. */
  started: number;
  /** Measures whose status first changed to `completed` in this bin. */
  completed: number;
}

/** Measures started and completed per bin of the period, derived from the status-change history. */
export interface SummaryTimeline {
  /** The period actually used, YYYY-MM-DD, after defaults. */
  from: string;
  to: string;
  resolution: TimelineResolution;
  /** Every bin touched by the period, oldest first, bins without changes included. */
  bins: TimelineBin[];
  /**
   * Day of the first recorded change (YYYY-MM-DD, UTC) of all measures the caller sees, whatever the field of
   * action filter: where a period "since the beginning" starts. Null without measures.
   */
  firstRecorded: string | null;
}

export interface DashboardSummary {
  totals: { total: number; byStatus: Record<MeasureStatus, number>; overdue: number };
  fieldsOfAction: FieldOfActionSummary[];
  guidelines: GuidelineCoverage[];
  recentChanges: RecentChange[];
  timeline: SummaryTimeline;
  /** The field of action the summary is narrowed to, or null for all. */
  fieldOfActionId: string | null;
  /** UTC ISO timestamp of the computation. */
  generatedAt: string;
}
