import { databaseErrorCode } from './database-error-code';

/**
 * SQLite result codes that say the database file cannot be written or read right now — the disk is full, the disk
 * or file system failed, another process holds the file, it went read-only, memory ran out — with their extended
 * codes (`SQLITE_IOERR_FSYNC`, `SQLITE_BUSY_SNAPSHOT`, …). https://sqlite.org/rescode.html
 */
const SQLITE_UNAVAILABLE = /^SQLITE_(FULL|IOERR|BUSY|LOCKED|READONLY|CANTOPEN|NOMEM|PROTOCOL)(_|$)/;

/**
 * PostgreSQL error classes and codes that say the same of the server (https://www.postgresql.org/docs/current/errcodes-appendix.html):
 * 08 the connection failed, 53 insufficient resources (disk full, out of memory, too many connections), 57P the
 * server shuts down or restarts, 58 a system or I/O error; 40001 and 40P01 a serialization failure or a deadlock
 * that rolled the transaction back, which succeeds when tried again.
 */
const POSTGRES_UNAVAILABLE = /^(08|53|57P|58)|^(40001|40P01)$/;

/**
 * Whether a database error says that the storage cannot take the request now — no fault of the request, none of
 * the program's: the transaction was rolled back (nothing was saved), and the same request may succeed later.
 * Such a failure is answered 503 with `Retry-After`, not 500. Only the databases' own codes count: a network error
 * code (ECONNREFUSED, …) may come from any other service the server calls as well.
 */
export function isStorageUnavailable(error: unknown): boolean {
  const code = databaseErrorCode(error);
  return code !== undefined && (SQLITE_UNAVAILABLE.test(code) || POSTGRES_UNAVAILABLE.test(code));
}
