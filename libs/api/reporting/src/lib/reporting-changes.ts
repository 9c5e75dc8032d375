import type {
  ComparisonSide,
  ProgressChange,
  ReportingChanges,
  SnapshotMeasure,
  StatusChange,
} from '@leitbild-monitor/shared/contracts';
import { compareIndicatorStates, FrozenIndicator } from './reporting-indicators';

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

/**
 * What changed from one state of the measures (`from`, the earlier) to another (`to`):
 * - added: measures in `to` that `from` did not have;
 * - removed: measures `from` had that `to` no longer has (as they were in `from`);
 * - statusChanges / progressChanges: measures in both whose status / progress differs (unknown progress, null,
 *   counts as a value of its own: 40 → null is a change);
 * - newlyOverdue: measures overdue in `to` that were not overdue in `from`, added measures included — each side
 *   judged as of its own date, so a planned end that has passed in between makes a measure newly overdue without
 *   any edit.
 * Measures in `statusChanges`, `progressChanges` and `newlyOverdue` are given as they are in `to`. The indicators'
 * new values and changed states come from `compareIndicatorStates`.
 */
export function compareStates(
  from: ComparisonSide,
  fromMeasures: readonly SnapshotMeasure[],
  to: ComparisonSide,
  toMeasures: readonly SnapshotMeasure[],
  indicators: { from: readonly FrozenIndicator[]; to: readonly FrozenIndicator[] } = { from: [], to: [] },
): ReportingChanges {
  const before = new Map(fromMeasures.map((measure) => [measure.measureId, measure]));
  const after = new Map(toMeasures.map((measure) => [measure.measureId, measure]));
  const added: SnapshotMeasure[] = [];
  const statusChanges: StatusChange[] = [];
  const progressChanges: ProgressChange[] = [];
  const newlyOverdue: SnapshotMeasure[] = [];
  for (const measure of [...after.values()].sort(compareMeasures)) {
    const earlier = before.get(measure.measureId);
    if (!earlier) added.push(measure);
    else {
      if (earlier.status !== measure.status) statusChanges.push({ measure, from: earlier.status, to: measure.status });
      if (earlier.progress !== measure.progress)
        progressChanges.push({ measure, from: earlier.progress, to: measure.progress });
    }
    if (measure.overdue && !earlier?.overdue) newlyOverdue.push(measure);
  }
  const removed = [...before.values()].filter((measure) => !after.has(measure.measureId)).sort(compareMeasures);
  return {
    from,
    to,
    added,
    removed,
    statusChanges,
    progressChanges,
    newlyOverdue,
    ...compareIndicatorStates(indicators.from, indicators.to),
  };
}
