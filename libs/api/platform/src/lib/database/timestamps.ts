/**
 * Timestamps are stored as fixed-width UTC ISO-8601 text (`2026-11-23T09:31:32.000Z`): SQLite and PostgreSQL
 * then hold identical values, string order is time order, and no driver shifts them by a time zone.
 */
export const TIMESTAMP_COLUMN = { type: 'varchar', length: 24 } as const;

export function nowIso(): string {
  return new Date().toISOString();
}
