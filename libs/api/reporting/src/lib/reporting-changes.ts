import type {
  ComparisonSide,
  ProgressChange,
  ReportingChangeTotals,
  ReportingChanges,
  SnapshotMeasure,
  StatusChange,
} from '@leitbild-monitor/shared/contracts';
import { FirstInOrder } from './first-in-order';

/** German collation, so "Ämter" sorts with "A" and not after "Z". */
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Order of measures in lists: by field of action, then title, then id (stable for equal titles). */
export function compareMeasures(a: SnapshotMeasure, b: SnapshotMeasure): number {
  return (
    collator.compare(a.fieldOfActionName, b.fieldOfActionName) ||
    collator.compare(a.title, b.title) ||
    (a.measureId < b.measureId ? -1 : a.measureId > b.measureId ? 1 : 0)
  );
}

/** What a comparison needs of a measure's earlier state when the measure still exists. */
export type MeasureState = Pick<SnapshotMeasure, 'status' | 'progress' | 'overdue'>;

/**
 * What changed from one state of the measures (the earlier) to another (the later), fed pair by pair (a measure as it
 * was and as it is, either missing where it did not exist); each list in the lists' order and cut to `limit`:
 * - added: measures the later state has and the earlier did not;
 * - removed: measures the earlier state had and the later no longer has (as they were then);
 * - statusChanges / progressChanges: measures in both whose status / progress differs (unknown progress, null,
 *   counts as a value of its own: 40 → null is a change);
 * - newlyOverdue: measures overdue in the later state that were not overdue in the earlier, added measures included —
 *   each side judged as of its own date, so a planned end that has passed in between makes a measure newly overdue
 *   without any edit.
 * Measures in `statusChanges`, `progressChanges` and `newlyOverdue` are given as they are in the later state. The
 * indicators' new values and changed states come from `compareIndicatorStates`.
 */
export class ChangesCollector {
  private readonly added: FirstInOrder<SnapshotMeasure>;
  private readonly removed: FirstInOrder<SnapshotMeasure>;
  private readonly statusChanges: FirstInOrder<StatusChange>;
  private readonly progressChanges: FirstInOrder<ProgressChange>;
  private readonly newlyOverdue: FirstInOrder<SnapshotMeasure>;

  constructor(limit: number) {
    const byMeasure = (a: { measure: SnapshotMeasure }, b: { measure: SnapshotMeasure }) =>
      compareMeasures(a.measure, b.measure);
    this.added = new FirstInOrder(limit, compareMeasures);
    this.removed = new FirstInOrder(limit, compareMeasures);
    this.statusChanges = new FirstInOrder<StatusChange>(limit, byMeasure);
    this.progressChanges = new FirstInOrder<ProgressChange>(limit, byMeasure);
    this.newlyOverdue = new FirstInOrder(limit, compareMeasures);
  }

  /** A measure as it is now (`later`) and, unless it is new, the state it had then. */
  pair(earlier: MeasureState | undefined, later: SnapshotMeasure): void {
    if (!earlier) this.added.add(later);
    else {
      if (earlier.status !== later.status) {
        this.statusChanges.add({ measure: later, from: earlier.status, to: later.status });
      }
      // Unknown progress (null) counts as a value of its own: 40 → null is a change.
      if (earlier.progress !== later.progress) {
        this.progressChanges.add({ measure: later, from: earlier.progress, to: later.progress });
      }
    }
    if (later.overdue && !earlier?.overdue) this.newlyOverdue.add(later);
  }

  /** A measure the earlier state had and the later one no longer has. */
  removedMeasure(earlier: SnapshotMeasure): void {
    this.removed.add(earlier);
  }

  changes(
    from: ComparisonSide,
    to: ComparisonSide,
    indicatorChanges: Pick<ReportingChanges, 'newIndicatorValues' | 'indicatorStateChanges'>,
  ): ReportingChanges {
    return {
      from,
      to,
      added: this.added.items(),
      removed: this.removed.items(),
      statusChanges: this.statusChanges.items(),
      progressChanges: this.progressChanges.items(),
      newlyOverdue: this.newlyOverdue.items(),
      totals: this.totals(),
      ...indicatorChanges,
    };
  }

  totals(): ReportingChangeTotals {
    return {
      added: this.added.total,
      removed: this.removed.total,
      statusChanges: this.statusChanges.total,
      progressChanges: this.progressChanges.total,
      newlyOverdue: this.newlyOverdue.total,
    };
  }
}
