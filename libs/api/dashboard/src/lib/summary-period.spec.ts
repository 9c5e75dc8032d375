import { nextDay, periodMonths, resolvePeriod } from './summary-period';

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

  it('names the field when the dates contradict each other or span too long', () => {
    expect(resolvePeriod({ from: '2026-05-02', to: '2026-05-01' }, today)).toBe('from must be on or before to');
    expect(resolvePeriod({ from: '2000-01-01', to: '2026-01-01' }, today)).toMatch(/^from: the period may span/);
    expect(resolvePeriod({ from: '2016-12-01', to: '2026-11-30' }, today)).toEqual({
      from: '2016-12-01',
      to: '2026-11-30',
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

  it('finds the next day across month, year and leap-day boundaries', () => {
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
