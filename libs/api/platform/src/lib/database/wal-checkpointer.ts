import { Logger } from '@nestjs/common';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SQLITE_CACHE_KIB } from './database-options';

/** How often at most the checkpointer copies the WAL back into the database file while writes go on. */
export const CHECKPOINT_INTERVAL_MS = 1000;

/**
 * Frames in the WAL (pages of 4 KiB: 128 MB) from which the writes pause for one checkpoint, so that it copies every
 * frame and the next commit starts the WAL file from its beginning again (see `WalCheckpointer.wantsRestart`). Each
 * pause lasted 10–46 ms at 1,000 `PATCH`es per second; at 8,192 frames one came every second and held about a tenth
 * of the writes (those arriving during it and those queued behind them), enough to move their p95. At this mark it
 * comes every three to four seconds, and the WAL stays below about 170 MB.
 */
export const WAL_RESTART_FRAMES = 32768;

/**
 * The worker: a connection of its own to the database file that runs a PASSIVE checkpoint whenever asked (it
 * copies what the WAL holds into the database file, waiting for no reader and no writer) and answers with
 * SQLite's figures. Plain JavaScript evaluated in the worker, so it needs no entry point of its own in the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(require.resolve('better-sqlite3', { paths: workerData.searchFrom }));
const db = new Database(workerData.file, { timeout: 5000 });
db.pragma('synchronous = FULL');
db.pragma('cache_size = -' + workerData.cacheKib);
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, frames: row.log, copied: row.checkpointed });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error) });
  }
});
`;

interface CheckpointAnswer {
  ok: boolean;
  frames?: number;
  copied?: number;
  error?: string;
}

/**
 * SQLite's checkpoints off the event loop. By default the connection that commits also checkpoints, inside its
 * COMMIT, once the WAL has passed 1,000 pages: better-sqlite3 runs that synchronously, so after an import of
 * 20,000 rows the commit held the event loop for 840 ms, and every reader and static file waited. The write
 * connection therefore runs with `wal_autocheckpoint = 0`, and this worker thread checkpoints instead: after a
 * commit, at most once per CHECKPOINT_INTERVAL_MS, and at once after a large one.
 *
 * A checkpoint syncs the WAL before it copies frames into the database file and the database file after, so it
 * also puts on disk commits whose WAL sync (WalSyncQueue) has not completed yet; copying them changes nothing about
 * when they are acknowledged.
 *
 * SQLite writes the WAL from its beginning again only when a write transaction begins after a checkpoint copied
 * every frame. Under sustained writes (the benchmark's 1,000 `PATCH`es per second) each checkpoint finds new frames
 * behind it, so the WAL never started over: it grew by about 35 MB per second, to 1.8 GB beside a 600 MB database
 * within a minute, and every page a reader looked up searched a longer WAL index. So once the WAL holds
 * WAL_RESTART_FRAMES, the transaction runner holds the next batch until one checkpoint (`catchUp`) has copied what
 * the last one left: the frames of about one checkpoint's time of writes.
 */
export class WalCheckpointer {
  private readonly logger = new Logger('WalCheckpointer');
  private readonly worker: Worker;
  private running = false;
  private again = false;
  private lastStarted = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Resolved after each answer (for tests and shutdown). */
  private idle: Promise<void> = Promise.resolve();
  private settle: () => void = () => undefined;
  /** Frames in the WAL at the last checkpoint, and from how many the writes pause for a restart. */
  private frames = 0;
  private restartAt: number;
  private readonly restartFrames: number;
  /** The running checkpoint is `catchUp`'s, with the writes held. */
  private catchingUp = false;
  /**
   * Past the mark: `preparing` while one more checkpoint runs with the writes going on, `ready` once it has copied
   * what was there, so that the pause (`catchUp`) has only the frames written during it left to copy.
   */
  private restartPhase: 'none' | 'preparing' | 'ready' = 'none';

