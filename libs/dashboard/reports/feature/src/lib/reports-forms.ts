import { CreateReportingDateRequest, ReportingDate } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate, isoToday } from '@leitbild-monitor/shared/domain';
import { FieldMessage } from '@leitbild-monitor/dashboard/shared/ui-forms';

export type { FieldMessage };

/**
 * The checks the API makes too, so that the reader learns of a mistake without a round trip. `today` is the API's
 * (`isoToday`: the UTC day), so the form refuses exactly the dates the API would.
 */
export function validateReportingDate(
  request: CreateReportingDateRequest,
  nameLimit: number,
  today: string = isoToday(),
): Partial<Record<keyof CreateReportingDateRequest, FieldMessage[]>> {
  const errors: Partial<Record<keyof CreateReportingDateRequest, FieldMessage[]>> = {};
  if (request.name === '') errors.name = [{ key: 'reports.errors.required' }];
  else if ([...request.name].length > nameLimit)
    errors.name = [{ key: 'reports.errors.tooLong', params: { max: nameLimit } }];
  if (request.date === '') errors.date = [{ key: 'reports.errors.required' }];
  else if (!isIsoCalendarDate(request.date)) errors.date = [{ key: 'reports.errors.date' }];
  else if (request.date > today) errors.date = [{ key: 'reports.errors.afterToday' }];
  return errors;
}

export interface CompareErrors {
  since?: string;
  to?: string;
}

/**
 * "Since" must be a reporting date; "to" today (`current`) or a later reporting date. Dates the list does not know
 * (yet) pass: the API decides.
 */
export function validateComparison(since: string, to: string, dates: readonly ReportingDate[]): CompareErrors {
  if (since === '') return { since: 'reports.compare.errors.sinceRequired' };
  if (to === '') return { to: 'reports.compare.errors.toRequired' };
  if (since === to) return { to: 'reports.compare.errors.same' };
  const from = dates.find((date) => date.id === since);
  const until = dates.find((date) => date.id === to);
  if (from && until && until.date < from.date) return { to: 'reports.compare.errors.order' };
  return {};
}
