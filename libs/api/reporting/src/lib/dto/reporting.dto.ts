import { IndicatorPointDto, IndicatorStateCountsDto } from '@leitbild-monitor/api/indicators';
import { CouncilPaperDto } from '@leitbild-monitor/api/measures';
import { StatusCountsDto } from '@leitbild-monitor/api/platform';
import type {
  ComparisonSide,
  IndicatorState,
  IndicatorStateChange,
  IndicatorTrend,
  IndicatorValueChange,
  ReportingIndicatorField,
  SnapshotIndicator,
  MeasureStatus,
  ProgressChange,
  ReportingChangeTotals,
  ReportingChanges,
  ReportingCouncilPapers,
  ReportingDate,
  ReportingDevelopment,
  ReportingDevelopmentField,
  ReportingDevelopmentPoint,
  ReportingFieldOfAction,
  ReportingFigures,
  ReportingListTotals,
  ReportingReport,
  SnapshotMeasure,
  StatusChange,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATES, INDICATOR_TRENDS, MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** The answers of the reporting-date endpoints as OpenAPI schemas (the wire types are those of shared/contracts). */
export class ReportingDateDto implements ReportingDate {
  id!: string;
  name!: string;
  /** The date the reporting date stands for, YYYY-MM-DD. */
  date!: string;
  /** When the snapshot was taken (UTC ISO). */
  createdAt!: string;
  /** Name of whoever took it. */
  createdBy!: string;
  measureCount!: number;
}

export class SnapshotMeasureDto implements SnapshotMeasure {
  measureId!: string;
  title!: string;
  fieldOfActionId!: string;
  fieldOfActionName!: string;
  @ApiProperty({ enum: MEASURE_STATUSES })
  status!: MeasureStatus;
  progress!: number | null;
  plannedStart!: string | null;
  plannedEnd!: string | null;
  actualStart!: string | null;
  actualEnd!: string | null;
  leadActorId!: string | null;
  leadActorName!: string | null;
  partnerActorNames!: string[];
  public!: boolean;
  /** Overdue as of the snapshot's reporting date. */
  overdue!: boolean;
}

/** An indicator as frozen: its values dated on or before the reporting date and the state the rule gave them. */
export class SnapshotIndicatorDto implements SnapshotIndicator {
  indicatorId!: string;
  code!: string;
  name!: string;
  unit!: string;
  @ApiProperty({ enum: INDICATOR_TRENDS })
  desiredTrend!: IndicatorTrend;
  fieldOfActionId!: string;
  fieldOfActionName!: string;
  public!: boolean;
  @ApiProperty({ enum: INDICATOR_STATES })
  state!: IndicatorState;
  /** 0–100, one decimal; null when the state is `no_data`. */
  @ApiProperty({ type: Number, nullable: true })
  progress!: number | null;
  @ApiProperty({ type: IndicatorPointDto, nullable: true })
  baseline!: IndicatorPointDto | null;
  @ApiProperty({ type: IndicatorPointDto, nullable: true })
  latest!: IndicatorPointDto | null;
  @ApiProperty({ type: IndicatorPointDto, nullable: true })
  finalGoal!: IndicatorPointDto | null;
}

export class IndicatorValueChangeDto implements IndicatorValueChange {
  indicator!: SnapshotIndicatorDto;
  /** YYYY-MM-DD */
  @ApiProperty({ format: 'date' })
  date!: string;
  /** The value before; null for a new value. */
  @ApiProperty({ type: Number, nullable: true })
  from!: number | null;
  to!: number;
}

export class IndicatorStateChangeDto implements IndicatorStateChange {
  indicator!: SnapshotIndicatorDto;
  @ApiProperty({ enum: INDICATOR_STATES })
  from!: IndicatorState;
  @ApiProperty({ enum: INDICATOR_STATES })
  to!: IndicatorState;
}

export class ReportingIndicatorFieldDto implements ReportingIndicatorField {
  fieldOfActionId!: string;
  name!: string;
  total!: number;
  byState!: IndicatorStateCountsDto;
  /** By code. */
  @ApiProperty({ type: [SnapshotIndicatorDto] })
  indicators!: SnapshotIndicatorDto[];
}

export class ComparisonSideDto implements ComparisonSide {
  /** The reporting date, or null for today's state. */
  id!: string | null;
  name!: string;
  date!: string;
}

export class StatusChangeDto implements StatusChange {
  measure!: SnapshotMeasureDto;
  @ApiProperty({ enum: MEASURE_STATUSES })
  from!: MeasureStatus;
  @ApiProperty({ enum: MEASURE_STATUSES })
  to!: MeasureStatus;
}

export class ProgressChangeDto implements ProgressChange {
  measure!: SnapshotMeasureDto;
  from!: number | null;
  to!: number | null;
}

/** How many measures each list of changes has in full; a list holds at most the request's `limit` of them. */
export class ReportingChangeTotalsDto implements ReportingChangeTotals {
  added!: number;
  removed!: number;
  statusChanges!: number;
  progressChanges!: number;
  newlyOverdue!: number;
}

export class ReportingChangesDto implements ReportingChanges {
  from!: ComparisonSideDto;
  to!: ComparisonSideDto;
  @ApiProperty({ type: [SnapshotMeasureDto] })
  added!: SnapshotMeasureDto[];
  @ApiProperty({ type: [SnapshotMeasureDto] })
  removed!: SnapshotMeasureDto[];
  @ApiProperty({ type: [StatusChangeDto] })
  statusChanges!: StatusChangeDto[];
  @ApiProperty({ type: [ProgressChangeDto] })
  progressChanges!: ProgressChangeDto[];
  @ApiProperty({ type: [SnapshotMeasureDto] })
  newlyOverdue!: SnapshotMeasureDto[];
  /** How many measures each list has in full. */
  totals!: ReportingChangeTotalsDto;
  /** Values the later side has that the earlier had not (`from` null), or had with another number. */
  @ApiProperty({ type: [IndicatorValueChangeDto] })
  newIndicatorValues!: IndicatorValueChangeDto[];
  /** Indicators on both sides whose state differs. */
  @ApiProperty({ type: [IndicatorStateChangeDto] })
  indicatorStateChanges!: IndicatorStateChangeDto[];
}

export class ReportingFiguresDto implements ReportingFigures {
  total!: number;
  byStatus!: StatusCountsDto;
  /** Mean progress (one decimal) over measures with known progress, neither rejected nor on hold; null if none. */
  meanProgress!: number | null;
  progressBasis!: number;
  /** Overdue as of the reporting date. */
  overdue!: number;
}

export class ReportingFieldOfActionDto extends ReportingFiguresDto implements ReportingFieldOfAction {
  fieldOfActionId!: string;
  name!: string;
  @ApiProperty({ type: [SnapshotMeasureDto] })
  measures!: SnapshotMeasureDto[];
}

export class ReportingDevelopmentFieldDto extends ReportingFiguresDto implements ReportingDevelopmentField {
  fieldOfActionId!: string;
}

export class ReportingDevelopmentPointDto implements ReportingDevelopmentPoint {
  reportingDate!: ComparisonSideDto;
  summary!: ReportingFiguresDto;
  /** One entry per field of action of the development, in its order; total 0 where a field had no measures. */
  @ApiProperty({ type: [ReportingDevelopmentFieldDto] })
  fieldsOfAction!: ReportingDevelopmentFieldDto[];
}

export class DevelopmentFieldOfActionDto {
  fieldOfActionId!: string;
  /** Its name on the latest reporting date that had measures in it. */
  name!: string;
}

export class ReportingDevelopmentDto implements ReportingDevelopment {
  /** Every field of action that had measures on any of the dates, in the Leitbild's order of the latest. */
  @ApiProperty({ type: [DevelopmentFieldOfActionDto] })
  fieldsOfAction!: DevelopmentFieldOfActionDto[];
  /** Every reporting date (up to `until`), oldest first. */
  @ApiProperty({ type: [ReportingDevelopmentPointDto] })
  points!: ReportingDevelopmentPointDto[];
}

/** A measure of the snapshot with the council papers it names. */
export class ReportingCouncilPapersDto implements ReportingCouncilPapers {
  measureId!: string;
  title!: string;
  @ApiProperty({ type: [CouncilPaperDto] })
  councilPapers!: CouncilPaperDto[];
}

/** How many entries the report's own lists have in full; a list holds at most the request's `limit` of them. */
export class ReportingListTotalsDto implements ReportingListTotals {
  overdue!: number;
  councilPapers!: number;
}

export class ReportingReportDto implements ReportingReport {
  reportingDate!: ReportingDateDto;
  summary!: ReportingFiguresDto;
  @ApiProperty({ type: [ReportingFieldOfActionDto] })
  fieldsOfAction!: ReportingFieldOfActionDto[];
  /** Changes since the previous reporting date; null for the first reporting date. */
  @ApiProperty({ type: ReportingChangesDto, nullable: true })
  changes!: ReportingChangesDto | null;
  @ApiProperty({ type: [SnapshotMeasureDto] })
  overdue!: SnapshotMeasureDto[];
  /** The indicators as frozen, per field of action (fields with indicators, in the Leitbild's order at the time). */
  @ApiProperty({ type: [ReportingIndicatorFieldDto] })
  indicators!: ReportingIndicatorFieldDto[];
  /** The figures of every reporting date up to and including this one, oldest first. */
  development!: ReportingDevelopmentDto;
  /** The council papers the snapshot's measures name (read with the report, not frozen), by measure title. */
  @ApiProperty({ type: [ReportingCouncilPapersDto] })
  councilPapers!: ReportingCouncilPapersDto[];
  /** How many entries the overdue list and the council papers have in full (a field's list: its `total`). */
  listTotals!: ReportingListTotalsDto;
  /** When the report was put together (UTC ISO). */
  generatedAt!: string;
}
