import { IsIsoCalendarDate, MaxLength } from '@leitbild-monitor/api/platform';
import type { SummaryQuery } from '@leitbild-monitor/shared/contracts';
import { IsOptional, IsString } from 'class-validator';

export class SummaryQueryDto implements SummaryQuery {
  /** Id of a field of action: every part of the summary is narrowed to it. */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  fieldOfAction?: string;

  /** First day of the period (YYYY-MM-DD) of the timeline and the recent changes. Default: 11 months before `to`, first day; at most 100 years before `to`. */
  @IsOptional()
  @IsIsoCalendarDate()
  from?: string;

  /** Last day of the period (YYYY-MM-DD), on or after `from`. Default: today. */
  @IsOptional()
  @IsIsoCalendarDate()
  to?: string;
}
