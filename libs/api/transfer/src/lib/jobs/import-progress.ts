import { setImmediate as nextTurn } from 'node:timers/promises';

/** How many rows of how many an import has checked (or written); reported as it goes. */
export interface ImportProgress {
  rowsDone: number;
  rowsTotal: number;
}

export type ImportProgressListener = (progress: ImportProgress) => void;

/**
 * How long an import keeps the event loop at least before it lets other requests in. A static file takes several
 * turns of the loop (stat, open, read, close), each one waiting for a slice: with 15 ms slices its p99 during an
 * import of 20,000 rows was 350 ms, with 5 ms 150–190 ms (load average 5–7), at no measurable cost to the import.
 */
export const IMPORT_SLICE_MS = 5;

/**
 * The longest slice. When other requests keep the server busy, the import's next slice lasts as long as their work
 * took while it waited (an even share of the thread), up to this. With fixed 5 ms slices, ten readers that ask again
 * as soon as they are answered took half of the thread or more, and an import of 20,000 rows took twice as long as
 * on its own, while their p99 was 35 ms, far below the 250 ms allowed (docs/performance.md). Two to one made the
 * import about 5 % faster in a few runs; whether it lengthens a static file's wait (several turns of the loop, each
 * waiting for a slice) was not separated from the machine's changing speed, so the share stays even.
 */
export const IMPORT_SLICE_MAX_MS = 15;

/**
 * Splits an import's work into slices that give the event loop back between them.
 *
 * With SQLite every query of an import is answered synchronously by better-sqlite3, so the `await`s between
 * them only wait for microtasks: without a real yield an import of 20,000 rows is one uninterrupted turn of the
 * event loop, and the server answers nothing else — not the health check, not a static file — until it ends.
 * `step` is called after every row; once a slice's time is used up it reports the progress and waits for
 * `setImmediate`, which runs after the event loop has served the requests (and their I/O) that came in meanwhile.
 * The next slice then lasts as long as that took (at least `sliceMs`, at most `maxSliceMs`): alone, the import
 * yields every 5 ms; among busy readers, it gets about half of the thread instead of what is left over.
 * The transaction stays open across the slices: the import is still all-or-nothing.
 */
export class ImportSlicer {
  private sliceStart: number;
  /** This slice's length: what the others took during the last yield, within sliceMs..maxSliceMs. */
  private sliceLength: number;

  constructor(
    readonly rowsTotal: number,
    private readonly listener: ImportProgressListener = () => undefined,
    private readonly sliceMs = IMPORT_SLICE_MS,
    private readonly now: () => number = () => performance.now(),
    private readonly maxSliceMs = Math.max(sliceMs, IMPORT_SLICE_MAX_MS),
  ) {
    this.sliceStart = this.now();
    this.sliceLength = sliceMs;
  }

  /** After row `rowsDone` of `rowsTotal`: yields (and reports) once the current slice has taken its time. */
  async step(rowsDone: number): Promise<void> {
    if (this.now() - this.sliceStart < this.sliceLength) return;
    this.listener({ rowsDone, rowsTotal: this.rowsTotal });
    const yielded = this.now();
    await nextTurn();
    this.sliceStart = this.now();
    this.sliceLength = Math.min(this.maxSliceMs, Math.max(this.sliceMs, this.sliceStart - yielded));
  }

  /** The last report: every row done. */
  finish(): void {
    this.listener({ rowsDone: this.rowsTotal, rowsTotal: this.rowsTotal });
  }
}
