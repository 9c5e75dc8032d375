import type {
  ComparisonSide,
  ReportingChanges,
  ReportingDate,
  ReportingDevelopment,
  ReportingReport,
  SnapshotMeasure,
} from '@leitbild-monitor/shared/contracts';
import { ChangesCollector } from '../lib/reporting-changes';
import { FrozenMeasure, ReportCollector } from '../lib/reporting-figures';
import { compareIndicatorStates, FrozenIndicator, indicatorFields } from '../lib/reporting-indicators';

// The service builds reports and comparisons from pages of a snapshot; the specs state the rules on whole states,
// fed through the same collectors with no limit.

/** What changed from `fromMeasures` to `toMeasures`, every list whole (see ChangesCollector for what each holds). */
export function compareStates(
  from: ComparisonSide,
  fromMeasures: readonly SnapshotMeasure[],
  to: ComparisonSide,
  toMeasures: readonly SnapshotMeasure[],
  indicators: { from: readonly FrozenIndicator[]; to: readonly FrozenIndicator[] } = { from: [], to: [] },
): ReportingChanges {
  const after = new Map(toMeasures.map((measure) => [measure.measureId, measure]));
  const collector = new ChangesCollector(Infinity);
  const before = new Map(fromMeasures.map((measure) => [measure.measureId, measure]));
  for (const measure of toMeasures) collector.pair(before.get(measure.measureId), measure);
  for (const measure of fromMeasures) if (!after.has(measure.measureId)) collector.removedMeasure(measure);
  return collector.changes(from, to, compareIndicatorStates(indicators.from, indicators.to));
}

/**
 * The report of one reporting date from its whole snapshot, every list whole: figures over all measures and per
 * field of action (fields in their order at the time; only fields that had measures), the overdue measures
 * (earliest planned end first), the given changes and the indicators per field of action.
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
  const collector = new ReportCollector(Infinity);
  for (const measure of measures) collector.add(measure);
  const overdue = collector.overdue();
  return {
    reportingDate,
    summary: collector.summary(),
    fieldsOfAction: collector.fieldsOfAction(),
    changes,
    overdue,
    indicators: indicatorFields(indicators),
    development,
    councilPapers,
    listTotals: { overdue: overdue.length, councilPapers: councilPapers.length },
    generatedAt,
  };
}
