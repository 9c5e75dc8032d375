import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface VersionRow {
  version: number | string | null;
  stamp: string;
}

interface PreparedStatement {
  get(): VersionRow | undefined;
}

interface SqliteConnection {
  prepare(sql: string): PreparedStatement;
}

/**
 * PostgreSQL spreads the version over several rows (migration `DataVersionSlots1765267200000`), so that concurrent
 * commits do not queue on one: any commit raises the sum, and the stamps' digest keeps the value opaque.
 */
const POSTGRES_VERSION = `SELECT SUM(version) AS version, md5(string_agg(stamp, ',' ORDER BY id)) AS stamp FROM data_version`;

/**
 * The version of the data in the database: one row that triggers change with every write to the catalogue and
 * the measures (migration `ScaleIndexes1764144000000`). A cache keyed on it serves nothing older than what any
 * API instance has committed, because every request reads the row — one primary-key lookup, a few microseconds
 * on SQLite. It is read on the connection that never writes (see TransactionRunner), so it and what a request
 * reads after it are committed data on both databases. The value is opaque: version number and a random stamp, so a number reused after a rollback never
 * matches an older cache entry.
 */
@Injectable()
export class DataVersion {
  private sqliteStatement: PreparedStatement | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<string> {
    const row =
      this.dataSource.options.type === 'better-sqlite3'
        ? this.sqliteRow()
        : ((await this.dataSource.query(POSTGRES_VERSION)) as VersionRow[])[0];
    if (!row || row.version === null) throw new Error('data_version has no row: the database is not migrated');
    return `${row.version}:${row.stamp}`;
  }

  /** better-sqlite3 answers synchronously; a prepared statement skips TypeORM's query building. */
  private sqliteRow(): VersionRow | undefined {
    this.sqliteStatement ??= this.sqliteConnection().prepare('SELECT version, stamp FROM data_version WHERE id = 1');
    return this.sqliteStatement.get();
  }

  private sqliteConnection(): SqliteConnection {
    return (this.dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
  }
}
