import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WalCheckpointer } from './wal-checkpointer';

/** A small mark, so that a few dozen batches pass it. */
const RESTART_FRAMES = 64;

describe('WalCheckpointer', () => {
  let folder: string;
  let file: string;
  let writer: Database.Database;
  let checkpointer: WalCheckpointer;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'lbm-checkpoint-'));
    file = join(folder, 'db.sqlite');
    writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    // As the transaction runner's write connection: no checkpoint inside COMMIT, the worker does them.
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    checkpointer = new WalCheckpointer(file, RESTART_FRAMES);
  });

  afterEach(async () => {
    await checkpointer.close();
    writer.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Batches of four rows of about 2 KB each, one transaction each (about four frames). */
  function writeBatches(count: number): void {
    const insert = writer.prepare('INSERT INTO note (body) VALUES (?)');
    for (let batch = 0; batch < count; batch++) {
      writer.transaction(() => {
        for (let row = 0; row < 4; row++) insert.run(`${batch}:${row}:`.padEnd(2000, 'x'));
      })();
    }
  }

  /** A checkpoint of the worker, awaited. */
  async function checkpoint(): Promise<void> {
    checkpointer.afterCommit(true);
    await checkpointer.whenIdle();
  }

  /**
   * The state sustained writes leave (a checkpoint ran, and frames were added while it ran), made without a race:
   * a reader's snapshot stops the checkpoint partway. SQLite starts the WAL over at a write only when every frame
   * has been copied, so the next write does not.
   */
  async function framesBehindTheLastCheckpoint(): Promise<void> {
    writeBatches(20);
    const reader = new Database(file, { readonly: true });
    const rows = reader.prepare('SELECT id FROM note').iterate();
    rows.next();
    writeBatches(30);
    await checkpoint();
    // Past the mark, the preparing checkpoint ran at once; the reader stopped it partway too.
    await checkpointer.whenIdle();
    rows.return?.();
    reader.close();
  }

  /** Frames in the WAL now (a checkpoint of a connection of the test's own reports them). */
  function walFrames(): number {
    const probe = new Database(file);
    try {
      return (probe.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0].log;
    } finally {
      probe.close();
    }
  }

  it('asks for no pause while the WAL is below the mark', async () => {
    writeBatches(5);
    await checkpoint();
    expect(checkpointer.wantsRestart).toBe(false);
  });

  it('past the mark, runs one more checkpoint at once while the writes go on, and asks for the pause after it', async () => {
    writeBatches(40);
    await checkpoint();
    expect(checkpointer.wantsRestart).toBe(false);
    await checkpointer.whenIdle();
    expect(checkpointer.wantsRestart).toBe(true);
  });

  it('without a pause, the WAL goes on growing as long as frames follow every checkpoint', async () => {
    await framesBehindTheLastCheckpoint();
    expect(checkpointer.wantsRestart).toBe(true);
    writeBatches(1);
    expect(walFrames()).toBeGreaterThan(200);
  });

  it('after a catch-up with the writes held, the next write starts the WAL over', async () => {
    await framesBehindTheLastCheckpoint();
    expect(checkpointer.wantsRestart).toBe(true);
    await checkpointer.catchUp();
    expect(checkpointer.wantsRestart).toBe(false);
    writeBatches(1);
    expect(walFrames()).toBeLessThan(20);
  });

  it('lets the writes go on when a reader still needs the WAL, and tries again only once it has grown further', async () => {
    writeBatches(40);
    // A reader in the middle of a long read (an export) holds its snapshot: the frames after it cannot be copied.
    const reader = new Database(file, { readonly: true });
    const rows = reader.prepare('SELECT id FROM note').iterate();
    rows.next();
    try {
      writeBatches(40);
      await checkpoint();
      await checkpointer.whenIdle();
      expect(checkpointer.wantsRestart).toBe(true);
      await checkpointer.catchUp();
      expect(checkpointer.wantsRestart).toBe(false);
      writeBatches(RESTART_FRAMES / 2);
      await checkpoint();
      await checkpointer.whenIdle();
      expect(checkpointer.wantsRestart).toBe(true);
    } finally {
      rows.return?.();
      reader.close();
    }
  });
});
