import { IsIsoCalendarDate, MaxLength } from '@leitbild-monitor/api/platform';
import type { PutIndicatorGoalRequest, PutIndicatorValueRequest } from '@leitbild-monitor/shared/contracts';
import { INDICATOR_LIMITS } from '@leitbild-monitor/shared/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';

const MAX = INDICATOR_LIMITS.maxAbsoluteValue;

/** A value or goal: a finite number within ±maxAbsoluteValue (decimals allowed; a missing value is no value). */
function IndicatorNumber(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: Number, minimum: -MAX, maximum: MAX, example: 12.5 }),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(-MAX),
    Max(MAX),
  );
}

export class PutIndicatorValueDto implements PutIndicatorValueRequest {
  @IndicatorNumber()
  value!: number;

  /** E.g. where the figure comes from or what it does not include. */
  @IsOptional()
  @IsString()
  @MaxLength(INDICATOR_LIMITS.note)
  note?: string | null;
}

export class PutIndicatorGoalDto implements PutIndicatorGoalRequest {
  @IndicatorNumber()
  value!: number;
}

/** `:id` and `:date` of a value's or goal's path. */
export class IndicatorDateParams {
  @IsString()
  @MaxLength(36)
  id!: string;

  /** The calendar date of the value or goal, YYYY-MM-DD. */
  @ApiProperty({ format: 'date', example: '2025-12-31' })
  @IsIsoCalendarDate()
  date!: string;
}
