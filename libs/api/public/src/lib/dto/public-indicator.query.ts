import { ListIndicatorsQuery } from '@leitbild-monitor/api/indicators';
import type { OpenDataFormat } from '@leitbild-monitor/shared/contracts';
import { OPEN_DATA_FORMATS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** The filters of the internal indicator list, without the one by (possibly unpublished) measure. */
export class PublicIndicatorsQuery extends OmitType(ListIndicatorsQuery, ['measure'] as const) {}

export class IndicatorOpenDataQuery {
  @ApiProperty({ enum: OPEN_DATA_FORMATS, required: false, default: 'csv' })
  @IsOptional()
  @IsIn(OPEN_DATA_FORMATS)
  format?: OpenDataFormat;
}
