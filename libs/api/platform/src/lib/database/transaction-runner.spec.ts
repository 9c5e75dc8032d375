import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner';
import { TransactionRunner } from './transaction-runner';
import { WalCheckpointer } from './wal-checkpointer';
import { WalFile } from './wal-sync';

class InvalidNote extends Error {}

describe('TransactionRunner on SQLite (group commit)', () => {
  let folder: string;
  let file: string;
  let dataSource: DataSource;
  let runner: TransactionRunner;
  let observer: Database.Database;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lbm-group-commit-'));
    file = join(folder, 'db.sqlite');
    dataSource = new DataSource({ type: 'better-sqlite3', database: file, enableWAL: true });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE note (name TEXT PRIMARY KEY, value INTEGER NOT NULL)');
    runner = new TransactionRunner(dataSource);
    await runner.onModuleInit();
    // A second connection, as another process would see the file: only committed rows.
    observer = new Database(file, { readonly: true });
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    observer.close();
    await runner.onApplicationShutdown();
    await dataSource.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  const insert = (manager: EntityManager, name: string) =>
    manager.query('INSERT INTO note (name, value) VALUES (?, ?)', [name, 1]);
  const committed = () =>
    (observer.prepare('SELECT name FROM note ORDER BY name').all() as { name: string }[]).map((row) => row.name);
  const write = (name: string) =>
    runner.run(async (manager) => {
      await insert(manager, name);
      return name;
    });
  /** Transactions begun: all of them run on the runner's write connection. */
  const countBegins = () => jest.spyOn(BetterSqlite3QueryRunner.prototype, 'startTransaction');
  const failAfterWriting = (name: string) =>
    runner.run(async (manager) => {
      await insert(manager, name);
      throw new InvalidNote(`${name} is invalid`);
    });

  it('commits concurrent writes in one transaction, without the one that fails in the middle', async () => {
    const begins = countBegins();
    const results = await Promise.allSettled([write('a'), write('b'), failAfterWriting('c'), write('d'), write('e')]);

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidNote);
    expect(committed()).toEqual(['a', 'b', 'd', 'e']);
    expect(begins).toHaveBeenCalledTimes(1);
  });

  it('answers each request only after its batch is committed', async () => {
    const seenAtAnswer = await Promise.all(
      ['a', 'b', 'c'].map((name) => write(name).then((written) => committed().includes(written))),
    );
    expect(seenAtAnswer).toEqual([true, true, true]);
  });

  it('keeps the members between two failures, also when a failing member used savepoints of its own', async () => {
    const results = await Promise.allSettled([
      write('a'),
      failAfterWriting('b'),
      write('c'),
      runner.run(async (manager) => {
        await manager.transaction((nested) => insert(nested, 'd'));
        await manager
          .transaction(async (nested) => {
            await insert(nested, 'd2');
            throw new InvalidNote('inner');
          })
          .catch(() => undefined);
        throw new InvalidNote('after a savepoint');
      }),
      write('e'),
      failAfterWriting('f'),
      write('g'),
    ]);

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(committed()).toEqual(['a', 'c', 'e', 'g']);
  });

  it('puts what arrives while a batch runs into the next batch', async () => {
    const begins = countBegins();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = runner.run(async (manager) => {
      await insert(manager, 'slow');
      await gate;
      return 'slow';
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const later = [write('x'), write('y')];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(committed()).toEqual([]);
    release();

    expect(await Promise.all([slow, ...later])).toEqual(['slow', 'x', 'y']);
    expect(committed()).toEqual(['slow', 'x', 'y']);
    expect(begins).toHaveBeenCalledTimes(2);
  });

  it('refuses the members of a transaction SQLite ended itself, and runs the ones after it in the next batch', async () => {
    const results = await Promise.allSettled([
      write('a'),
      runner.run(async (manager) => {
        // What SQLite does on a full disk or an I/O error: the whole transaction is rolled back.
        await manager.query('ROLLBACK');
        throw new Error('disk I/O error');
      }),
      write('c'),
    ]);

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(committed()).toEqual(['c']);
    await write('d');
    expect(committed()).toEqual(['c', 'd']);
  });

  it('refuses every member when the commit fails, and goes on with the next batch', async () => {
    const commit = jest
      .spyOn(BetterSqlite3QueryRunner.prototype, 'commitTransaction')
      .mockImplementationOnce(() => Promise.reject(new Error('database is locked')));
    const results = await Promise.allSettled([write('a'), failAfterWriting('b')]);
    commit.mockRestore();

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toEqual(new Error('database is locked'));
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidNote);
    expect(committed()).toEqual([]);
    await write('c');
    expect(committed()).toEqual(['c']);
  });

  it('lets readers of the shared connection see committed rows only, while a transaction is open', async () => {
    await write('before');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written: () => void = () => undefined;
    const insideWritten = new Promise<void>((resolve) => (written = resolve));
    const open = runner.run(async (manager) => {
      await insert(manager, 'uncommitted');
      written();
      await gate;
    });
    await insideWritten;

    // What a request reads between two slices of an import: the state before the transaction, not its rows.
    expect(await dataSource.query('SELECT name FROM note ORDER BY name')).toEqual([{ name: 'before' }]);
    release();
    await open;
    expect(await dataSource.query('SELECT name FROM note ORDER BY name')).toEqual([
      { name: 'before' },
      { name: 'uncommitted' },
    ]);
  });

  it('refuses at once a write that bypasses the runner', async () => {
    await expect(dataSource.query('INSERT INTO note (name, value) VALUES (?, ?)', ['bypass', 1])).rejects.toThrow(
      /readonly/,
    );
    expect(committed()).toEqual([]);
  });

  it('runs long work alone: rolled back whole when it throws, with the writes queued around it committed', async () => {
    const begins = countBegins();
    const longWork = () =>
      runner.runAlone(async (manager) => {
        for (const name of ['x1', 'x2', 'x3']) await insert(manager, name);
        throw new InvalidNote('a dry run ends here');
      });
    const results = await Promise.allSettled([write('a'), longWork(), write('b'), write('c')]);

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(committed()).toEqual(['a', 'b', 'c']);
    // One transaction before it, its own, and one after it: no other request's work shared it.
    expect(begins).toHaveBeenCalledTimes(3);
  });

  /** Holds every WAL sync until the test lets it finish (or fail); counts them. */
  const holdWalSyncs = () => {
    const syncs: { resolve: () => void; reject: (error: unknown) => void }[] = [];
    const original = WalFile.prototype.sync;
    const spy = jest.spyOn(WalFile.prototype, 'sync').mockImplementation(function (this: WalFile) {
      return new Promise<void>((resolve, reject) => syncs.push({ resolve, reject })).then(() => original.call(this));
    });
    return { syncs, spy };
  };
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
  };
  const settledYet = (promise: Promise<unknown>) => {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    return () => settled;
  };

  it('commits with synchronous=NORMAL and answers only once the WAL sync after the commit has completed', async () => {
    const writer = await (runner as unknown as { writer: Promise<DataSource> }).writer;
    // 1 = NORMAL: the commit does not wait for the disk; the sync from the thread pool does.
    expect(await writer.query('PRAGMA synchronous')).toEqual([{ synchronous: 1 }]);
    const { syncs } = holdWalSyncs();

    const answer = write('a');
    const answered = settledYet(answer);
    await until(() => syncs.length === 1);
    // Committed and visible to readers, but not answered while its sync has not completed.
    expect(committed()).toEqual(['a']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered()).toBe(false);

    syncs[0].resolve();
    expect(await answer).toBe('a');
  });

  it('refuses every member of a batch whose WAL sync fails, and every write after it', async () => {
    const { syncs } = holdWalSyncs();
    const batch = Promise.allSettled([write('a'), failAfterWriting('b'), write('c')]);
    await until(() => syncs.length === 1);
    const queued = write('d');
    syncs[0].reject(new Error('EIO: i/o error, fdatasync'));
    const results = await batch;

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toEqual(new Error('EIO: i/o error, fdatasync'));
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidNote);
    expect((results[2] as PromiseRejectedResult).reason).toEqual(new Error('EIO: i/o error, fdatasync'));
    // The next batch had started; once the sync failed no write is acknowledged (nor run) until a restart.
    await expect(queued).rejects.toThrow(/write-ahead log could not be synced|EIO/);
    await expect(write('e')).rejects.toThrow(/Restart the server/);
    expect(runner.writeFailure).toEqual(new Error('EIO: i/o error, fdatasync'));
    expect(committed()).not.toContain('e');
  });

  it('runs the next batch while the previous one is synced, and answers the batches in commit order', async () => {
    const begins = countBegins();
    const { syncs } = holdWalSyncs();
    const order: string[] = [];
    const track = (promise: Promise<string>) => promise.then((name) => order.push(name));

    const first = [track(write('a')), track(write('b'))];
    await until(() => syncs.length === 1);
    // The second batch commits while the first one's sync is still held.
    const second = [track(write('c')), track(write('d'))];
    await until(() => committed().length === 4);
    expect(begins).toHaveBeenCalledTimes(2);
    expect(order).toEqual([]);
    // One sync at a time: the second batch waits for a sync that starts after the first one ends.
    expect(syncs).toHaveLength(1);

    syncs[0].resolve();
    await Promise.all(first);
    await until(() => syncs.length === 2);
    expect(order).toEqual(['a', 'b']);
    syncs[1].resolve();
    await Promise.all(second);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('commits long work alone, and a worker thread checkpoints the WAL instead of the commit', async () => {
    const fileSize = () => statSync(file).size;
    const before = fileSize();
    await runner.runAlone(async (manager) => {
      for (let index = 0; index < 2000; index++) await insert(manager, `n${String(index).padStart(4, '0')}`);
    });
    expect(committed()).toHaveLength(2000);
    const writer = await (runner as unknown as { writer: Promise<DataSource> }).writer;
    expect(await writer.query('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 0 }]);
    await (runner as unknown as { checkpointer: { whenIdle(): Promise<void> } }).checkpointer.whenIdle();
    // The pages the commit left in the WAL have been copied into the database file.
    expect(fileSize()).toBeGreaterThan(before + 10 * 4096);
  });

  it('holds the next batch while the checkpointer catches up on a WAL past its mark, and writes it afterwards', async () => {
    await write('first');
    let caughtUp: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const catchingUp = new Promise<void>((resolve) => (entered = resolve));
    const catchUp = jest.spyOn(WalCheckpointer.prototype, 'catchUp').mockImplementation(() => {
      entered();
      return new Promise<void>((resolve) => (caughtUp = resolve));
    });
    const wants = jest.spyOn(WalCheckpointer.prototype, 'wantsRestart', 'get').mockReturnValue(true);
    const held = write('held');
    await catchingUp;
    expect(catchUp).toHaveBeenCalledTimes(1);
    expect(committed()).toEqual(['first']);
    wants.mockReturnValue(false);
    caughtUp();
    await held;
    expect(committed()).toEqual(['first', 'held']);
  });
});