  constructor(
    private readonly file: string,
    restartFrames = WAL_RESTART_FRAMES,
  ) {
    this.restartAt = restartFrames;
    this.restartFrames = restartFrames;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // Where the server's own packages are: beside its script (the build in dist/ inside the installation),
      // else the working directory. Not require.resolve here: the bundler would turn it into a module number.
      workerData: {
        file,
        cacheKib: SQLITE_CACHE_KIB,
        searchFrom: [dirname(process.argv[1] ?? process.cwd()), process.cwd()],
      },
    });
    this.worker.unref();
    this.worker.on('message', (answer: CheckpointAnswer) => this.answered(answer));
    this.worker.on('error', (error) => this.logger.error(`Checkpoint worker failed: ${String(error)}`));
  }

  /** After a commit: a checkpoint now if none ran within the interval, else one when it has passed. */
  afterCommit(large = false): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const wait = large ? 0 : this.lastStarted + CHECKPOINT_INTERVAL_MS - Date.now();
    if (wait <= 0) {
      this.start();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.afterCommit(true);
    }, wait);
    this.timer.unref();
  }

  /**
   * The WAL has grown so far that the writes should pause for `catchUp` before the next batch: past the mark, and a
   * checkpoint that started past it has copied what the WAL held (see `restartPhase`). That preparing checkpoint
   * runs at once, not after the interval, while the writes go on; the pause then copies only what came during it.
   */
  get wantsRestart(): boolean {
    return !this.closed && this.frames >= this.restartAt && this.restartPhase === 'ready';
  }

  /**
   * With the writes held by the caller: waits for the running checkpoint, then runs one that can copy every frame,
   * since none are being added; the next write transaction then starts the WAL over. When a reader's snapshot still
   * needs some frames (an export reading for a while), the writes go on and the restart is tried again once the WAL
   * has grown by WAL_RESTART_FRAMES more, not before every batch. Never rejects.
   */
  async catchUp(): Promise<void> {
    while (this.running) await this.idle;
    if (this.closed) return;
    this.start();
    this.catchingUp = true;
    await this.idle;
  }

  /** Resolves once no checkpoint is running. */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    // Unreferenced, the worker would not keep the process alive while its checkpoint and its exit are awaited: a
    // script that closes the application (the OpenAPI document's) would end here, before it had done its work.
    this.worker.ref();
    await this.idle;
    this.worker.postMessage('close');
    await new Promise<void>((done) => {
      this.worker.once('exit', () => done());
    });
  }

  private start(): void {
    this.running = true;
    this.again = false;
    this.lastStarted = Date.now();
    this.idle = new Promise<void>((done) => (this.settle = done));
    this.worker.postMessage('checkpoint');
  }

  private answered(answer: CheckpointAnswer): void {
    this.running = false;
    const caughtUp = this.catchingUp;
    if (answer.ok) this.noteFrames(answer.frames ?? 0, answer.copied ?? 0, caughtUp);
    else {
      this.logger.warn(`Checkpoint failed (tried again after the next commit): ${answer.error}`);
      // Not a pause before every batch while checkpoints fail: the next one comes once the WAL has grown further.
      if (caughtUp) {
        this.restartAt = this.frames + this.restartFrames;
        this.restartPhase = 'none';
      }
    }
    this.catchingUp = false;
    let prepare = false;
    if (!caughtUp && answer.ok && this.frames >= this.restartAt) {
      prepare = this.restartPhase === 'none';
      this.restartPhase = prepare ? 'preparing' : 'ready';
    }
    const again = this.again;
    this.settle();
    if (prepare && !this.closed) this.start();
    else if (again) this.afterCommit();
  }

  private noteFrames(frames: number, copied: number, heldWrites: boolean): void {
    this.frames = frames;
    if (!heldWrites) return;
    this.restartPhase = 'none';
    if (copied >= frames) {
      // Every frame copied while no write ran: the next write transaction restarts the WAL.
      this.frames = 0;
      this.restartAt = this.restartFrames;
    } else {
      // A reader's snapshot kept some frames: the writes go on, and the restart is tried again further on.
      this.restartAt = frames + this.restartFrames;
    }
  }
}
