import { calendarDayIn, calendarDaysUntil, isDateTimeWithOffset, isHttpUrl, toUtcIso } from './meeting-rules';

describe('meeting rules', () => {
  it.each(['2027-03-04T17:00:00+01:00', '2027-03-04T16:00Z', '2027-03-04T16:00:00.123Z', '2028-02-29T09:30:00-05:00'])(
    'accepts the date-time with offset %s',
    (value) => {
      expect(isDateTimeWithOffset(value)).toBe(true);
    },
  );

  it.each([
    '2027-03-04T17:00:00',
    '2027-03-04',
    '2027-02-29T10:00:00Z',
    '2027-03-04T24:00:00Z',
    '2027-03-04T17:00:00+15:00',
    '1899-12-31T10:00:00Z',
    ' 2027-03-04T17:00:00Z',
    17,
    null,
  ])('refuses %p', (value) => {
    expect(isDateTimeWithOffset(value)).toBe(false);
  });

  it('stores the instant as UTC', () => {
    expect(toUtcIso('2027-03-04T17:00:00+01:00')).toBe('2027-03-04T16:00:00.000Z');
  });

  it.each([
    ['https://ratsinfo.example.org/bi/si0057.php?__ksinr=1234', true],
    ['http://example.org/oparl/paper/21-1234', true],
    ['javascript:alert(1)', false],
    ['mailto:rat@example.org', false],
    ['ftp://example.org/file', false],
    ['/relative/path', false],
    ['https://exa mple.org', false],
    ['', false],
  ])('%s is an http(s) address: %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });

  it('counts calendar days in the time zone, not 24-hour spans', () => {
    // 23:30 in Berlin on 1 March is already 2 March there; the meeting at 00:30 on 13 March is 11 days away.
    expect(calendarDayIn('2027-03-01T22:30:00Z', 'Europe/Berlin')).toBe('2027-03-01');
    expect(calendarDayIn('2027-03-01T23:30:00Z', 'Europe/Berlin')).toBe('2027-03-02');
    expect(calendarDaysUntil('2027-03-01T23:30:00Z', '2027-03-12T23:30:00Z', 'Europe/Berlin')).toBe(11);
    expect(calendarDaysUntil('2027-03-01T10:00:00Z', '2027-03-13T09:00:00Z', 'Europe/Berlin')).toBe(12);
    expect(calendarDaysUntil('2027-03-01T10:00:00Z', '2027-03-01T18:00:00Z', 'Europe/Berlin')).toBe(0);
    // Across the change to summer time (28 March 2027) a day is still a day.
    expect(calendarDaysUntil('2027-03-27T12:00:00Z', '2027-03-29T12:00:00Z', 'Europe/Berlin')).toBe(2);
    expect(calendarDaysUntil('2027-03-05T10:00:00Z', '2027-03-01T10:00:00Z', 'Europe/Berlin')).toBe(-4);
  });
});
