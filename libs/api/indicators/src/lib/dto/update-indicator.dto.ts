import { IsIsoCalendarDate } from '@leitbild-monitor/api/platform';
import type { UpdateIndicatorRequest } from '@leitbild-monitor/shared/contracts';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CreateIndicatorDto } from './create-indicator.dto';

/**
 * Every field of an indicator, each optional, and the baseline. `skipNullProperties: false`: null is validated, so
 * it cannot clear a required field such as the name.
 */
export class UpdateIndicatorDto
  extends PartialType(CreateIndicatorDto, { skipNullProperties: false })
  implements UpdateIndicatorRequest
{
  /** The date of an existing value to mark as baseline; null: the earliest value is the baseline. */
  @ApiProperty({ format: 'date', required: false, nullable: true, example: '2022-12-31' })
  @IsOptional()
  @IsIsoCalendarDate()
  baselineDate?: string | null;
}
