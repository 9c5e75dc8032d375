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
