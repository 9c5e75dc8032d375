import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');

  it.each([
    ['2026-07-20T10:30:00.000Z', 'vor 4 Monaten', '4 months ago'],
    ['2025-11-01T00:00:00.000Z', 'letztes Jahr', 'last year'],
    ['2023-01-01T00:00:00.000Z', 'vor 3 Jahren', '3 years ago'],
    ['2026-11-02T12:00:00.000Z', 'vor 3 Wochen', '3 weeks ago'],
    ['2026-11-22T11:00:00.000Z', 'gestern', 'yesterday'],
    ['2026-11-20T12:00:00.000Z', 'vor 3 Tagen', '3 days ago'],
    ['2026-11-21T12:00:00.000Z', 'vorgestern', '2 days ago'],
    ['2026-11-23T09:00:00.000Z', 'vor 3 Stunden', '3 hours ago'],
    ['2026-11-23T11:55:00.000Z', 'vor 5 Minuten', '5 minutes ago'],
    ['2026-11-23T11:59:30.000Z', 'in dieser Minute', 'this minute'],
  ])('says when %s was in German and English', (moment, german, english) => {
    expect(relativeTime(moment, now, 'de')).toBe(german);
    expect(relativeTime(moment, now, 'en')).toBe(english);
  });

  it('reads a moment in the future as now', () => {
    expect(relativeTime('2026-11-23T12:05:00.000Z', now, 'de')).toBe('in dieser Minute');
  });
});
