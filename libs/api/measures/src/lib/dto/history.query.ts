import { PaginationQuery } from '@leitbild-monitor/api/platform';
import type { HistoryKind } from '@leitbild-monitor/shared/contracts';
import { HISTORY_KINDS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class HistoryQuery extends PaginationQuery {
  /** Only entries of this kind, e.g. `progress_update` for the progress notes. */
  @ApiProperty({ enum: HISTORY_KINDS, required: false })
  @IsOptional()
  @IsIn(HISTORY_KINDS)
  kind?: HistoryKind;
}
