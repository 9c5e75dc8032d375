import { type FileHandle, open, stat } from 'node:fs/promises';

/**
 * The write-ahead log file of an SQLite database, synced to disk from libuv's thread pool: `fdatasync` on a
 * descriptor of its own, so the event loop never waits for the disk.
 *
 * The descriptor is opened on first use and kept. SQLite deletes the WAL file only when the last connection closes
 * (after checkpointing all of it into the database file, which it syncs), and creates a new one at the next open; a
 * descriptor kept across that would sync a file no one writes to any more. So each sync also looks up which file
 * the name refers to now (`stat`, in parallel with the sync) and, when that is another file than the descriptor's,
 * opens it and syncs again. The descriptor holds its file open, so its inode cannot be reused while we compare.
 *
 * Closing this descriptor drops no lock of SQLite's: it locks the database file and the `-shm` file, never the WAL.
 */
export class WalFile {
  private handle: FileHandle | null = null;
  private identity: FileIdentity | null = null;

  constructor(readonly path: string) {}

  /** Resolves once every frame written to the WAL before the call is on disk; rejects when the disk refused. */
  async sync(): Promise<void> {
    const handle = await this.opened();
    const [, current] = await Promise.all([handle.datasync(), stat(this.path)]);
    if (sameFile(current, this.identity)) return;
    // The name now refers to a file SQLite created after ours was opened: that one holds the commits.
    await this.close();
    await (await this.opened()).datasync();
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    this.identity = null;
    await handle?.close();
  }

  private async opened(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    // A missing WAL file after a commit in WAL mode is an error (ENOENT), not "nothing to sync".
    const handle = await open(this.path, 'r');
    try {
      this.identity = identityOf(await handle.stat());
    } catch (error) {
      await handle.close();
      throw error;
    }
    this.handle = handle;
    return handle;
  }
}

/** Syncs the WAL file of the database at `databasePath` once; nothing to do when it has none (no server open). */
export async function syncWalOf(databasePath: string): Promise<void> {
  const wal = new WalFile(`${databasePath}-wal`);
  try {
    await wal.sync();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  } finally {
    await wal.close();
  }
}

interface FileIdentity {
  dev: number;
  ino: number;
}

function identityOf(stats: FileIdentity): FileIdentity {
  return { dev: stats.dev, ino: stats.ino };
}

function sameFile(stats: FileIdentity, identity: FileIdentity | null): boolean {
  return identity !== null && stats.dev === identity.dev && stats.ino === identity.ino;
}

interface Waiter {
  /** The commits (counted) this waiter needs on disk. */
  through: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Tells when commits are on disk, with one WAL sync for all commits that happened while the previous sync ran.
 *
 * Why an acknowledged write survives a power loss although the `COMMIT` itself did not sync (`synchronous=NORMAL`,
 * WAL mode; https://sqlite.org/wal.html and wal.c):
 * - A `COMMIT` appends the transaction's pages to the WAL file as frames, the last one marked as a commit frame,
 *   each frame with a checksum that chains on the frames before it and the WAL header's salt. When it returns, the
 *   frames are in the page cache, not necessarily on disk.
 * - `fdatasync` of the WAL file, begun after that `COMMIT` returned, puts every frame written before it on disk
 *   (with the file's size). Its success is what a member's answer waits for.
 * - Recovery after a crash reads the WAL from its start and keeps every frame up to the last commit frame whose
 *   chain of checksums is intact. The acknowledged commit's frames and all before them are on disk, so recovery
 *   reaches at least that commit; frames of later, unacknowledged commits may or may not be there (a torn tail is
 *   cut off by the checksums) — only writes no one was told about can be lost.
 * - Frames leave the WAL only through a checkpoint, which under NORMAL (and FULL, as the checkpoint worker runs)
 *   syncs the WAL before it copies frames into the database file and syncs the database file before the WAL may
 *   be started over. SQLite starts the WAL over (new salt, frames written from its beginning) only after such a
 *   complete checkpoint, and syncs the new header before the first new frame, also under NORMAL. So a commit whose
 *   frames were overwritten is in the synced database file, and a sync of ours that runs after the restart syncs
 *   the restarted file, which is the same file (same inode).
 * - A process crash (SIGKILL) loses nothing that `COMMIT` wrote: the page cache belongs to the operating system.
 *
 * What readers see: a commit is visible to the other connections as soon as its `COMMIT` returned, a few
 * milliseconds before it is on disk. A reader is never told that it is durable; the writer's answer waits. After
 * a power loss in those milliseconds a reader may have seen a version of a record that recovery no longer has — as
 * if that write had been rolled back. Every write that depends on what it read commits later, so the sync that
 * acknowledges it covers the earlier commit too (the WAL is one file, synced whole).
 *
 * The write connection runs with `synchronous=NORMAL`, so a `COMMIT` only writes its frames into the WAL file (the
 * operating system's page cache) and returns. `afterCommit()` is called right after it: it resolves once a sync
 * that *started after* that call has completed — `fdatasync` of the WAL file puts every frame written before it
 * began on disk, this commit's included. One sync runs at a time; commits that arrive meanwhile wait for the next
 * one, which covers them all. Waiters are settled in the order they came, so commits are acknowledged in the order
 * they were made.
 *
 * A failed sync stops everything for good (`failure`): the frames it should have written may be lost, yet SQLite
 * already counts their commit, later commits build on them, and after a write-back error Linux may report success
 * to the next `fsync` although the pages never reached the disk. A later sync's success therefore proves nothing
 * about later commits (recovery stops at the first frame that is missing, so they would be lost with it): every
 * waiter, present and future, is refused. Only a restart, whose recovery reads what the disk really holds, gives
 * a state that can be acknowledged again.
 */
export class WalSyncQueue {
  private commits = 0;
  private synced = 0;
  private syncing = false;
  private readonly waiters: Waiter[] = [];
  private failed: { error: unknown } | null = null;

  constructor(private readonly syncWal: () => Promise<void>) {}

  /** Why commits can no longer be acknowledged (the failed sync's error), or null. */
  get failure(): unknown {
    return this.failed ? this.failed.error : null;
  }

  /** Call right after a COMMIT returned: resolves once that commit is on disk. */
  afterCommit(): Promise<void> {
    this.commits++;
    return this.whenDurable();
  }

  /** Resolves once every commit made so far is on disk (at once when no sync is owed). */
  whenDurable(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed.error);
    const through = this.commits;
    if (through <= this.synced) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ through, resolve, reject });
      this.startSync();
    });
  }

  private startSync(): void {
    if (this.syncing || this.failed || this.waiters.length === 0) return;
    this.syncing = true;
    // Every commit counted so far returned before this sync starts: the sync covers them.
    const through = this.commits;
    this.syncWal().then(
      () => {
        this.syncing = false;
        this.synced = through;
        while (this.waiters.length > 0 && this.waiters[0].through <= through) this.waiters.shift()?.resolve();
        this.startSync();
      },
      (error: unknown) => {
        this.syncing = false;
        this.failed = { error };
        for (const waiter of this.waiters.splice(0)) waiter.reject(error);
      },
    );
  }
}
