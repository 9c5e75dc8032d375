import { Params } from '@angular/router';
import { SummaryQuery } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate } from '@leitbild-monitor/shared/domain';

export const PERIOD_PRESETS = ['last12', 'last6', 'thisYear', 'lastYear', 'sinceStart', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The filter of the overview as the URL carries it, with what was wrong in the link. */
export interface OverviewFilter {
  query: SummaryQuery;
  /** The link had filters that were not dates, or a start after the end: they are left out. */
  invalidLink: boolean;
}

function monthsBack(today: string, months: number): string {
  const [year, month] = today.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * The dates of a preset; the last 12 months are the API's default and need no dates in the link. "Since the
 * beginning" runs from the first recorded change (the summary's `timeline.firstRecorded`) to today; without one
 * yet it is the default period.
 */
export function presetPeriod(
  preset: Exclude<PeriodPreset, 'custom'>,
  today: string,
  firstRecorded: string | null = null,
): Pick<SummaryQuery, 'from' | 'to'> {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'last12':
      return {};
    case 'last6':
      return { from: monthsBack(today, 5), to: today };
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'sinceStart':
      return firstRecorded && firstRecorded <= today ? { from: firstRecorded, to: today } : {};
  }
}

/** Which preset a period from the link is, so a shared link shows the same choice; else a custom period. */
export function presetOf(
  query: Pick<SummaryQuery, 'from' | 'to'>,
  today: string,
  firstRecorded: string | null = null,
): PeriodPreset {
  if (!query.from && !query.to) return 'last12';
  const match = PERIOD_PRESETS.find((preset) => {
    if (preset === 'custom' || preset === 'last12') return false;
    const period = presetPeriod(preset, today, firstRecorded);
    return period.from === query.from && period.to === query.to;
  });
  return match ?? 'custom';
}

/** Reads `?fieldOfAction=…&from=…&to=…`, keeping only well-formed values (dates YYYY-MM-DD, from ≤ to). */
export function parseFilter(params: Params): OverviewFilter {
  const text = (name: string): string | undefined => {
    const value = params[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  let invalidLink = false;
  const date = (name: string) => {
    const value = text(name);
    if (value === undefined) return undefined;
    if (isIsoCalendarDate(value)) return value;
    invalidLink = true;
    return undefined;
  };
  const fieldOfAction = text('fieldOfAction');
  let from = date('from');
  let to = date('to');
  if (from && to && from > to) {
    invalidLink = true;
    from = to = undefined;
  }
  const query: SummaryQuery = {};
  if (fieldOfAction && fieldOfAction.length <= 36) query.fieldOfAction = fieldOfAction;
  else if (fieldOfAction) invalidLink = true;
  if (from) query.from = from;
  if (to) query.to = to;
  return { query, invalidLink };
}

export interface FilterErrors {
  from?: 'required' | 'fromAfterTo';
  to?: 'required';
}

/** Checks a custom period before it goes into the link. */
export function validatePeriod(from: string, to: string): FilterErrors {
  const errors: FilterErrors = {};
  if (!isIsoCalendarDate(from)) errors.from = 'required';
  if (!isIsoCalendarDate(to)) errors.to = 'required';
  if (!errors.from && !errors.to && from > to) errors.from = 'fromAfterTo';
  return errors;
}
