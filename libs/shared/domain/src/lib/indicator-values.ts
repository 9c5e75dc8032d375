import type { Problem } from '@leitbild-monitor/shared/contracts';
import { INDICATOR_LIMITS } from '@leitbild-monitor/shared/contracts';

/** Spaces people and spreadsheets put between thousands: space, no-break space, narrow no-break space. */
const GROUP_SPACES = /[\s\u00a0\u202f]/g;
const GERMAN = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const DOT_GROUPS = /^[+-]?[1-9]\d{0,2}(\.\d{3})+$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** What is wrong with a number as a value or goal of an indicator: not finite, or beyond ±maxAbsoluteValue. */
export function indicatorNumberProblems(value: unknown, field = 'value'): Problem[] {
  const max = INDICATOR_LIMITS.maxAbsoluteValue;
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ field, code: 'not_number', params: {} }];
  if (value > max) return [{ field, code: 'too_large', params: { max } }];
  if (value < -max) return [{ field, code: 'too_small', params: { min: -max } }];
  return [];
}

/**
 * A number as people and spreadsheets write it: German `12,5`, `1.234,5` and `-3`, or `12.5` (an .xlsx number
 * cell, a tool writing English); spaces between thousands are allowed. With `groupingDots` (CSV files: German
 * Excel writes formatted numbers as shown), dots that group thousands without a comma (`1.234`, `12.345.678`) are
 * read as such, so `1.234` is 1234; otherwise one dot is the decimal point. Empty text is null: a missing value is
 * missing, never zero. Anything else is the problem `not_number`; numbers beyond ±maxAbsoluteValue `too_large` or
 * `too_small`.
 */
export function parseDecimal(
  text: string,
  options: { groupingDots?: boolean; field?: string } = {},
): { value: number | null } | { problem: Problem } {
  const field = options.field ?? 'value';
  const compact = text
    .trim()
    .replace(GROUP_SPACES, '')
    .replace(/^\u2212/, '-');
  if (compact === '') return { value: null };
  let normalised: string | null = null;
  if (compact.includes(',')) {
    if (GERMAN.test(compact)) normalised = compact.replace(/\./g, '').replace(',', '.');
  } else if (options.groupingDots && DOT_GROUPS.test(compact)) {
    normalised = compact.replace(/\./g, '');
  } else if (PLAIN.test(compact)) {
    normalised = compact;
  }
  const value = normalised === null ? Number.NaN : Number(normalised);
  const [problem] = indicatorNumberProblems(value, field);
  return problem ? { problem } : { value: Object.is(value, -0) ? 0 : value };
}
