import { ApiProblemException, problem } from '@leitbild-monitor/api/platform';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';

/**
 * First key of the PostgreSQL advisory locks of running imports (the second is a hash of the user's id); the
 * two-key locks are a space of their own, apart from the one-key lock of the start (STARTUP_LOCK_KEY).
 */
export const IMPORT_LOCK_CLASS = 0x4c424d49;

/** TypeORM's PostgreSQL query runner, which can hand its connection back to the pool as broken. */
interface BreakableRunner {
  releasePostgresConnection(error: Error): Promise<void>;
}

const importInProgress = () =>
  new ApiProblemException(
    HttpStatus.TOO_MANY_REQUESTS,
    problem('import_in_progress', null),
    'An import of yours is still running; wait until it has finished, then send the file again',
  );

/**
 * One import per user at a time: an import reads a file of up to 5 MB and runs every row through the rules, so a
 * second one of the same user (a double click, a script in a loop) waits for nothing but is refused with 429.
 *
 * Within an instance a set of the users whose import runs decides. With PostgreSQL, where several instances may
 * serve the same users, each import also holds a session-level advisory lock keyed by its user on a connection of
 * its own for as long as it runs; `pg_try_advisory_lock` does not wait, so an import running on another instance
 * is refused the same way. (The lock's key is a 32-bit hash of the user id: two users whose ids share it, about
 * one pair in four billion, take turns as if they were one.) SQLite is served by one instance only.
 */
@Injectable()
export class ImportLocks {
  private readonly running = new Set<string>();

  constructor(private readonly dataSource: DataSource) {}

  async runExclusive<T>(userId: string, work: () => Promise<T>): Promise<T> {
    if (this.running.has(userId)) throw importInProgress();
    this.running.add(userId);
    let holder: QueryRunner | null = null;
    try {
      holder = await this.lockAcrossInstances(userId);
      return await work();
    } finally {
      this.running.delete(userId);
      if (holder) await this.unlock(holder, userId);
    }
  }

  /** The connection holding the user's advisory lock on PostgreSQL, or null (SQLite); 429 if another holds it. */
  private async lockAcrossInstances(userId: string): Promise<QueryRunner | null> {
    if (this.dataSource.options.type !== 'postgres') return null;
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS locked', [
        IMPORT_LOCK_CLASS,
        userId,
      ]);
      if (!locked) throw importInProgress();
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }

  private async unlock(runner: QueryRunner, userId: string): Promise<void> {
    try {
      await runner.query('SELECT pg_advisory_unlock($1::int, hashtext($2))', [IMPORT_LOCK_CLASS, userId]);
    } catch (error) {
      // A connection that may still hold the lock must not go back to the pool: released with an error, pg's pool
      // closes it (TypeORM's PostgresQueryRunner does so on a connection error; its method is not public).
      await (runner as unknown as BreakableRunner).releasePostgresConnection(error as Error);
      return;
    }
    await runner.release();
  }
}
