import { MaxLength, Trim } from '@leitbild-monitor/api/platform';
import type { ChangeStatusRequest, MeasureStatus, ProgressUpdateRequest } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { MEASURE_NOTE } from '@leitbild-monitor/shared/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { ProgressField } from './measure-field.decorators';

export class ChangeStatusDto implements ChangeStatusRequest {
  @ApiProperty({ enum: MEASURE_STATUSES })
  @IsIn(MEASURE_STATUSES)
  status!: MeasureStatus;

  /** The reason; required for on_hold and rejected. */
  @IsOptional()
  @IsString()
  @MaxLength(MEASURE_NOTE.max)
  note?: string | null;
}

export class ProgressUpdateDto implements ProgressUpdateRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(MEASURE_NOTE.max)
  note!: string;

  /** The new progress, 0–100; leave out to only add a note, null to mark progress as unknown. */
  @ProgressField()
  progress?: number | null;
}
