import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { databaseOptions, SQLITE_CACHE_KIB } from './database-options';
import { TransactionRunner } from './transaction-runner';

describe('databaseOptions on SQLite', () => {
  let folder: string;
  let dataSource: DataSource;
  let runner: TransactionRunner;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lbm-database-options-'));
    dataSource = new DataSource(databaseOptions({ type: 'sqlite', path: join(folder, 'db.sqlite') }, [], []));
    await dataSource.initialize();
    runner = new TransactionRunner(dataSource);
    await runner.onModuleInit();
  });

  afterEach(async () => {
    await runner.onApplicationShutdown();
    await dataSource.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('bounds the page cache of the read and the write connection (better-sqlite3 builds SQLite with 16 MB)', async () => {
    expect(SQLITE_CACHE_KIB).toBeLessThan(16_000);
    expect(await dataSource.query('PRAGMA cache_size')).toEqual([{ cache_size: -SQLITE_CACHE_KIB }]);

    const writer = await runner.run((manager) => manager.query('PRAGMA cache_size'));
    expect(writer).toEqual([{ cache_size: -SQLITE_CACHE_KIB }]);
  });

  it('keeps statement and savepoint journals in memory on both connections', async () => {
    // 2 = MEMORY (a journal written to /var/tmp page by page made every write to a measure a third slower).
    expect(await dataSource.query('PRAGMA temp_store')).toEqual([{ temp_store: 2 }]);
    expect(await runner.run((manager) => manager.query('PRAGMA temp_store'))).toEqual([{ temp_store: 2 }]);
  });

  it('keeps every commit of the shared connection durable (WAL, synchronous=FULL)', async () => {
    expect(await dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await dataSource.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
  });
});
