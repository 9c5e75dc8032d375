import { IndicatorAssessmentDto, IndicatorGoalDto, IndicatorPointDto } from '@leitbild-monitor/api/indicators';
import type {
  IndicatorTimeResolution,
  IndicatorTrend,
  PublicIndicator,
  PublicIndicatorListItem,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_TIME_RESOLUTIONS, INDICATOR_TRENDS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** A public indicator as the public sees it, as an OpenAPI schema: no notes, nobody's name. */
export class PublicIndicatorListItemDto extends IndicatorAssessmentDto implements PublicIndicatorListItem {
  id!: string;
  code!: string;
  name!: string;
  description!: string | null;
  unit!: string;
  @ApiProperty({ enum: INDICATOR_TRENDS })
  desiredTrend!: IndicatorTrend;
  @ApiProperty({ enum: INDICATOR_TIME_RESOLUTIONS })
  timeResolution!: IndicatorTimeResolution;
  source!: string | null;
  fieldOfActionId!: string;
  fieldOfActionName!: string;
  guidelineIds!: string[];
  /** The responsible body (an office or organisation, not a person). */
  responsibleActorName!: string | null;
  /** The latest values (at most 12), oldest first. */
  @ApiProperty({ type: [IndicatorPointDto] })
  trend!: IndicatorPointDto[];
  /** UTC ISO timestamp. */
  updatedAt!: string;
}

export class PublicIndicatorMeasureDto {
  measureId!: string;
  title!: string;
  showsProgress!: boolean;
}

export class PublicIndicatorDto extends PublicIndicatorListItemDto implements PublicIndicator {
  /** Sorted by date. */
  @ApiProperty({ type: [IndicatorPointDto] })
  values!: IndicatorPointDto[];
  /** Sorted by date. */
  @ApiProperty({ type: [IndicatorGoalDto] })
  goals!: IndicatorGoalDto[];
  @ApiProperty({ type: [IndicatorPointDto] })
  goalLine!: IndicatorPointDto[];
  /** The linked measures that are published themselves. */
  @ApiProperty({ type: [PublicIndicatorMeasureDto] })
  measures!: PublicIndicatorMeasureDto[];
}
