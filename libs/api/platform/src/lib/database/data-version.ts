import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { namedQuery } from './named-query';

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
  /** PostgreSQL: the read on its way, and the one that starts when it ends (see `postgresVersion`). */
  private inFlight: Promise<string> | null = null;
  private queued: Promise<string> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<string> {
    if (this.dataSource.options.type === 'better-sqlite3') return format(this.sqliteRow());
    return this.postgresVersion();
  }

  /**
   * Requests that arrive together share one read, and none is answered from a read that began before it arrived
   * (that read could miss a commit the request must see): a request that finds a read on its way waits for the next
   * one, which starts when that ends and serves everyone who arrived meanwhile. Under load a round trip per batch
   * instead of one per request; a lone request waits for no one.
   */
  private postgresVersion(): Promise<string> {
    if (!this.inFlight) return this.startPostgresRead();
    this.queued ??= this.inFlight.then(ignore, ignore).then(() => {
      this.queued = null;
      return this.startPostgresRead();
    });
    return this.queued;
  }

  private startPostgresRead(): Promise<string> {
    const read = namedQuery<VersionRow>(this.dataSource.manager, POSTGRES_VERSION, {})
      .then((rows) => format(rows[0]))
      .finally(() => {
        if (this.inFlight === read) this.inFlight = null;
      });
    this.inFlight = read;
    return read;
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

function format(row: VersionRow | undefined): string {
  if (!row || row.version === null) throw new Error('data_version has no row: the database is not migrated');
  return `${row.version}:${row.stamp}`;
}

function ignore(): void {
  // The queued read starts whether the one before it succeeded or not.
}
