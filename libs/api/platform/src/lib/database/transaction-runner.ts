import { Global, Injectable, Module } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DataVersion } from './data-version';

/**
 * Runs units of work in a database transaction.
 *
 * With SQLite, TypeORM shares one connection between all requests, so two transactions started concurrently
 * would interleave on it (the second becoming a savepoint inside the first). SQLite admits one writer at a
 * time anyway, so transactions are queued here one after the other; PostgreSQL gets a connection per
 * transaction from its pool and needs no queue.
 */
@Injectable()
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly dataVersion: DataVersion,
  ) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'better-sqlite3') return this.dataSource.transaction(work);
    const result = this.tail.then(() => {
      this.dataVersion.noteTransactionBegins();
      return this.dataSource.transaction(work);
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Transactions and the data version, for every module. */
@Global()
@Module({
  providers: [TransactionRunner, DataVersion],
  exports: [TransactionRunner, DataVersion],
})
export class TransactionModule {}
