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

export interface DashboardSummary {
  totals: { total: number; byStatus: Record<MeasureStatus, number>; overdue: number };
  fieldsOfAction: FieldOfActionSummary[];
  guidelines: GuidelineCoverage[];
  recentChanges: RecentChange[];
  /** UTC ISO timestamp of the computation. */
  generatedAt: string;
}
