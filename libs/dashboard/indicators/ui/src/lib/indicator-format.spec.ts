import { dateLabels, formatIndicatorDate, formatIndicatorValue, periodLabel } from './indicator-format';

describe('indicator formats', () => {
  it('writes values with their unit in the UI language', () => {
    expect(formatIndicatorValue(412, 'Personen', 'de')).toBe('412\u00a0Personen');
    expect(formatIndicatorValue(1234.5, 'EUR', 'de')).toBe('1.234,5\u00a0EUR');
    expect(formatIndicatorValue(12.5, '%', 'de')).toBe('12,5\u00a0%');
    expect(formatIndicatorValue(12.5, '%', 'en')).toBe('12.5%');
    expect(formatIndicatorValue(1234.5, 'persons', 'en')).toBe('1,234.5\u00a0persons');
    expect(formatIndicatorValue(0, 'Fälle', 'de')).toBe('0\u00a0Fälle');
  });

  it('writes calendar dates without shifting them by the time zone', () => {
    expect(formatIndicatorDate('2025-12-31', 'de')).toBe('31.12.2025');
    expect(formatIndicatorDate('2025-01-01', 'en')).toBe('Jan 1, 2025');
  });

  it('labels dates by the resolution, and fully when two would look alike', () => {
    expect(periodLabel('2025-12-31', 'year', 'de')).toBe('2025');
    expect(periodLabel('2025-09-30', 'quarter', 'de')).toBe('Q3 2025');
    expect(dateLabels(['2024-12-31', '2025-12-31'], 'year', 'de')).toEqual(['2024', '2025']);
    expect(dateLabels(['2025-06-30', '2025-12-31'], 'year', 'de')).toEqual(['30.06.2025', '31.12.2025']);
  });
});
