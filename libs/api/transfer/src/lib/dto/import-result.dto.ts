import type { ImportError, ImportMode, ImportResult, ImportRowOutcome } from '@leitbild-monitor/shared/contracts';
import { IMPORT_MODES } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI description of the import's answer (the wire type is ImportResult in shared/contracts). */
export class ImportErrorDto implements ImportError {
  /** Spreadsheet row number; the header is row 1. */
  row!: number;
  /** The column's header as in the file. */
  column!: string;
  message!: string;
}

export class ImportRowOutcomeDto implements ImportRowOutcome {
  row!: number;
  @ApiProperty({ enum: ['create', 'update', 'unchanged', 'error'] })
  action!: ImportRowOutcome['action'];
  /** The measure's id; null for a row that creates a measure in a dry run. */
  @ApiProperty({ type: String, nullable: true })
  measureId!: string | null;
  title!: string;
  /** Fields an update changes. */
  changedFields!: string[];
}

export class ImportResultDto implements ImportResult {
  @ApiProperty({ enum: IMPORT_MODES })
  mode!: ImportMode;
  created!: number;
  updated!: number;
  unchanged!: number;
  @ApiProperty({ type: [ImportErrorDto] })
  errors!: ImportErrorDto[];
  @ApiProperty({ type: [ImportRowOutcomeDto] })
  rows!: ImportRowOutcomeDto[];
}
