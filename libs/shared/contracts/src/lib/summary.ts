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

/** The longest period a summary's timeline covers, in calendar months. */
export const SUMMARY_MAX_MONTHS = 120;

/** One calendar month of the timeline. */
export interface TimelineMonth {
  /** YYYY-MM (UTC). */
  month: string;
  /** Measures whose status first changed to `in_progress` in this month. */
  started: number;
  /** Measures whose status first changed to `completed` in this month. */
  completed: number;
}

/** Measures started and completed per calendar month of the period, derived from the status-change history. */
export interface SummaryTimeline {
  /** The period actually used, YYYY-MM-DD, after defaults. */
  from: string;
  to: string;
  /** Every calendar month touched by the period, oldest first, months without changes included. */
  months: TimelineMonth[];
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
