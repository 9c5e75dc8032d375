import { ImportErrorDto } from '@leitbild-monitor/api/transfer';
import type {
  ImportMode,
  IndicatorExportFormat,
  IndicatorValueImportResult,
  IndicatorValueImportRow,
} from '@leitbild-monitor/shared/contracts';
import { IMPORT_MODES, INDICATOR_EXPORT_FORMATS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class IndicatorValuesImportQuery {
  /** `dry-run` reports what would happen and writes nothing; `commit` writes all rows or, on any error, none. */
  @ApiProperty({ enum: IMPORT_MODES })
  @IsIn(IMPORT_MODES)
  mode!: ImportMode;
}

export class IndicatorValuesExportQuery {
  @ApiProperty({ enum: INDICATOR_EXPORT_FORMATS, required: false, default: 'csv' })
  @IsOptional()
  @IsIn(INDICATOR_EXPORT_FORMATS)
  format?: IndicatorExportFormat;
}

export class IndicatorValueImportRowDto implements IndicatorValueImportRow {
  /** Spreadsheet row number; the header is row 1. */
  row!: number;
  @ApiProperty({ enum: ['create', 'update', 'unchanged', 'error'] })
  action!: IndicatorValueImportRow['action'];
  /** The indicator the row's code names; null when the code is unknown. */
  @ApiProperty({ type: String, nullable: true })
  indicatorId!: string | null;
  code!: string;
  /** YYYY-MM-DD; null when the cell is not a date. */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  date!: string | null;
  /** The stored value before; null for a new one. */
  @ApiProperty({ type: Number, nullable: true })
  from!: number | null;
  /** The file's value; null when the cell is not a number. */
  @ApiProperty({ type: Number, nullable: true })
  to!: number | null;
}

export class IndicatorValueImportResultDto implements IndicatorValueImportResult {
  @ApiProperty({ enum: IMPORT_MODES })
  mode!: ImportMode;
  created!: number;
  updated!: number;
  unchanged!: number;
  /** The first 200 errors, by row. */
  @ApiProperty({ type: [ImportErrorDto] })
  errors!: ImportErrorDto[];
  /** How many errors the file has in all: more than the entries of `errors` when the list was cut off. */
  errorCount!: number;
  @ApiProperty({ type: [IndicatorValueImportRowDto] })
  rows!: IndicatorValueImportRowDto[];
}
