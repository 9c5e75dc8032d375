import { ReportingDate } from '@leitbild-monitor/shared/contracts';
import { validateComparison, validateReportingDate } from './reports-forms';

const date = (id: string, day: string): ReportingDate => ({
  id,
  name: id,
  date: day,
  createdAt: `${day}T08:00:00.000Z`,
  createdBy: 'Erika Redaktion',
  measureCount: 3,
});

describe('validateReportingDate', () => {
  it('asks for a name and a date', () => {
    expect(validateReportingDate({ name: '', date: '' }, 200)).toEqual({
      name: [{ key: 'reports.errors.required' }],
      date: [{ key: 'reports.errors.required' }],
    });
  });

  it('names a name above the limit (in characters, not UTF-16 units) and an impossible date', () => {
    expect(validateReportingDate({ name: '😀'.repeat(3), date: '2026-02-30' }, 2)).toEqual({
      name: [{ key: 'reports.errors.tooLong', params: { max: 2 } }],
      date: [{ key: 'reports.errors.date' }],
    });
    expect(validateReportingDate({ name: '😀😀', date: '2026-03-12' }, 2)).toEqual({});
  });
});

describe('validateReportingDate: today at the latest', () => {
  afterEach(() => jest.useRealTimers());

  it('refuses a date after today and accepts today', () => {
    const request = (date: string) => ({ name: 'Sitzung', date });
    expect(validateReportingDate(request('2026-03-13'), 200, '2026-03-12')).toEqual({
      date: [{ key: 'reports.errors.afterToday' }],
    });
    expect(validateReportingDate(request('2026-03-12'), 200, '2026-03-12')).toEqual({});
    expect(validateReportingDate(request('2016-12-01'), 200, '2026-03-12')).toEqual({});
  });

  it("takes today from the clock, as the API's UTC day", () => {
    jest.useFakeTimers({
      now: new Date('2026-03-12T23:59:00.000Z'),
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'],
    });
    expect(validateReportingDate({ name: 'Sitzung', date: '2026-03-13' }, 200)).toEqual({
      date: [{ key: 'reports.errors.afterToday' }],
    });
    jest.setSystemTime(new Date('2026-03-13T00:00:00.000Z'));
    expect(validateReportingDate({ name: 'Sitzung', date: '2026-03-13' }, 200)).toEqual({});
  });
});

describe('validateComparison', () => {
  const dates = [date('later', '2026-06-01'), date('earlier', '2026-03-12')];

  it('compares a reporting date with today or a later one', () => {
    expect(validateComparison('earlier', 'current', dates)).toEqual({});
    expect(validateComparison('earlier', 'later', dates)).toEqual({});
  });

  it('refuses a missing side, the same state twice and a later "since"', () => {
    expect(validateComparison('', 'current', dates)).toEqual({ since: 'reports.compare.errors.sinceRequired' });
    expect(validateComparison('later', 'later', dates)).toEqual({ to: 'reports.compare.errors.same' });
    expect(validateComparison('later', 'earlier', dates)).toEqual({ to: 'reports.compare.errors.order' });
  });
});
