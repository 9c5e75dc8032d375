import { binOfMonth, binTimeline, nextDay, periodMonths, resolvePeriod, timelineResolution } from './summary-period';

describe('summary period', () => {
  const today = '2026-11-23';

  it('defaults to the twelve calendar months up to today', () => {
    expect(resolvePeriod({}, today)).toEqual({ from: '2025-12-01', to: '2026-11-23' });
  });

  it('counts twelve months back from an explicit end, across the turn of the year', () => {
    expect(resolvePeriod({ to: '2026-03-10' }, today)).toEqual({ from: '2025-04-01', to: '2026-03-10' });
  });

  it('ends today when only the start is given, or on the start if that lies ahead', () => {
    expect(resolvePeriod({ from: '2026-06-15' }, today)).toEqual({ from: '2026-06-15', to: today });
    expect(resolvePeriod({ from: '2027-01-05' }, today)).toEqual({ from: '2027-01-05', to: '2027-01-05' });
  });

  it('accepts any period up to a century, such as the decade since a Leitbild was adopted', () => {
    expect(resolvePeriod({ from: '2016-12-01', to: '2026-12-06' }, today)).toEqual({
      from: '2016-12-01',
      to: '2026-12-06',
    });
    expect(resolvePeriod({ from: '1927-01-01', to: '2026-12-31' }, today)).toEqual({
      from: '1927-01-01',
      to: '2026-12-31',
    });
  });

  it('names the field when the dates contradict each other or span more than a century', () => {
    expect(resolvePeriod({ from: '2026-05-02', to: '2026-05-01' }, today)).toEqual({
      problem: { field: 'to', code: 'date_before_start', params: { other: 'from' } },
      message: 'from must be on or before to',
    });
    expect(resolvePeriod({ from: '1926-12-31', to: '2026-12-31' }, today)).toEqual({
      problem: { field: 'from', code: 'period_too_long', params: { max: 100 } },
      message: 'from: the period may span at most 100 years',
    });
  });

  it('lists every month the period touches, oldest first', () => {
    expect(periodMonths({ from: '2025-11-30', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodMonths({ from: '2026-05-01', to: '2026-05-31' })).toEqual(['2026-05']);
  });

  it('bins by month up to two years, by quarter up to six, by year beyond', () => {
    expect(timelineResolution({ from: '2025-01-01', to: '2026-12-31' })).toBe('month');
    expect(timelineResolution({ from: '2024-12-31', to: '2026-12-31' })).toBe('quarter');
    expect(timelineResolution({ from: '2021-01-01', to: '2026-12-31' })).toBe('quarter');
    expect(timelineResolution({ from: '2020-12-31', to: '2026-12-31' })).toBe('year');
  });

  it('names each bin and its first day', () => {
    expect(binOfMonth('2026-05', 'month')).toEqual({ key: '2026-05', start: '2026-05-01' });
    expect(binOfMonth('2026-05', 'quarter')).toEqual({ key: '2026-Q2', start: '2026-04-01' });
    expect(binOfMonth('2026-12', 'quarter')).toEqual({ key: '2026-Q4', start: '2026-10-01' });
    expect(binOfMonth('2026-05', 'year')).toEqual({ key: '2026', start: '2026-01-01' });
  });

  it('sums the months into every bin the period touches, empty bins included', () => {
    const perMonth = {
      started: new Map([
        ['2016-12', 2],
        ['2017-01', 1],
        ['2026-12', 4],
      ]),
      completed: new Map([['2017-06', 3]]),
    };
    const bins = binTimeline({ from: '2016-12-05', to: '2026-12-06' }, 'year', perMonth);
    expect(bins.map((bin) => bin.key)).toEqual(Array.from({ length: 11 }, (_, index) => String(2016 + index)));
    expect(bins[0]).toEqual({ key: '2016', start: '2016-01-01', started: 2, completed: 0 });
    expect(bins[1]).toEqual({ key: '2017', start: '2017-01-01', started: 1, completed: 3 });
    expect(bins[10]).toEqual({ key: '2026', start: '2026-01-01', started: 4, completed: 0 });
    expect(bins.slice(2, 10).every((bin) => bin.started === 0 && bin.completed === 0)).toBe(true);
  });

  it('finds the next day across month, year and leap-day boundaries', () => {
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
