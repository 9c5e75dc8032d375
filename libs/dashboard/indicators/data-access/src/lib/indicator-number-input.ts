import { Problem } from '@leitbild-monitor/shared/contracts';
import { parseDecimal } from '@leitbild-monitor/shared/domain';

const ENGLISH_GROUPS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A number typed into a value or goal field, in the UI language's way: German `12,5` and `1.234,5` (the shared
 * reading the import uses too), and in the English interface also `1,234.5`. Empty is null: a missing value is
 * missing, never zero.
 */
export function parseIndicatorInput(
  text: string,
  language: string,
  field = 'value',
): { value: number | null } | { problem: Problem } {
  const compact = text.trim();
  if (language === 'en' && ENGLISH_GROUPS.test(compact)) {
    return parseDecimal(compact.replace(/,/g, ''), { field });
  }
  return parseDecimal(compact, { field });
}

/** A number as the input field shows it for correcting: without grouping, with the language's decimal sign. */
export function indicatorInputText(value: number | null, language: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}
