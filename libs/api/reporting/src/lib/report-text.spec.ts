import { formatDate, formatProgress, formatTimestamp, measuresCount, responsibleOf } from './report-text';
import { isLater } from './reporting.service';
import type { ReportingDateEntity } from './reporting-date.entity';

describe('report text', () => {
  it('writes numbers, dates and times the German way', () => {
    expect(formatProgress(42.5)).toBe('42,5 %');
    expect(formatProgress(0)).toBe('0 %');
    expect(formatProgress(null)).toBe('unbekannt');
    expect(formatDate('2026-03-12')).toBe('12.03.2026');
    expect(formatDate(null)).toBe('–');
    // Summer time in Hamburg: UTC+2.
    expect(formatTimestamp('2026-06-18T07:05:00.000Z')).toBe('18.06.2026, 09:05 Uhr');
    expect(measuresCount(1)).toBe('1 Maßnahme');
    expect(measuresCount(0)).toBe('0 Maßnahmen');
    // In the sentence as in the tables beside it: with the German thousands separator.
    expect(measuresCount(100000)).toBe('100.000 Maßnahmen');
  });

  it('names the lead actor and the partners', () => {
    expect(responsibleOf({ leadActorName: 'Bezirksamt', partnerActorNames: ['Rat', 'Verein'] })).toBe(
      'Bezirksamt; Partner: Rat, Verein',
    );
    expect(responsibleOf({ leadActorName: null, partnerActorNames: [] })).toBe('keine Federführung eingetragen');
  });
});

describe('isLater', () => {
  const date = (id: string, day: string, createdAt: string) => ({ id, date: day, createdAt }) as ReportingDateEntity;

  it('orders reporting dates by date, then by when they were taken, then by id', () => {
    expect(
      isLater(date('a', '2026-06-18', '2026-01-01T00:00:00.000Z'), date('b', '2026-03-12', '2026-05-01T00:00:00.000Z')),
    ).toBe(true);
    expect(
      isLater(date('a', '2026-03-12', '2026-03-02T00:00:00.000Z'), date('b', '2026-03-12', '2026-03-01T00:00:00.000Z')),
    ).toBe(true);
    expect(
      isLater(date('a', '2026-03-12', '2026-03-01T00:00:00.000Z'), date('b', '2026-03-12', '2026-03-01T00:00:00.000Z')),
    ).toBe(false);
    expect(
      isLater(date('b', '2026-03-12', '2026-03-01T00:00:00.000Z'), date('a', '2026-03-12', '2026-03-01T00:00:00.000Z')),
    ).toBe(true);
  });
});
