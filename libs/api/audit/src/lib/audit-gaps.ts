/** The bounds of a PostgreSQL snapshot: the oldest transaction still running, and the first not yet started. */
export interface SnapshotBounds {
  xmin: bigint;
  xmax: bigint;
}

/** How long a missing id is waited for at least, even once its transaction must have ended (see `rolledBack`). */
export const GAP_GRACE_MS = 1000;

/**
 * Ids the sealer found missing below a committed entry (PostgreSQL): the transaction that took the id from the
 * sequence may still be running (its entry then commits later, under that id) or may have rolled back (the id
 * stays free for good). Which one is decided without knowing that transaction:
 *
 * The id was handed out before the later entry's id, so before the snapshot S that first saw the gap. The writer
 * already had a transaction id then (its entry comes after the change it records, and an INSERT takes its
 * transaction id as it writes the row, right after taking the sequence's next value), so that transaction id is
 * below S's xmax. Once a later snapshot's xmin is at or past S's xmax, every transaction below it has ended: had
 * the entry committed, that snapshot would see it. The grace period covers the instant between the sequence value
 * and the transaction id inside one INSERT. Should an entry still arrive, the skipped entry the sealer inserted
 * under its id makes that INSERT fail on the primary key: nothing is ever sealed over.
 */
export class PendingGaps {
  private readonly seen = new Map<number, { xmax: bigint; at: number }>();

  constructor(private readonly graceMs = GAP_GRACE_MS) {}

  /** Notes the missing id with the snapshot that first saw it missing. */
  observe(id: number, snapshot: SnapshotBounds, now: number): void {
    if (!this.seen.has(id)) this.seen.set(id, { xmax: snapshot.xmax, at: now });
  }

  /** Whether no entry can still be committed under the id (it was observed missing, and that is long enough ago). */
  rolledBack(id: number, snapshot: SnapshotBounds, now: number): boolean {
    const seen = this.seen.get(id);
    return seen !== undefined && snapshot.xmin >= seen.xmax && now - seen.at >= this.graceMs;
  }

  forgetUpTo(id: number): void {
    for (const key of [...this.seen.keys()]) if (key <= id) this.seen.delete(key);
  }

  clear(): void {
    this.seen.clear();
  }

  get size(): number {
    return this.seen.size;
  }
}
