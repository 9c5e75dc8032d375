import type { SummaryQuery } from '@leitbild-monitor/shared/contracts';
import { SUMMARY_MAX_MONTHS } from '@leitbild-monitor/shared/contracts';

export interface SummaryPeriod {
  from: string;
  to: string;
}

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
function monthOf(date: string): string {
  return date.slice(0, 7);
}

function shiftMonth(month: string, by: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every calendar month from the month of `from` to the month of `to`, oldest first. */
export function periodMonths({ from, to }: SummaryPeriod): string[] {
  const months: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = shiftMonth(month, 1)) months.push(month);
  return months;
}

/**
 * The period of a summary: the given dates, else the last twelve calendar months up to today (or up to `to`).
 * Returns the problem, naming the field, when the dates contradict each other or span too long a time.
 */
export function resolvePeriod(query: Pick<SummaryQuery, 'from' | 'to'>, today: string): SummaryPeriod | string {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? `${shiftMonth(monthOf(to), -11)}-01`;
  if (from > to) return 'from must be on or before to';
  if (periodMonths({ from, to }).length > SUMMARY_MAX_MONTHS)
    return `from: the period may span at most ${SUMMARY_MAX_MONTHS} calendar months`;
  return { from, to };
}

/** The day after a `YYYY-MM-DD` date, for comparisons with UTC timestamps (`at < next day`). */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
