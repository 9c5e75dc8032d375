import {
  Global,
  Injectable,
  Logger,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
  ServiceUnavailableException,
} from '@nestjs/common';
import { DataSource, DataSourceOptions, EntityManager, QueryRunner } from 'typeorm';
import { DataVersion } from './data-version';
import { WalCheckpointer } from './wal-checkpointer';
import { WalFile, WalSyncQueue } from './wal-sync';

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
 * arrive while a batch runs form the next batch, one transaction with one `COMMIT`. Each request's work runs in a
 * savepoint of its own: one that fails is rolled back to its savepoint and the others go on, so every request
 * stays all-or-nothing.
 *
 * Every request is answered only once its batch's commit is on disk — what a client was told is written survives a
 * power loss — but the event loop does not wait for the disk. The write connection runs with `synchronous=NORMAL`:
 * in WAL mode its `COMMIT` writes the batch's frames into the WAL file (the operating system's page cache) and
 * returns without syncing. Then `WalSyncQueue` syncs the WAL file from libuv's thread pool, and the batch's
 * promises are settled when a sync that started after its `COMMIT` has completed. Meanwhile the next batch runs
 * (one sync at a time serves every batch committed while the previous one ran); answers still go out in commit
 * order. Why that keeps every acknowledged write: see `WalSyncQueue` (wal-sync.ts) and docs/operations.md.
 */
