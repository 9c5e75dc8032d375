import type { ReportingFigures } from '@leitbild-monitor/shared/contracts';

/** Which way a figure moved between the first and the last reporting date. */
export type DevelopmentDirection = 'up' | 'down' | 'same' | 'unknown';

/** A figure on the first and on the last reporting date, and which way it moved. */
export interface DevelopmentChange {
  from: number | null;
  to: number | null;
  direction: DevelopmentDirection;
}

/** What the sentence on the development says: from the first to the last of the reporting dates. */
export interface DevelopmentTrend {
  /** The first and the last reporting date (YYYY-MM-DD); equal when there is one. */
  since: string;
  until: string;
  /** How many reporting dates there are. */
  dates: number;
  /** Share of completed measures among all measures, in percent (one decimal); null without measures. */
  completedShare: DevelopmentChange;
  /** Mean progress as the reports give it (one decimal); null when no measure counts. */
  meanProgress: DevelopmentChange;
}

/** Share of completed measures in percent, one decimal; null when there are none at all. */
export function completedShare(figures: Pick<ReportingFigures, 'total' | 'byStatus'>): number | null {
  return figures.total === 0 ? null : Math.round((figures.byStatus.completed / figures.total) * 1000) / 10;
}

function change(from: number | null, to: number | null): DevelopmentChange {
  const direction: DevelopmentDirection =
    from === null || to === null ? 'unknown' : to > from ? 'up' : to < from ? 'down' : 'same';
  return { from, to, direction };
}

/**
 * The trend across reporting dates (oldest first) that the development's sentence words: the share of completed
 * measures and the mean progress on the first and on the last date. Null when there is no reporting date.
 */
export function developmentTrend(
  points: readonly { date: string; figures: Pick<ReportingFigures, 'total' | 'byStatus' | 'meanProgress'> }[],
): DevelopmentTrend | null {
  if (points.length === 0) return null;
  const first = points[0];
  const last = points[points.length - 1];
  return {
    since: first.date,
    until: last.date,
    dates: points.length,
    completedShare: change(completedShare(first.figures), completedShare(last.figures)),
    meanProgress: change(first.figures.meanProgress, last.figures.meanProgress),
  };
}
