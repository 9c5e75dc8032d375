import type { ImportError } from '@leitbild-monitor/shared/contracts';
import { IMPORT_MAX_ERRORS } from '@leitbild-monitor/shared/contracts';
import { comparableName } from './cell-values';

/** A file format's columns: the key the importer works with and the header the file's first row says. */
export interface SheetColumnName<K extends string> {
  readonly key: K;
  readonly header: string;
}

/**
 * Finds a format's columns in a file's header row, by header or key, ignoring case and extra spaces; unknown and
 * repeated headers are errors of row 1. `example` names a few columns for the message about an unknown one.
 */
export function indexHeader<K extends string>(
  header: string[],
  format: readonly SheetColumnName<K>[],
  example: string,
): { columns: Map<K, number>; errors: ImportError[] } {
  const keyByName = new Map<string, K>(
    format.flatMap((column) => [
      [comparableName(column.header), column.key],
      [comparableName(column.key), column.key],
    ]),
  );
  const headerOf = new Map(format.map((column) => [column.key, column.header]));
  const columns = new Map<K, number>();
  const errors: ImportError[] = [];
  header.forEach((text, index) => {
    const name = comparableName(text);
    if (name === '') return;
    const key = keyByName.get(name);
    if (!key) {
      // Named without the list of columns: a file may have dozens of unknown ones, and the list is the format's.
      errors.push({
        row: 1,
        column: text,
        message: `unknown column; name the columns as in the export (for example ${example})`,
        code: 'unknown_column',
        params: {},
      });
    } else if (columns.has(key)) {
      const known = headerOf.get(key) ?? key;
      errors.push({
        row: 1,
        column: text,
        message: `the column "${known}" appears twice`,
        code: 'duplicate_column',
        params: { column: known },
      });
    } else {
      columns.set(key, index);
    }
  });
  return { columns, errors };
}

/** An import's answer: the first IMPORT_MAX_ERRORS errors (by row) and how many there are in all. */
export function withErrorCount<T extends { errors: ImportError[] }>(result: T): T & { errorCount: number } {
  return { ...result, errors: result.errors.slice(0, IMPORT_MAX_ERRORS), errorCount: result.errors.length };
}
