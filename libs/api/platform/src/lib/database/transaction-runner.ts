import { Global, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource, DataSourceOptions, EntityManager, QueryRunner } from 'typeorm';
import { DataVersion } from './data-version';
import { WalCheckpointer } from './wal-checkpointer';

/** At most this many requests share one SQLite commit, so that one batch never holds the others up for long. */
export const MAX_BATCH = 100;

/** The savepoint each request's work runs in, inside its batch's transaction. */
const MEMBER = 'batch_member';

interface Member {
  work: (manager: EntityManager) => Promise<unknown>;
  /** Runs in a transaction of its own (see `runAlone`). */
  alone: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Outcome {
  member: Member;
  ok: boolean;
  value: unknown;
}

/** TypeORM's query runner with the transaction state it keeps for its own savepoints. */
type SqliteQueryRunner = QueryRunner & { transactionDepth: number; isTransactionActive: boolean };

/**
 * Runs units of work in a database transaction.
 *
 * PostgreSQL gets a connection per transaction from its pool. With SQLite, TypeORM shares one connection between
 * all requests, so the transactions run on a second connection of their own, the write connection, and the shared
 * one is made read-only (`query_only`) once it has applied the migrations. Readers therefore see committed data
 * only (WAL gives each read the last committed state), even while a long transaction — an import that gives the
 * event loop back between its slices — is open, and a write that bypasses this runner fails at once instead of
 * waiting on the write connection's lock (the busy timeout would block the event loop that lock needs).
 *
 * SQLite admits one writer at a time, so the work is queued here — and grouped: the requests that
 * arrive while a batch runs (its work and its commit, which waits for the disk with `synchronous=FULL`) form the
 * next batch, one transaction with one `COMMIT`, so one `fsync` serves them all. Each request's work runs in a
 * savepoint of its own: one that fails is rolled back to its savepoint and the others go on, so every request
 * stays all-or-nothing. Every request is answered only after its batch's `COMMIT` has returned — what a client
 * was told is written is on disk.
 */
@Injectable()
export class TransactionRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly queue: Member[] = [];
  private scheduled = false;
  private running = false;
  private writer: Promise<DataSource> | null = null;
  private checkpointer: WalCheckpointer | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Opens the write connection and closes the shared one to writes before anything else is served. */
  async onModuleInit(): Promise<void> {
    if (!this.isSqlite()) return;
    await this.writeConnection();
    await this.dataSource.query('PRAGMA query_only = ON');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.checkpointer?.close();
    const writer = await this.writer?.catch(() => null);
    if (writer?.isInitialized) await writer.destroy();
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(work, false);
  }

