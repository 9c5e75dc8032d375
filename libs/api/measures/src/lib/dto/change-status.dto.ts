import { MaxLength, Trim } from '@leitbild-monitor/api/platform';
import type { ChangeStatusRequest, MeasureStatus, ProgressUpdateRequest } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min } from 'class-validator';

export class ChangeStatusDto implements ChangeStatusRequest {
  @ApiProperty({ enum: MEASURE_STATUSES })
  @IsIn(MEASURE_STATUSES)
  status!: MeasureStatus;

  /** The reason; required for on_hold and rejected. */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.note)
  note?: string | null;
}

export class ProgressUpdateDto implements ProgressUpdateRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.note)
  note!: string;

  /** The new progress, 0–100; leave out to only add a note, null to mark progress as unknown. */
  @ApiProperty({ minimum: 0, maximum: 100, required: false, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number | null;
}
