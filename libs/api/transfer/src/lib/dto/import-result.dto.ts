import type {
  ImportCellChange,
  ImportError,
  ImportMode,
  ImportResult,
  ImportRowOutcome,
  ProblemCode,
  ProblemParams,
} from '@leitbild-monitor/shared/contracts';
import { IMPORT_MAX_ERRORS, IMPORT_MODES, PROBLEM_CODES } from '@leitbild-monitor/shared/contracts';
import { PROBLEM_PARAMS_SCHEMA } from '@leitbild-monitor/api/platform';
import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI description of the import's answer (the wire type is ImportResult in shared/contracts). */
export class ImportErrorDto implements ImportError {
  /** Spreadsheet row number; the header is row 1. */
  row!: number;
  /** The column's header as in the file. */
  column!: string;
  message!: string;
  /** What is wrong as data, from the same closed set as `problems` of error answers (e.g. `characters_lost`). */
  @ApiProperty({ enum: PROBLEM_CODES })
  code!: ProblemCode;
  /** The code's parameters, e.g. `{ "max": 200 }`. */
  @ApiProperty(PROBLEM_PARAMS_SCHEMA)
  params!: ProblemParams;
}

export class ImportCellChangeDto implements ImportCellChange {
  /** The column's header as in the file. */
  column!: string;
  /** The measure's field, as in `changedFields`. */
  field!: string;
  /** The stored value, written as the export writes it; null is an empty cell. */
  @ApiProperty({ type: String, nullable: true })
  from!: string | null;
  /** The value the file sets. */
  @ApiProperty({ type: String, nullable: true })
  to!: string | null;
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
  /** Every cell an update changes, with the stored and the new value. */
  @ApiProperty({ type: [ImportCellChangeDto] })
  changes!: ImportCellChangeDto[];
}

export class ImportResultDto implements ImportResult {
  @ApiProperty({ enum: IMPORT_MODES })
  mode!: ImportMode;
  created!: number;
  updated!: number;
  unchanged!: number;
  /** The first IMPORT_MAX_ERRORS (200) errors, by row. */
  @ApiProperty({ type: [ImportErrorDto], maxItems: IMPORT_MAX_ERRORS })
  errors!: ImportErrorDto[];
  /** How many errors the file has in all: more than the entries of `errors` when the list was cut off. */
  @ApiProperty({ minimum: 0 })
  errorCount!: number;
  @ApiProperty({ type: [ImportRowOutcomeDto] })
  rows!: ImportRowOutcomeDto[];
}
