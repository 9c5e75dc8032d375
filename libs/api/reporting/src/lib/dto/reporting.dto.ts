import { StatusCountsDto } from '@leitbild-monitor/api/platform';
import type {
  ComparisonSide,
  MeasureStatus,
  ProgressChange,
  ReportingChanges,
  ReportingDate,
  ReportingFieldOfAction,
  ReportingFigures,
  ReportingReport,
  SnapshotMeasure,
  StatusChange,
} from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
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
  /** When the report was put together (UTC ISO). */
  generatedAt!: string;
}
