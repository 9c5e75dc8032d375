import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';

type EntityList = MixedList<string | (new () => unknown) | EntitySchema>;
type MigrationList = MixedList<string | (new () => unknown)>;

/**
 * SQLite's page cache per connection, in KiB (negative: a size, not a page count). SQLite's own default is 2 MB;
 * better-sqlite3 builds it with 16 MB. The server has a read and a write connection, and a large request (a
 * reporting date, an export, an import) reads or writes enough of the file to fill both: 16 MB each is memory the
 * server keeps for good once one such request has run. The database file's pages stay in the operating system's
 * cache, so a page SQLite has dropped costs a read() from memory, not from disk. Measured on 100,000 measures
 * (docs/performance.md, "Server memory"): the peak through exports, a reporting date and its PDF 254 → 239 MB.
 */
export const SQLITE_CACHE_KIB = 2000;

// `temp_store = MEMORY` (set with it below): inside a transaction SQLite keeps a statement journal for every
// statement that may change several rows (a trigger makes every write to a measure one) and a journal for every
// open savepoint (each member of a group commit has one). Both hold the original of each page the statement
// changes; held in a file, a journal larger than 64 KiB — one insert touches the measure table, its eleven indexes
// and the kept figures — went to /var/tmp page by page: about 60 `pwrite`s per statement. In memory, one measure's
// insert inside a large transaction took 330 → 225 µs and an update 225 → 140 µs (docs/performance.md). The journals
// live only as long as their statement or savepoint.

/**
 * TypeORM options for the configured database. The schema comes only from migrations, which run on start;
 * `synchronize` stays off because on SQLite it rebuilds tables by copy-and-drop.
 */
export function databaseOptions(
  database: DatabaseConfig,
  entities: EntityList,
  migrations: MigrationList,
): DataSourceOptions {
  const common = { entities, migrations, migrationsRun: true, synchronize: false, logging: ['error' as const] };
  if (database.type === 'postgres') {
    // Applied by DatabaseStartup under an advisory lock instead, so instances starting together take turns.
    return { ...common, type: 'postgres', url: database.url, migrationsRun: false, migrationsTransactionMode: 'each' };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    // The measures are an official record: WAL with synchronous=FULL keeps every acknowledged commit even
    // across a power loss, and the busy timeout lets a second connection (a backup, a CLI) wait instead of failing.
    // The server's write connection lowers it to NORMAL and syncs the WAL after each commit from the thread pool
    // before it answers (TransactionRunner, WalSyncQueue): the same guarantee without blocking the event loop.
    enableWAL: true,
    timeout: 5000,
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      db.pragma('synchronous = FULL');
      db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
      db.pragma('temp_store = MEMORY');
    },
    migrationsTransactionMode: 'each',
  };
}
