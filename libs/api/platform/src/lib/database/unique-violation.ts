import type { ProblemCode } from '@leitbild-monitor/shared/contracts';
import { conflict } from '../http/api-problem.exception';
import { databaseErrorCode } from './database-error-code';

/** Whether a database error is a unique-constraint violation (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(error: unknown): boolean {
  const code = databaseErrorCode(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Runs a write that checks for duplicates first; when a concurrent request inserted the same value between
 * check and write, the database's unique constraint answers — and that becomes the same 409 as the check's.
 */
export async function conflictOnDuplicate<T>(
  write: () => Promise<T>,
  message: string,
  duplicate: { field: string; code: ProblemCode } = { field: 'name', code: 'duplicate_name' },
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(duplicate.code, duplicate.field, message);
    throw error;
  }
}
