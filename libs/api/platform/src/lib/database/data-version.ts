import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface VersionRow {
  version: number | string;
  stamp: string;
}

interface PreparedStatement {
  get(): VersionRow | undefined;
}

interface SqliteConnection {
  prepare(sql: string): PreparedStatement;
  inTransaction: boolean;
}

/**
 * The version of the data in the database: one row that triggers change with every write to the catalogue and
 * the measures (migration `ScaleIndexes1764144000000`). A cache keyed on it serves nothing older than what any
 * API instance has committed, because every request reads the row — one primary-key lookup, a few microseconds
 * on SQLite. The value is opaque: version number and a random stamp, so a number reused after a rollback never
 * matches an older cache entry.
 */
@Injectable()
export class DataVersion {
  private sqliteStatement: PreparedStatement | null = null;
  /** Write transactions begun in this process (SQLite), see `read` and `isClean`. */
  private transactionsBegun = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Called by TransactionRunner as each SQLite write transaction begins. */
  noteTransactionBegins(): void {
    this.transactionsBegun += 1;
  }

  /**
   * The version and a mark for `isClean`. On SQLite all requests share one connection, so a read made while a
   * write transaction is open sees its uncommitted rows — and that transaction may still roll back. What was
   * read is fit for a cache only if no write transaction was open at the start and none began until the end.
   */
  async read(): Promise<{ version: string; mark: number }> {
    const inTransaction = this.sqliteConnection()?.inTransaction ?? false;
    return { version: await this.current(), mark: inTransaction ? -1 : this.transactionsBegun };
  }

  /** Whether what was read since `read()` returned `mark` can only have come from committed data. */
  isClean(mark: number): boolean {
    const connection = this.sqliteConnection();
    if (!connection) return true; // PostgreSQL: each query sees committed data only
    return mark === this.transactionsBegun && !connection.inTransaction;
  }

  async current(): Promise<string> {
    const row =
      this.dataSource.options.type === 'better-sqlite3'
        ? this.sqliteRow()
        : ((await this.dataSource.query('SELECT version, stamp FROM data_version WHERE id = 1')) as VersionRow[])[0];
    if (!row) throw new Error('data_version has no row: the database is not migrated');
    return `${row.version}:${row.stamp}`;
  }

  /** better-sqlite3 answers synchronously; a prepared statement skips TypeORM's query building. */
  private sqliteRow(): VersionRow | undefined {
    this.sqliteStatement ??= (this.sqliteConnection() as SqliteConnection).prepare(
      'SELECT version, stamp FROM data_version WHERE id = 1',
    );
    return this.sqliteStatement.get();
  }

  private sqliteConnection(): SqliteConnection | null {
    if (this.dataSource.options.type !== 'better-sqlite3') return null;
    return (this.dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
  }
}
