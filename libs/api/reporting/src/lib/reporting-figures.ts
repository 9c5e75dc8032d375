import type {
  MeasureStatus,
  ReportingChanges,
  ReportingDate,
  ReportingDevelopment,
  ReportingFieldOfAction,
  ReportingFigures,
  ReportingReport,
  SnapshotMeasure,
} from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { meanProgress } from '@leitbild-monitor/shared/domain';
import { compareMeasures } from './reporting-changes';
import { FrozenIndicator, indicatorFields } from './reporting-indicators';

/** A snapshot row as the service reads it: the contract's measure plus the field's place in the Leitbild. */
export interface FrozenMeasure extends SnapshotMeasure {
  fieldOfActionPosition: number;
}

export function toSnapshotMeasure(measure: FrozenMeasure): SnapshotMeasure {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { fieldOfActionPosition, ...rest } = measure;
  return rest;
}

/** Count per status, mean progress by the summary's rule (shared domain lib), overdue count. */
export function figuresOf(
  measures: readonly Pick<SnapshotMeasure, 'status' | 'progress' | 'overdue'>[],
): ReportingFigures {
  const byStatus = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<MeasureStatus, number>;
  for (const measure of measures) byStatus[measure.status] += 1;
  const progress = meanProgress(measures);
  return {
    total: measures.length,
    byStatus,
    meanProgress: progress.mean,
    progressBasis: progress.basis,
    overdue: measures.filter((measure) => measure.overdue).length,
  };
}

/**
 * The report of one reporting date from its snapshot alone: figures over all measures and per field of action
 * (fields in their order at the time; only fields that had measures, since the snapshot knows no others), the
 * overdue measures (earliest planned end first), the changes since the previous reporting date and the indicators
 * per field of action.
 */
export function buildReport(
  reportingDate: ReportingDate,
  measures: readonly FrozenMeasure[],
  changes: ReportingChanges | null,
  generatedAt: string,
  indicators: readonly FrozenIndicator[] = [],
  development: ReportingDevelopment = { fieldsOfAction: [], points: [] },
  councilPapers: ReportingReport['councilPapers'] = [],
): ReportingReport {
  const fields = new Map<string, { name: string; position: number; measures: SnapshotMeasure[] }>();
  for (const measure of measures) {
    const field = fields.get(measure.fieldOfActionId) ?? {
      name: measure.fieldOfActionName,
      position: measure.fieldOfActionPosition,
      measures: [],
    };
    field.measures.push(toSnapshotMeasure(measure));
    fields.set(measure.fieldOfActionId, field);
  }
  const fieldsOfAction: ReportingFieldOfAction[] = [...fields.entries()]
    .sort(([, a], [, b]) => a.position - b.position || a.name.localeCompare(b.name, 'de'))
    .map(([fieldOfActionId, field]) => ({
      fieldOfActionId,
      name: field.name,
      ...figuresOf(field.measures),
      measures: field.measures.sort(compareMeasures),
    }));
  const overdue = measures
    .filter((measure) => measure.overdue)
    .map(toSnapshotMeasure)
    .sort((a, b) => (a.plannedEnd ?? '').localeCompare(b.plannedEnd ?? '') || compareMeasures(a, b));
  return {
    reportingDate,
    summary: figuresOf(measures),
    fieldsOfAction,
    changes,
    overdue,
    indicators: indicatorFields(indicators),
    development,
    councilPapers,
    generatedAt,
  };
}
