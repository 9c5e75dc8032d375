import { IsIsoCalendarDate, MaxLength, PaginationQuery } from '@leitbild-monitor/api/platform';
import type { MeasureListQuery, MeasureSortKey, MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { MEASURE_SORT_KEYS, MEASURE_STATUSES, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { COUNCIL_PAPER_LIMITS } from '@leitbild-monitor/shared/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';

export const MEASURE_SORT_VALUES = MEASURE_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

export class ListMeasuresQuery extends PaginationQuery implements MeasureListQuery {
  /** Id of a field of action. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  fieldOfAction?: string;

  @ApiProperty({ enum: MEASURE_STATUSES, required: false })
  @IsOptional()
  @IsIn(MEASURE_STATUSES)
  status?: MeasureStatus;

  /** Id of an actor, lead or partner. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  actor?: string;

  /** Id of a guideline. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  guideline?: string;

  /** Text in title or description, case-insensitive. */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.searchQuery)
  q?: string;

  /** Only measures whose planned end has passed and that are neither completed nor rejected. */
  @ApiProperty({ required: false, type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  /**
   * Only measures changed on or after this day (YYYY-MM-DD, from its start in UTC): what changed since the
   * integration council's last session.
   */
  @ApiProperty({ required: false, format: 'date', example: '2026-10-01' })
  @IsOptional()
  @IsIsoCalendarDate()
  changedSince?: string;

  /** Only measures naming the council paper with this reference (exact, ignoring case and surrounding spaces). */
  @ApiProperty({ required: false, example: '21-1234' })
  @IsOptional()
  @IsString()
  @MaxLength(COUNCIL_PAPER_LIMITS.reference)
  councilPaper?: string;

  /** A field from the allow-list, `-` in front for descending. Default: `-updatedAt`. */
  @ApiProperty({ enum: MEASURE_SORT_VALUES, required: false })
  @IsOptional()
  @IsIn(MEASURE_SORT_VALUES)
  sort?: MeasureSortKey | `-${MeasureSortKey}`;
}
