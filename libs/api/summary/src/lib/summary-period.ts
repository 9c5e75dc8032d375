import type { SummaryQuery, TimelineBin, TimelineResolution } from '@leitbild-monitor/shared/contracts';
import { SUMMARY_MAX_YEARS } from '@leitbild-monitor/shared/contracts';
import { problem, ProblemWithMessage } from '@leitbild-monitor/api/platform';

export interface SummaryPeriod {
  from: string;
  to: string;
}

/** Longest periods binned per month and per quarter; longer ones are binned per year. */
const MONTHLY_UP_TO_MONTHS = 24;
const QUARTERLY_UP_TO_MONTHS = 72;

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
 * Returns the problem, naming the field, when the dates contradict each other or span more than a century.
 */
export function resolvePeriod(
  query: Pick<SummaryQuery, 'from' | 'to'>,
  today: string,
): SummaryPeriod | ProblemWithMessage {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? `${shiftMonth(monthOf(to), -11)}-01`;
  if (from > to) {
    return { problem: problem('date_before_start', 'to', { other: 'from' }), message: 'from must be on or before to' };
  }
  if (periodMonths({ from, to }).length > SUMMARY_MAX_YEARS * 12) {
    return {
      problem: problem('period_too_long', 'from', { max: SUMMARY_MAX_YEARS }),
      message: `from: the period may span at most ${SUMMARY_MAX_YEARS} years`,
    };
  }
  return { from, to };
}

/** Months for short periods, quarters for middling ones, years for long ones (see `TIMELINE_RESOLUTIONS`). */
export function timelineResolution(period: SummaryPeriod): TimelineResolution {
  const months = periodMonths(period).length;
  if (months <= MONTHLY_UP_TO_MONTHS) return 'month';
  return months <= QUARTERLY_UP_TO_MONTHS ? 'quarter' : 'year';
}

/** The bin a calendar month (`YYYY-MM`) falls into, with the bin's first day. */
export function binOfMonth(month: string, resolution: TimelineResolution): { key: string; start: string } {
  const year = month.slice(0, 4);
  if (resolution === 'month') return { key: month, start: `${month}-01` };
  if (resolution === 'year') return { key: year, start: `${year}-01-01` };
  const quarter = Math.floor((Number(month.slice(5, 7)) - 1) / 3);
  return { key: `${year}-Q${quarter + 1}`, start: `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01` };
}

/**
 * The timeline's bins for counts per calendar month: every bin the period touches, oldest first, with the
 * months' counts summed into it. Months missing from the counts count zero.
 */
export function binTimeline(
  period: SummaryPeriod,
  resolution: TimelineResolution,
  perMonth: { started: Map<string, number>; completed: Map<string, number> },
): TimelineBin[] {
  const bins = new Map<string, TimelineBin>();
  for (const month of periodMonths(period)) {
    const { key, start } = binOfMonth(month, resolution);
    const bin = bins.get(key) ?? { key, start, started: 0, completed: 0 };
    bin.started += perMonth.started.get(month) ?? 0;
    bin.completed += perMonth.completed.get(month) ?? 0;
    bins.set(key, bin);
  }
  return [...bins.values()];
}

/** The day after a `YYYY-MM-DD` date, for comparisons with UTC timestamps (`at < next day`). */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