  /**
   * Runs long work (an import of thousands of rows) in a transaction that no other request's work shares. When it
   * throws, the whole transaction is rolled back: for SQLite in WAL mode that is cheap, where rolling back to a
   * batch member's savepoint first restores every page the work changed (630 ms after a dry run of 20,000 rows,
   * with the event loop held). Before its COMMIT the WAL is synced from the thread pool (WalCheckpointer.flushWal),
   * and it is checkpointed at once after.
   */
  runAlone<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(work, true);
  }

  private enqueue<T>(work: (manager: EntityManager) => Promise<T>, alone: boolean): Promise<T> {
    if (!this.isSqlite()) return this.dataSource.transaction(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, alone, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /**
   * The next batch begins once the event loop has taken in what arrived (`setImmediate` runs after the poll for
   * input), so the requests that came in during the previous batch join it.
   */
  private schedule(): void {
    if (this.running || this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.runBatch();
    });
  }

  private async runBatch(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const alone = this.queue.findIndex((member) => member.alone);
    const batch = this.queue.splice(0, alone === 0 ? 1 : Math.min(MAX_BATCH, alone < 0 ? MAX_BATCH : alone));
    try {
      const outcomes = batch[0].alone ? [await this.commitAlone(batch[0])] : await this.commitBatch(batch);
      for (const { member, ok, value } of outcomes) {
        if (ok) member.resolve(value);
        else member.reject(value);
      }
    } finally {
      this.running = false;
      this.schedule();
    }
  }

  /** Runs the batch in one transaction; never throws: what each member gets is in its outcome. */
  private async commitBatch(batch: Member[]): Promise<Outcome[]> {
    let writer: DataSource;
    try {
      writer = await this.writeConnection();
    } catch (error) {
      return batch.map((member) => ({ member, ok: false, value: error }));
    }
    const runner = writer.createQueryRunner() as SqliteQueryRunner;
    const outcomes: Outcome[] = [];
    try {
      await runner.startTransaction();
    } catch (error) {
      await this.abandon(writer, runner);
      return batch.map((member) => ({ member, ok: false, value: error }));
    }
    for (let index = 0; index < batch.length; index++) {
      const member = batch[index];
      try {
        await runner.query(`SAVEPOINT ${MEMBER}`);
        const value = await member.work(runner.manager);
        await runner.query(`RELEASE SAVEPOINT ${MEMBER}`);
        outcomes.push({ member, ok: true, value });
      } catch (error) {
        if (!inTransaction(writer)) {
          // SQLite ended the whole transaction itself (a full disk, an I/O error): the members before this one
          // are lost with it. They are refused, not retried; the members after it go to the next batch.
          resetTransactionState(runner);
          this.queue.unshift(...batch.slice(index + 1));
          return [...lost(outcomes, error), { member, ok: false, value: error }];
        }
        try {
          // Undoes this member's work, including savepoints of its own it left open, and keeps the others'.
          await runner.query(`ROLLBACK TO SAVEPOINT ${MEMBER}`);
          await runner.query(`RELEASE SAVEPOINT ${MEMBER}`);
          runner.transactionDepth = 1;
        } catch (rollbackError) {
          await this.abandon(writer, runner);
          this.queue.unshift(...batch.slice(index + 1));
          return [...lost(outcomes, rollbackError), { member, ok: false, value: error }];
        }
        outcomes.push({ member, ok: false, value: error });
      }
    }
    try {
      await runner.commitTransaction();
      this.checkpointer?.afterCommit();
      return outcomes;
    } catch (error) {
      await this.abandon(writer, runner);
      return lost(outcomes, error);
    }
  }

  /** One member's work in a transaction of its own: committed if it returns, rolled back whole if it throws. */
  private async commitAlone(member: Member): Promise<Outcome> {
    let writer: DataSource;
    try {
      writer = await this.writeConnection();
    } catch (error) {
      return { member, ok: false, value: error };
    }
    const runner = writer.createQueryRunner() as SqliteQueryRunner;
    try {
      await runner.startTransaction();
      const value = await member.work(runner.manager);
      await this.checkpointer?.flushWal();
      await runner.commitTransaction();
      this.checkpointer?.afterCommit(true);
      return { member, ok: true, value };
    } catch (error) {
      await this.abandon(writer, runner);
      return { member, ok: false, value: error };
    }
  }

  /** Rolls back whatever is still open and leaves TypeORM's runner ready for the next batch. */
  private async abandon(writer: DataSource, runner: SqliteQueryRunner): Promise<void> {
    if (inTransaction(writer)) await runner.query('ROLLBACK').catch(() => undefined);
    resetTransactionState(runner);
  }

  /**
   * The write connection: the same database file, entities and pragmas (WAL, `synchronous=FULL`) as the shared
   * connection, which has already applied the migrations. Opened once, on first use.
   */
  private writeConnection(): Promise<DataSource> {
    this.writer ??= new DataSource({
      ...this.dataSource.options,
      migrationsRun: false,
      migrations: [],
    } as DataSourceOptions)
      .initialize()
      .then(async (writer) => {
        const file = String(this.dataSource.options.database);
        if (file !== ':memory:') {
          // The commits no longer checkpoint inside themselves; a worker thread does (WalCheckpointer).
          this.checkpointer = new WalCheckpointer(file);
          await writer.query('PRAGMA wal_autocheckpoint = 0');
        }
        return writer;
      });
    return this.writer;
  }

  private isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }
}

function inTransaction(writer: DataSource): boolean {
  return (writer.driver as unknown as { databaseConnection: { inTransaction: boolean } }).databaseConnection
    .inTransaction;
}

/** The outcomes when the transaction is lost: members that had succeeded get the error, failed ones keep theirs. */
function lost(outcomes: Outcome[], error: unknown): Outcome[] {
  return outcomes.map((outcome) => (outcome.ok ? { member: outcome.member, ok: false, value: error } : outcome));
}

function resetTransactionState(runner: SqliteQueryRunner): void {
  runner.transactionDepth = 0;
  runner.isTransactionActive = false;
}

/** Transactions and the data version, for every module. */
@Global()
@Module({
  providers: [TransactionRunner, DataVersion],
  exports: [TransactionRunner, DataVersion],
})
export class TransactionModule {}
