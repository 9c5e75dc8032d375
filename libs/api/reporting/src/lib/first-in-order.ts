/**
 * Keeps the first `limit` of the items added, in `compare`'s order, and counts every item: a list of a report that
 * prints at most `limit` entries, built from 100,000 measures read page by page without holding them all. With an
 * unlimited `limit` it keeps every item and sorts them once at the end.
 */
export class FirstInOrder<T> {
  private kept: T[] = [];
  /** The last of the first `limit` items found so far; an item after it can never be among the first. */
  private threshold: T | undefined;
  private addedCount = 0;

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** How many items were added, kept or not. */
  get total(): number {
    return this.addedCount;
  }

  add(item: T): void {
    this.addedCount += 1;
    if (this.threshold !== undefined && this.compare(item, this.threshold) >= 0) return;
    this.kept.push(item);
    // Sorting and cutting once twice the limit is reached keeps the work per item constant on average.
    if (this.kept.length >= 2 * this.limit) this.cut();
  }

  /** The kept items in order (at most `limit`). */
  items(): T[] {
    this.cut();
    return this.kept;
  }

  private cut(): void {
    this.kept.sort(this.compare);
    if (this.kept.length >= this.limit) {
      this.kept.length = this.limit;
      this.threshold = this.kept[this.limit - 1];
    }
  }
}
