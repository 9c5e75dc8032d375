/** Dates a plan can sensibly have; also keeps out year 0000, which PostgreSQL cannot store. */
export const DATE_RANGE = { min: '1900-01-01', max: '2999-12-31' } as const;

/** True for a real calendar date in the form YYYY-MM-DD between 1900 and 2999 (rejects 2017-02-30). */
export function isIsoCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  if (value < DATE_RANGE.min || value > DATE_RANGE.max) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
