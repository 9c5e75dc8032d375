import { StatusCountsDto } from '@leitbild-monitor/api/platform';
import type {
  DashboardSummary,
  FieldOfActionSummary,
  GuidelineCoverage,
  RecentChange,
  SummaryTimeline,
  TimelineBin,
  TimelineResolution,
} from '@leitbild-monitor/shared/contracts';
import { TIMELINE_RESOLUTIONS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** The summary's answer as OpenAPI schemas (the wire type is DashboardSummary in shared/contracts). */
export class SummaryTotalsDto {
  total!: number;
  byStatus!: StatusCountsDto;
  overdue!: number;
}

export class FieldOfActionSummaryDto implements FieldOfActionSummary {
  fieldOfActionId!: string;
  name!: string;
  total!: number;
  byStatus!: StatusCountsDto;
  /** Mean progress over measures with known progress that are neither rejected nor on hold; null if none. */
  meanProgress!: number | null;
  /** How many measures the mean is taken over. */
  progressBasis!: number;
  overdue!: number;
}

export class GuidelineCoverageDto implements GuidelineCoverage {
  guidelineId!: string;
  code!: string;
  text!: string;
  /** Measures serving this guideline that are planned or in progress. */
  activeMeasures!: number;
}

export class RecentChangeDto implements RecentChange {
  measureId!: string;
  title!: string;
  /** The kind of history entry, e.g. `status_change`. */
  kind!: string;
  /** UTC ISO timestamp. */
  at!: string;
}

export class TimelineBinDto implements TimelineBin {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`, after the timeline's resolution. */
  key!: string;
  /** First day of the bin, YYYY-MM-DD (the bin may begin before the period does). */
  start!: string;
  /** Measures whose status first changed to `in_progress` in this bin. */
  started!: number;
  /** Measures whose status first changed to `completed` in this bin. */
  completed!: number;
}

export class SummaryTimelineDto implements SummaryTimeline {
  /** The period actually used, YYYY-MM-DD, after defaults. */
  from!: string;
  to!: string;
  @ApiProperty({ enum: TIMELINE_RESOLUTIONS })
  resolution!: TimelineResolution;
  /** Every bin touched by the period, oldest first, bins without changes included. */
  @ApiProperty({ type: [TimelineBinDto] })
  bins!: TimelineBinDto[];
  /** Day of the first recorded change (YYYY-MM-DD, UTC) of all measures the caller sees; null without measures. */
  firstRecorded!: string | null;
}

export class DashboardSummaryDto implements DashboardSummary {
  totals!: SummaryTotalsDto;
  @ApiProperty({ type: [FieldOfActionSummaryDto] })
  fieldsOfAction!: FieldOfActionSummaryDto[];
  @ApiProperty({ type: [GuidelineCoverageDto] })
  guidelines!: GuidelineCoverageDto[];
  @ApiProperty({ type: [RecentChangeDto] })
  recentChanges!: RecentChangeDto[];
  timeline!: SummaryTimelineDto;
  /** The field of action the summary is narrowed to, or null for all. */
  fieldOfActionId!: string | null;
  /** UTC ISO timestamp of the computation. */
  generatedAt!: string;
}
