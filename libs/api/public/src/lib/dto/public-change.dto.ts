import { PaginationQuery } from '@leitbild-monitor/api/platform';
import type {
  MeasureStatus,
  PublicChange,
  PublicChangeField,
  PublicChangeKind,
  PublicFeedLanguage,
  PublicGuideline,
  PublicMeasureChange,
  PublicMeasureDetails,
} from '@leitbild-monitor/shared/contracts';
import {
  MEASURE_STATUSES,
  PUBLIC_CHANGE_FIELDS,
  PUBLIC_CHANGE_KINDS,
  PUBLIC_FEED_LANGUAGES,
} from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PublicIndicatorDto } from './public-indicator.dto';
import { PublicMeasureDto } from './public-measure.dto';

export class PublicStatusChangeDto {
  /** Null when the change is the publication. */
  @ApiProperty({ enum: [...MEASURE_STATUSES, null], nullable: true })
  from!: MeasureStatus | null;
  @ApiProperty({ enum: MEASURE_STATUSES })
  to!: MeasureStatus;
}

export class PublicProgressChangeDto {
  /** 0–100, or null: unknown (or, for a publication, no earlier value). */
  from!: number | null;
  /** 0–100, or null: unknown. */
  to!: number | null;
}

/** One dated public change of a published measure: no author, no note, no non-public field. */
export class PublicMeasureChangeDto implements PublicMeasureChange {
  /** UTC ISO timestamp. */
  at!: string;
  @ApiProperty({ enum: PUBLIC_CHANGE_KINDS })
  kind!: PublicChangeKind;
  @ApiProperty({ type: PublicStatusChangeDto, nullable: true })
  status!: PublicStatusChangeDto | null;
  @ApiProperty({ type: PublicProgressChangeDto, nullable: true })
  progress!: PublicProgressChangeDto | null;
  @ApiProperty({ enum: PUBLIC_CHANGE_FIELDS, isArray: true })
  fields!: PublicChangeField[];
}

export class PublicChangeDto extends PublicMeasureChangeDto implements PublicChange {
  measureId!: string;
  /** The measure's title today. */
  measureTitle!: string;
}

export class PublicGuidelineDto implements PublicGuideline {
  id!: string;
  code!: string;
  text!: string;
}

export class PublicMeasureDetailsDto implements PublicMeasureDetails {
  measure!: PublicMeasureDto;
  @ApiProperty({ type: [PublicGuidelineDto] })
  guidelines!: PublicGuidelineDto[];
  /** Its public indicators, by code, with values and goals. */
  @ApiProperty({ type: [PublicIndicatorDto] })
  indicators!: PublicIndicatorDto[];
  /** Newest first. */
  @ApiProperty({ type: [PublicMeasureChangeDto] })
  changes!: PublicMeasureChangeDto[];
}

/** `?page=&limit=` of the list of public changes, newest first. */
export class PublicChangesQuery extends PaginationQuery {}

export class PublicFeedQuery {
  @ApiProperty({ enum: PUBLIC_FEED_LANGUAGES, required: false, default: 'de' })
  @IsOptional()
  @IsIn(PUBLIC_FEED_LANGUAGES)
  lang?: PublicFeedLanguage;
}
