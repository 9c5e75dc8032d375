import type {
  MeasureStatus,
  ReportingFieldOfAction,
  ReportingFigures,
  SnapshotMeasure,
} from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { countsTowardsProgress, roundedMean } from '@leitbild-monitor/shared/domain';
import { FirstInOrder } from './first-in-order';
import { compareMeasures } from './reporting-changes';

/** What the figures need of a measure. */
type Counted = Pick<SnapshotMeasure, 'status' | 'progress' | 'overdue'>;

/** A snapshot row as the service reads it: the contract's measure plus the field's place in the Leitbild. */
export interface FrozenMeasure extends SnapshotMeasure {
  fieldOfActionPosition: number;
}

export function toSnapshotMeasure(measure: FrozenMeasure): SnapshotMeasure {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { fieldOfActionPosition, ...rest } = measure;
  return rest;
}

/**
 * Count per status, mean progress by the summary's rule (shared domain lib), overdue count — kept as running sums,
 * so the figures of 100,000 measures need no list of them.
 */
export class FiguresTally {
  private readonly byStatus = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<
    MeasureStatus,
    number
  >;
  private total = 0;
  private overdue = 0;
  private progressSum = 0;
  private progressBasis = 0;

  add(measure: Counted): void {
    this.total += 1;
    this.byStatus[measure.status] += 1;
    if (measure.overdue) this.overdue += 1;
    if (countsTowardsProgress(measure)) {
      this.progressSum += measure.progress ?? 0;
      this.progressBasis += 1;
    }
  }

  figures(): ReportingFigures {
    return {
      total: this.total,
      byStatus: { ...this.byStatus },
      meanProgress: roundedMean(this.progressSum, this.progressBasis),
      progressBasis: this.progressBasis,
      overdue: this.overdue,
    };
  }
}

/** Count per status, mean progress by the summary's rule (shared domain lib), overdue count. */
export function figuresOf(measures: readonly Counted[]): ReportingFigures {
  const tally = new FiguresTally();
  for (const measure of measures) tally.add(measure);
  return tally.figures();
}

/** Overdue measures: earliest planned end first, then in the lists' order. */
export function compareOverdue(a: SnapshotMeasure, b: SnapshotMeasure): number {
  return (a.plannedEnd ?? '').localeCompare(b.plannedEnd ?? '') || compareMeasures(a, b);
}

/**
 * The figures and lists of one state of the measures, collected measure by measure: the figures over all measures
 * and per field of action, each field's measures and the overdue ones, each list cut to `limit` (the request's for the
 * JSON report, `REPORT_LIST_LIMITS.printed` for the PDF), so a report can be built from pages of a snapshot.
 */
export class ReportCollector {
  private readonly all = new FiguresTally();
  private readonly fields = new Map<
    string,
    { name: string; position: number; tally: FiguresTally; measures: FirstInOrder<SnapshotMeasure> }
  >();
  private readonly overdueMeasures: FirstInOrder<SnapshotMeasure>;

  constructor(private readonly limit: number) {
    this.overdueMeasures = new FirstInOrder(limit, compareOverdue);
  }

  add(frozen: FrozenMeasure): void {
    const { fieldOfActionPosition, ...measure } = frozen;
    let field = this.fields.get(measure.fieldOfActionId);
    if (!field) {
      field = {
        name: measure.fieldOfActionName,
        position: fieldOfActionPosition,
        tally: new FiguresTally(),
        measures: new FirstInOrder(this.limit, compareMeasures),
      };
      this.fields.set(measure.fieldOfActionId, field);
    }
    this.all.add(measure);
    field.tally.add(measure);
    field.measures.add(measure);
    if (measure.overdue) this.overdueMeasures.add(measure);
  }

  summary(): ReportingFigures {
    return this.all.figures();
  }

  /** The fields in their order at the time (only fields that had measures, since a snapshot knows no others). */
  fieldsOfAction(): ReportingFieldOfAction[] {
    return [...this.fields.entries()]
      .sort(([, a], [, b]) => a.position - b.position || a.name.localeCompare(b.name, 'de'))
      .map(([fieldOfActionId, field]) => ({
        fieldOfActionId,
        name: field.name,
        ...field.tally.figures(),
        measures: field.measures.items(),
      }));
  }

  overdue(): SnapshotMeasure[] {
    return this.overdueMeasures.items();
  }

  get overdueTotal(): number {
    return this.overdueMeasures.total;
  }
}
