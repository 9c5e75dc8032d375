import { ListMeasuresQuery } from '@leitbild-monitor/api/measures';
import type { ExportFormat, ImportMode, OpenDataFormat } from '@leitbild-monitor/shared/contracts';
import { EXPORT_FORMATS, IMPORT_MODES, OPEN_DATA_FORMATS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ImportQuery {
  /** `dry-run` reports what would happen and writes nothing; `commit` writes all rows or, on any error, none. */
  @ApiProperty({ enum: IMPORT_MODES })
  @IsIn(IMPORT_MODES)
  mode!: ImportMode;
}

/** The filters and sort of `GET /measures`, without paging: an export has every matching measure. */
export class ExportMeasuresQuery extends OmitType(ListMeasuresQuery, ['page', 'limit'] as const) {
  @ApiProperty({ enum: EXPORT_FORMATS, required: false, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class OpenDataExportQuery extends OmitType(ListMeasuresQuery, ['page', 'limit'] as const) {
  @ApiProperty({ enum: OPEN_DATA_FORMATS, required: false, default: 'csv' })
  @IsOptional()
  @IsIn(OPEN_DATA_FORMATS)
  format?: OpenDataFormat;
}