@Injectable()
export class TransactionRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly queue: Member[] = [];
  private scheduled = false;
  private running = false;
  private writer: Promise<DataSource> | null = null;
  private checkpointer: WalCheckpointer | null = null;
  private walFile: WalFile | null = null;
  /** When the commits are on disk; without a WAL file to sync (`:memory:`), at once. */
  private durable = new WalSyncQueue(() => Promise.resolve());
  private readonly logger = new Logger('TransactionRunner');

  constructor(private readonly dataSource: DataSource) {}

  /** Opens the write connection and closes the shared one to writes before anything else is served. */
  async onModuleInit(): Promise<void> {
    if (!this.isSqlite()) return;
    await this.writeConnection();
    await this.dataSource.query('PRAGMA query_only = ON');
  }

  async onApplicationShutdown(): Promise<void> {
    // The answers still waiting for their sync are given before the connection that wrote them closes.
    await this.durable.whenDurable().catch(() => undefined);
    await this.walFile?.close().catch(() => undefined);
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
   * with the event loop held). Its COMMIT only writes the last pages into the WAL; the sync after it, from the
   * thread pool like every batch's, puts all of them on disk, and the WAL is checkpointed at once after.
   */
  runAlone<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(work, true);
  }

  /** Why writes are refused until the server is restarted (a failed WAL sync), or null. */
  get writeFailure(): unknown {
    return this.durable.failure;
  }

  private enqueue<T>(work: (manager: EntityManager) => Promise<T>, alone: boolean): Promise<T> {
    if (!this.isSqlite()) return this.dataSource.transaction(work);
    if (this.durable.failure) return Promise.reject(writesStopped());
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

  /**
   * Runs the next batch up to its `COMMIT`, then lets the one after it start while the WAL is synced: the batch's
   * answers wait for that sync only, in a promise chain of their own.
   */
  private async runBatch(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      // The requests that arrive meanwhile queue up and form the next batch (see WalCheckpointer.wantsRestart).
      if (this.checkpointer?.wantsRestart) await this.checkpointer.catchUp();
      const alone = this.queue.findIndex((member) => member.alone);
      const batch = this.queue.splice(0, alone === 0 ? 1 : Math.min(MAX_BATCH, alone < 0 ? MAX_BATCH : alone));
      if (this.durable.failure) {
        for (const member of batch) member.reject(writesStopped());
        return;
      }
      const { outcomes, committed } = batch[0].alone ? await this.commitAlone(batch[0]) : await this.commitBatch(batch);
      void this.acknowledge(outcomes, committed);
    } finally {
      this.running = false;
      this.schedule();
    }
  }

  /**
   * Settles a batch's members once its commit is on disk. A batch whose commit failed changed nothing, but its
   * answers (refusals that may tell of other batches' writes, a 412 for instance) still wait for the commits before
   * it, so that no answer speaks of a write that could yet be lost. When the sync fails, every member that had
   * succeeded is refused with its error, as when `COMMIT` fails.
   */
  private async acknowledge(outcomes: Outcome[], committed: boolean): Promise<void> {
    let settled = outcomes;
    try {
      await (committed ? this.durable.afterCommit() : this.durable.whenDurable());
    } catch (error) {
      if (committed) this.logger.error(`The write-ahead log could not be synced; writes are refused: ${String(error)}`);
      settled = lost(outcomes, error);
    }
    for (const { member, ok, value } of settled) {
      if (ok) member.resolve(value);
      else member.reject(value);
    }
  }

  /**
   * Runs the batch in one transaction; never throws: what each member gets is in its outcome, and `committed` says
   * whether its `COMMIT` returned (the outcomes then still wait for the WAL sync).
   */
  private async commitBatch(batch: Member[]): Promise<BatchResult> {
    let writer: DataSource;
    try {
      writer = await this.writeConnection();
    } catch (error) {
      return notCommitted(batch.map((member) => ({ member, ok: false, value: error })));
    }
    const runner = writer.createQueryRunner() as SqliteQueryRunner;
    const outcomes: Outcome[] = [];
    try {
      await runner.startTransaction();
    } catch (error) {
      await this.abandon(writer, runner);
      return notCommitted(batch.map((member) => ({ member, ok: false, value: error })));
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
          return notCommitted([...lost(outcomes, error), { member, ok: false, value: error }]);
        }
        try {
          // Undoes this member's work, including savepoints of its own it left open, and keeps the others'.
          await runner.query(`ROLLBACK TO SAVEPOINT ${MEMBER}`);
          await runner.query(`RELEASE SAVEPOINT ${MEMBER}`);
          runner.transactionDepth = 1;
        } catch (rollbackError) {
          await this.abandon(writer, runner);
          this.queue.unshift(...batch.slice(index + 1));
          return notCommitted([...lost(outcomes, rollbackError), { member, ok: false, value: error }]);
        }
        outcomes.push({ member, ok: false, value: error });
      }
    }
    try {
      await runner.commitTransaction();
      this.checkpointer?.afterCommit();
      return { outcomes, committed: true };
    } catch (error) {
      await this.abandon(writer, runner);
      return notCommitted(lost(outcomes, error));
    }
  }

  /** One member's work in a transaction of its own: committed if it returns, rolled back whole if it throws. */
  private async commitAlone(member: Member): Promise<BatchResult> {
    let writer: DataSource;
    try {
      writer = await this.writeConnection();
    } catch (error) {
      return notCommitted([{ member, ok: false, value: error }]);
    }
    const runner = writer.createQueryRunner() as SqliteQueryRunner;
    try {
      await runner.startTransaction();
      const value = await member.work(runner.manager);
      await runner.commitTransaction();
      this.checkpointer?.afterCommit(true);
      return { outcomes: [{ member, ok: true, value }], committed: true };
    } catch (error) {
      await this.abandon(writer, runner);
      return notCommitted([{ member, ok: false, value: error }]);
    }
  }

  /** Rolls back whatever is still open and leaves TypeORM's runner ready for the next batch. */
  private async abandon(writer: DataSource, runner: SqliteQueryRunner): Promise<void> {
    if (inTransaction(writer)) await runner.query('ROLLBACK').catch(() => undefined);
    resetTransactionState(runner);
  }

  /**
   * The write connection: the same database file, entities and pragmas as the shared connection, which has
   * already applied the migrations, except `synchronous=NORMAL` (in WAL mode; the WAL is synced after each commit
   * from the thread pool instead, see the class comment). Opened once, on first use.
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
        if (file !== ':memory:' && (await journalMode(writer)) === 'wal') {
          // Only in WAL mode: with a rollback journal NORMAL would skip syncs that no later sync of ours replaces.
          const walFile = new WalFile(`${file}-wal`);
          this.walFile = walFile;
          this.durable = new WalSyncQueue(() => walFile.sync());
          await writer.query('PRAGMA synchronous = NORMAL');
        }
        return writer;
      });
    return this.writer;
  }

  private isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }
}

interface BatchResult {
  outcomes: Outcome[];
  /** The batch's `COMMIT` returned: its outcomes wait for the WAL sync. */
  committed: boolean;
}

function notCommitted(outcomes: Outcome[]): BatchResult {
  return { outcomes, committed: false };
}

/** Refusal of every write once a WAL sync failed (see WalSyncQueue): the instance needs a restart. */
function writesStopped(): ServiceUnavailableException {
  return new ServiceUnavailableException(
    'Writes are stopped: the write-ahead log could not be synced to disk. Restart the server.',
  );
}

async function journalMode(writer: DataSource): Promise<string> {
  const [row] = (await writer.query('PRAGMA journal_mode')) as { journal_mode: string }[];
  return String(row?.journal_mode ?? '').toLowerCase();
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
