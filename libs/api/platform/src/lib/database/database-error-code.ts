/**
 * The code of a database error: SQLite's result code (`SQLITE_FULL`, `SQLITE_CONSTRAINT_UNIQUE`, …) or PostgreSQL's
 * SQLSTATE (`23505`, …), from the driver's error or the one TypeORM wraps it in (`driverError`).
 */
export function databaseErrorCode(error: unknown): string | undefined {
  const driverError = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const code = (driverError as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
