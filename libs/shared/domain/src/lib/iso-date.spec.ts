import { isIsoCalendarDate } from './iso-date';

describe('isIsoCalendarDate', () => {
  it.each(['2017-01-01', '2020-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(isIsoCalendarDate(value)).toBe(true);
  });

  it.each([
    '2017-02-30',
    '2019-02-29',
    '2017-13-01',
    '31.12.2017',
    '2017-1-1',
    '2017-01-01T00:00:00Z',
    '',
    20170101,
    null,
  ])('refuses %p', (value) => {
    expect(isIsoCalendarDate(value)).toBe(false);
  });
});
