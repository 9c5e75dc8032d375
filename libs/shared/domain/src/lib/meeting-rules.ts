/**
 * Rules of meetings and council papers that the API's validation, the import and the dashboard's forms share.
 */

/** An ISO 8601 date-time with seconds optional and an offset required (`Z` or `±hh:mm`): no local times. */
const DATE_TIME_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** True for a real instant written with its offset, e.g. `2027-03-04T17:00:00+01:00` or `2027-03-04T16:00Z`. */
export function isDateTimeWithOffset(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME_WITH_OFFSET.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match;
  if (Number(year) < 1900 || Number(year) > 2999) return false;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return false;
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) return false;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day)
  );
}

/** The instant as UTC ISO (`…Z` with milliseconds), as every timestamp of the API is stored and answered. */
export function toUtcIso(value: string): string {
  return new Date(value).toISOString();
}

/** True for an absolute `http:` or `https:` address with a host (no `javascript:`, `mailto:` or relative links). */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDayIn(instant: string | Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/** Calendar days from `now`'s day to `then`'s day in the time zone (0: the same day; negative: before). */
export function calendarDaysUntil(now: string | Date, then: string | Date, timeZone: string): number {
  const day = (instant: string | Date) => Date.parse(`${calendarDayIn(instant, timeZone)}T00:00:00Z`);
  return Math.round((day(then) - day(now)) / 86_400_000);
}

/** A council paper's ("Drucksache") limits: the reference is required. */
export const COUNCIL_PAPER_LIMITS = { reference: 40, title: 300, url: 500, perMeasure: 50 } as const;
