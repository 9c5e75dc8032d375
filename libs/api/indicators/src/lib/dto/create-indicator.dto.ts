import { ID_MAX_LENGTH_FIELD, IndicatorIdList } from './indicator-field.decorators';
import { IsOmittable, MaxLength, Trim } from '@leitbild-monitor/api/platform';
import type {
  CreateIndicatorRequest,
  IndicatorDueInterval,
  IndicatorTimeResolution,
  IndicatorTrend,
} from '@leitbild-monitor/shared/contracts';
import {
  INDICATOR_DUE_INTERVALS,
  INDICATOR_LIMITS,
  INDICATOR_TIME_RESOLUTIONS,
  INDICATOR_TRENDS,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_CODE_PATTERN, MONTH_DAY_PATTERN } from '@leitbild-monitor/shared/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';

const LIMITS = INDICATOR_LIMITS;

export class CreateIndicatorDto implements CreateIndicatorRequest {
  /** Short and unique, e.g. `EA-01` (letters, digits, `.`, `_`, `/`, `-`); made from the id when left out. */
  @ApiProperty({ required: false, pattern: INDICATOR_CODE_PATTERN.source, example: 'EA-01' })
  @IsOmittable()
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.code)
  @Matches(INDICATOR_CODE_PATTERN)
  code?: string;

  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.description)
  description?: string | null;

  /** E.g. `Personen`, `%`, `Fälle`, `EUR`. */
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.unit)
  unit!: string;

  /** Whether the indicator should rise or fall. */
  @ApiProperty({ enum: INDICATOR_TRENDS })
  @IsIn(INDICATOR_TRENDS)
  desiredTrend!: IndicatorTrend;

  /** One value per year (default), quarter or month. */
  @ApiProperty({ enum: INDICATOR_TIME_RESOLUTIONS, required: false })
  @IsOmittable()
  @IsIn(INDICATOR_TIME_RESOLUTIONS)
  timeResolution?: IndicatorTimeResolution;

  /** Where the values come from, e.g. "Statistikamt Nord". */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.source)
  source?: string | null;

  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(ID_MAX_LENGTH_FIELD)
  fieldOfActionId!: string;

  @IndicatorIdList(LIMITS.guidelineIds)
  guidelineIds?: string[];

  /** The actor responsible for the indicator; editors of that actor may change it. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ID_MAX_LENGTH_FIELD)
  responsibleActorId?: string | null;

  @IsOmittable()
  @IsBoolean()
  public?: boolean;

  /** How often new values are due. */
  @ApiProperty({ enum: [...INDICATOR_DUE_INTERVALS, null], required: false, nullable: true })
  @IsOptional()
  @IsIn(INDICATOR_DUE_INTERVALS)
  dueEvery?: IndicatorDueInterval | null;

  /** `MM-DD`, with `dueEvery: "year"` only: the day of the year by which the new value is due. */
  @ApiProperty({ required: false, nullable: true, pattern: MONTH_DAY_PATTERN.source, example: '03-31' })
  @IsOptional()
  @IsString()
  @Matches(MONTH_DAY_PATTERN)
  dueMonthDay?: string | null;

  /** Linked measures. */
  @IndicatorIdList(LIMITS.measureIds)
  measureIds?: string[];

  /** Those of `measureIds` whose progress the indicator shows. */
  @IndicatorIdList(LIMITS.measureIds)
  progressMeasureIds?: string[];
}
