import type { Problem } from '@leitbild-monitor/shared/contracts';

/** A code: letters and digits, then also `.`, `_`, `/` and `-` (e.g. `EA-01`, `DS.2`); no spaces. */
export const INDICATOR_CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u;

/** `MM-DD` of a day every year has (29 February included: it is due on the 28th in other years). */
export const MONTH_DAY_PATTERN =
  /^(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31|02-29)$/;

/** The fields of an indicator the rules between fields look at. */
export interface IndicatorRuleFields {
  dueEvery?: string | null;
  dueMonthDay?: string | null;
  measureIds?: readonly string[];
  progressMeasureIds?: readonly string[];
}

/**
 * The rules between an indicator's fields: a due day of the year only for yearly values, and the measures whose
 * progress an indicator shows are among its linked measures.
 */
export function indicatorStateProblems(fields: IndicatorRuleFields): Problem[] {
  const problems: Problem[] = [];
  if (fields.dueMonthDay && fields.dueEvery !== 'year') {
    problems.push({ field: 'dueMonthDay', code: 'invalid_value', params: {} });
  }
  const linked = new Set(fields.measureIds ?? []);
  if ((fields.progressMeasureIds ?? []).some((id) => !linked.has(id))) {
    problems.push({ field: 'progressMeasureIds', code: 'unknown_reference', params: {} });
  }
  return problems;
}
