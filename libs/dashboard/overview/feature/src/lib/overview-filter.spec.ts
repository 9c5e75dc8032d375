import { parseFilter, presetOf, presetPeriod, validatePeriod } from './overview-filter';

describe('overview filter', () => {
  const today = '2026-11-23';

  it('turns presets into periods, and periods from a link back into presets', () => {
    expect(presetPeriod('last12', today)).toEqual({});
    expect(presetPeriod('last6', today)).toEqual({ from: '2026-06-01', to: today });
    expect(presetPeriod('last6', '2026-03-10')).toEqual({ from: '2025-10-01', to: '2026-03-10' });
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: today });
    expect(presetPeriod('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });

    expect(presetOf({}, today)).toBe('last12');
    expect(presetOf({ from: '2025-01-01', to: '2025-12-31' }, today)).toBe('lastYear');
    expect(presetOf({ from: '2026-06-01', to: today }, today)).toBe('last6');
    expect(presetOf({ from: '2026-02-01', to: '2026-02-28' }, today)).toBe('custom');
    expect(presetOf({ from: '2026-02-01' }, today)).toBe('custom');
  });

  it('runs "since the beginning" from the first recorded change to today', () => {
    expect(presetPeriod('sinceStart', today, '2016-12-05')).toEqual({ from: '2016-12-05', to: today });
    expect(presetOf({ from: '2016-12-05', to: today }, today, '2016-12-05')).toBe('sinceStart');
    expect(presetOf({ from: '2016-12-05', to: today }, today, null)).toBe('custom');
    // Without any recorded change yet, it is the default period.
    expect(presetPeriod('sinceStart', today, null)).toEqual({});
  });

  it('reads field and period from the link', () => {
    expect(parseFilter({ fieldOfAction: 'foa-1', from: '2026-01-01', to: '2026-06-30' })).toEqual({
      query: { fieldOfAction: 'foa-1', from: '2026-01-01', to: '2026-06-30' },
      invalidLink: false,
    });
    expect(parseFilter({})).toEqual({ query: {}, invalidLink: false });
    expect(parseFilter({ fieldOfAction: '' })).toEqual({ query: {}, invalidLink: false });
  });

  it('leaves out malformed values and contradicting dates, and says so', () => {
    expect(parseFilter({ from: '2026-02-30', to: '2026-06-30' })).toEqual({
      query: { to: '2026-06-30' },
      invalidLink: true,
    });
    expect(parseFilter({ from: '2026-07-01', to: '2026-06-30', fieldOfAction: 'foa-1' })).toEqual({
      query: { fieldOfAction: 'foa-1' },
      invalidLink: true,
    });
    expect(parseFilter({ fieldOfAction: 'x'.repeat(37) })).toEqual({ query: {}, invalidLink: true });
    expect(parseFilter({ from: ['2026-01-01', '2026-02-01'] })).toEqual({ query: {}, invalidLink: false });
  });

  it('requires both dates of a custom period, the start not after the end', () => {
    expect(validatePeriod('2026-01-01', '2026-06-30')).toEqual({});
    expect(validatePeriod('', '2026-06-30')).toEqual({ from: 'required' });
    expect(validatePeriod('2026-01-01', '')).toEqual({ to: 'required' });
    expect(validatePeriod('2026-07-01', '2026-06-30')).toEqual({ from: 'fromAfterTo' });
    expect(validatePeriod('2026-06-30', '2026-06-30')).toEqual({});
  });
});
