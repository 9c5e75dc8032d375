import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncWalOf, WalFile, WalSyncQueue } from './wal-sync';

/** A sync whose completion the test decides: each call waits until `finish` or `fail` is called for it. */
function heldSyncs() {
  const calls: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  const sync = () => new Promise<void>((resolve, reject) => calls.push({ resolve, reject }));
  return { sync, calls };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('WalSyncQueue', () => {
  it('resolves a commit only after a sync that started after it has completed', async () => {
    const { sync, calls } = heldSyncs();
    const queue = new WalSyncQueue(sync);
    let done = false;
    const first = queue.afterCommit().then(() => (done = true));
    await turn();
    expect(calls).toHaveLength(1);
    expect(done).toBe(false);

    calls[0].resolve();
    await first;
    expect(done).toBe(true);
  });

  it('covers the commits made during a sync with the next one, and settles them in commit order', async () => {
    const { sync, calls } = heldSyncs();
    const queue = new WalSyncQueue(sync);
    const order: string[] = [];
    const a = queue.afterCommit().then(() => order.push('a'));
    // Committed while the first sync runs: that sync may have begun before these frames were written.
    const b = queue.afterCommit().then(() => order.push('b'));
    const c = queue.afterCommit().then(() => order.push('c'));
    await turn();
    expect(calls).toHaveLength(1);

    calls[0].resolve();
    await a;
    await turn();
    expect(order).toEqual(['a']);
    expect(calls).toHaveLength(2);

    calls[1].resolve();
    await Promise.all([b, c]);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('answers whenDurable at once when no commit waits, else after the commits before it', async () => {
    const { sync, calls } = heldSyncs();
    const queue = new WalSyncQueue(sync);
    await expect(queue.whenDurable()).resolves.toBeUndefined();

    const order: string[] = [];
    const committed = queue.afterCommit().then(() => order.push('commit'));
    const durable = queue.whenDurable().then(() => order.push('durable'));
    await turn();
    expect(order).toEqual([]);
    calls[0].resolve();
    await Promise.all([committed, durable]);
    expect(order).toEqual(['commit', 'durable']);
    expect(calls).toHaveLength(1);
  });

  it('refuses every waiting commit when a sync fails, and every later one', async () => {
    const { sync, calls } = heldSyncs();
    const queue = new WalSyncQueue(sync);
    const first = queue.afterCommit();
    const second = queue.afterCommit();
    await turn();
    calls[0].reject(new Error('EIO: i/o error, fdatasync'));

    await expect(first).rejects.toThrow('EIO');
    await expect(second).rejects.toThrow('EIO');
    await expect(queue.afterCommit()).rejects.toThrow('EIO');
    await expect(queue.whenDurable()).rejects.toThrow('EIO');
    expect(queue.failure).toEqual(new Error('EIO: i/o error, fdatasync'));
    // No sync is tried after the failure: its success would prove nothing.
    expect(calls).toHaveLength(1);
  });
});

describe('WalFile', () => {
  let folder: string;
  let path: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'lbm-wal-file-'));
    path = join(folder, 'db.sqlite-wal');
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** The descriptor the WalFile keeps. */
  const handleOf = (wal: WalFile) => (wal as unknown as { handle: FileHandle | null }).handle;

  it('keeps its descriptor between syncs', async () => {
    writeFileSync(path, 'frames');
    const wal = new WalFile(path);
    await wal.sync();
    const handle = handleOf(wal);
    await wal.sync();
    expect(handleOf(wal)).toBe(handle);
    await wal.close();
  });

  it('syncs the file the name refers to now when the WAL was deleted and created again', async () => {
    writeFileSync(path, 'old frames');
    const wal = new WalFile(path);
    await wal.sync();
    const old = handleOf(wal);
    // What SQLite does when the last connection closes and a new one opens: a new file under the same name.
    renameSync(path, join(folder, 'gone'));
    writeFileSync(path, 'new frames');
    const inode = statSync(path).ino;
    expect((await old?.stat())?.ino).not.toBe(inode);

    await wal.sync();
    const current = handleOf(wal);
    expect(current).not.toBe(old);
    expect((await current?.stat())?.ino).toBe(inode);
    // The old descriptor was closed.
    await expect(old?.stat()).rejects.toThrow(/closed|EBADF/);
    await wal.close();
  });

  it('fails when there is no WAL file to sync', async () => {
    await expect(new WalFile(path).sync()).rejects.toThrow(/ENOENT/);
  });
});

describe('syncWalOf', () => {
  it('syncs a database WAL file once, and does nothing when there is none', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lbm-wal-once-'));
    try {
      const database = join(folder, 'db.sqlite');
      await expect(syncWalOf(database)).resolves.toBeUndefined();
      writeFileSync(`${database}-wal`, 'frames');
      await expect(syncWalOf(database)).resolves.toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
