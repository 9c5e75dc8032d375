import { MaxLength, PaginationQuery } from '@leitbild-monitor/api/platform';
import type { IndicatorListQuery, IndicatorSortKey, IndicatorState } from '@leitbild-monitor/shared/contracts';
import { INDICATOR_SORT_KEYS, INDICATOR_STATES, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';

export const INDICATOR_SORT_VALUES = INDICATOR_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

export class ListIndicatorsQuery extends PaginationQuery implements IndicatorListQuery {
  /** Id of a field of action. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  fieldOfAction?: string;

  /** Id of a guideline. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  guideline?: string;

  /** Text in code, name or description, case-insensitive. */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.searchQuery)
  q?: string;

  /** Only indicators in this state (the rule's result, see the description of `state`). */
  @ApiProperty({ enum: INDICATOR_STATES, required: false })
  @IsOptional()
  @IsIn(INDICATOR_STATES)
  state?: IndicatorState;

  /** Id of a measure: only the indicators linked to it. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  measure?: string;

  /** Id of an actor: only the indicators it is responsible for. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  actor?: string;

  /** A field from the allow-list, `-` in front for descending. Default: `code`. */
  @ApiProperty({ enum: INDICATOR_SORT_VALUES, required: false })
  @IsOptional()
  @IsIn(INDICATOR_SORT_VALUES)
  sort?: IndicatorSortKey | `-${IndicatorSortKey}`;
}
