import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';

type EntityList = MixedList<string | (new () => unknown) | EntitySchema>;
type MigrationList = MixedList<string | (new () => unknown)>;

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
    },
    migrationsTransactionMode: 'each',
  };
}
