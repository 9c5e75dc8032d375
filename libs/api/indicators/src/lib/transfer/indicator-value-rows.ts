import { findUnsafeInput } from '@leitbild-monitor/api/platform';
import type { Parsed, RawSheet } from '@leitbild-monitor/api/transfer';
import { indexHeader, parseDate } from '@leitbild-monitor/api/transfer';
import type { ImportError, IndicatorValueColumnKey } from '@leitbild-monitor/shared/contracts';
import {
  INDICATOR_LIMITS,
  INDICATOR_VALUE_COLUMNS,
  INDICATOR_VALUE_REQUIRED_COLUMNS,
} from '@leitbild-monitor/shared/contracts';
import { parseDecimal } from '@leitbild-monitor/shared/domain';

export type ValueColumnIndex = Map<IndicatorValueColumnKey, number>;

const HEADER = Object.fromEntries(INDICATOR_VALUE_COLUMNS.map((column) => [column.key, column.header])) as Record<
  IndicatorValueColumnKey,
  string
>;

/** Finds the columns of a values file in its header; unknown, repeated and missing ones are errors of row 1. */
export function indexValueColumns(header: string[]): { columns: ValueColumnIndex; errors: ImportError[] } {
  const { columns, errors } = indexHeader(header, INDICATOR_VALUE_COLUMNS, '"Code", "Datum", "Wert"');
  for (const key of INDICATOR_VALUE_REQUIRED_COLUMNS) {
    if (!columns.has(key)) {
      errors.push({
        row: 1,
        column: HEADER[key],
        message: `the file needs the columns "Code", "Datum" and "Wert"; "${HEADER[key]}" is missing`,
        code: 'column_required',
        params: { column: HEADER[key] },
      });
    }
  }
  return { columns, errors };
}

/** One row of a values file, read: the indicator's code, the date and the value, and what is wrong with them. */
export interface ValueRow {
  row: number;
  code: string;
  date: string | null;
  value: number | null;
  /** Undefined when the file has no note column (the stored note stays); null for an empty cell. */
  note: string | null | undefined;
  errors: ImportError[];
}

/**
 * Reads the cells of one row. Numbers as German Excel writes them (`12,5`, and in CSV files `1.234` for 1234), dates
 * as `31.12.2024` or `2024-12-31`; code, date and value are needed (an empty value is no value, not zero).
 */
export function readValueRow(
  raw: RawSheet['rows'][number],
  header: string[],
  columns: ValueColumnIndex,
  options: { groupingDots: boolean },
): ValueRow {
  const errors: ImportError[] = [];
  const text = (key: IndicatorValueColumnKey) => raw.cells[columns.get(key) ?? -1] ?? '';
  const column = (key: IndicatorValueColumnKey) => header[columns.get(key) ?? -1] ?? HEADER[key];
  const error = (key: IndicatorValueColumnKey, found: Exclude<Parsed<unknown>, { value: unknown }>) =>
    errors.push({
      row: raw.row,
      column: column(key),
      message: found.problem,
      code: found.code,
      params: found.params ?? {},
    });
  const required = (key: IndicatorValueColumnKey) =>
    error(key, { problem: `the cell "${column(key)}" is empty`, code: 'required' });

  // The checks every JSON body gets (no NUL characters, well-formed Unicode) apply to every cell of a file too.
  raw.cells.forEach((cell, index) => {
    const found = index < header.length ? findUnsafeInput(cell, 'the cell') : null;
    if (found) {
      const { code, params } = found.problem;
      errors.push({ row: raw.row, column: header[index], message: found.message, code, params });
    }
  });

  const code = text('code').trim();
  if (code === '') required('code');

  const parsedDate = parseDate(text('date'));
  const date = 'value' in parsedDate ? parsedDate.value : null;
  if ('problem' in parsedDate) error('date', parsedDate);
  else if (date === null) required('date');

  const cell = text('value');
  const parsedValue = parseDecimal(cell, { groupingDots: options.groupingDots, field: column('value') });
  const value = 'value' in parsedValue ? parsedValue.value : null;
  if ('problem' in parsedValue) {
    const { code: problemCode, params } = parsedValue.problem;
    const message =
      problemCode === 'not_number'
        ? `"${cell.trim()}" is not a number; write it as 12,5 or 1234 (no units)`
        : `"${cell.trim()}" is beyond ±${INDICATOR_LIMITS.maxAbsoluteValue}`;
    error('value', { problem: message, code: problemCode, params });
  } else if (value === null) required('value');

  let note: string | null | undefined;
  if (columns.has('note')) {
    note = text('note').trim() || null;
    if (note !== null && [...note].length > INDICATOR_LIMITS.note) {
      error('note', {
        problem: `the note must be shorter than or equal to ${INDICATOR_LIMITS.note} characters`,
        code: 'too_long',
        params: { max: INDICATOR_LIMITS.note },
      });
    }
  }
  return { row: raw.row, code, date, value, note, errors };
}

export function valueHeaderOf(key: IndicatorValueColumnKey): string {
  return HEADER[key];
}
