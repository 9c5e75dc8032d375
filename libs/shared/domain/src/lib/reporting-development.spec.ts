import { completedShare, developmentTrend } from './reporting-development';

const figures = (total: number, completed: number, meanProgress: number | null) => ({
  total,
  byStatus: {
    proposed: 0,
    in_review: 0,
    planned: 0,
    in_progress: total - completed,
    completed,
    on_hold: 0,
    rejected: 0,
  },
  meanProgress,
});

describe('developmentTrend', () => {
  it('compares the first with the last reporting date, whatever lies between', () => {
    const trend = developmentTrend([
      { date: '2025-03-12', figures: figures(10, 1, 30) },
      { date: '2025-06-18', figures: figures(12, 0, 55) },
      { date: '2025-09-30', figures: figures(8, 2, 42) },
    ]);
    expect(trend).toEqual({
      since: '2025-03-12',
      until: '2025-09-30',
      dates: 3,
      completedShare: { from: 10, to: 25, direction: 'up' },
      meanProgress: { from: 30, to: 42, direction: 'up' },
    });
  });

  it('says down, same and unknown (no measures, no known progress)', () => {
    const trend = developmentTrend([
      { date: '2025-03-12', figures: figures(3, 2, 50) },
      { date: '2025-06-18', figures: figures(3, 1, 50) },
    ]);
    expect(trend?.completedShare).toEqual({ from: 66.7, to: 33.3, direction: 'down' });
    expect(trend?.meanProgress).toEqual({ from: 50, to: 50, direction: 'same' });
    const empty = developmentTrend([
      { date: '2025-03-12', figures: figures(0, 0, null) },
      { date: '2025-06-18', figures: figures(4, 1, 20) },
    ]);
    expect(empty?.completedShare.direction).toBe('unknown');
    expect(empty?.meanProgress).toEqual({ from: null, to: 20, direction: 'unknown' });
  });

  it('has one date for a single reporting date, and nothing without one', () => {
    expect(developmentTrend([{ date: '2025-03-12', figures: figures(4, 1, 10) }])).toMatchObject({
      since: '2025-03-12',
      until: '2025-03-12',
      dates: 1,
      completedShare: { from: 25, to: 25, direction: 'same' },
    });
    expect(developmentTrend([])).toBeNull();
    expect(completedShare(figures(0, 0, null))).toBeNull();
  });
});
