import { PROBLEM_PARAMS_SCHEMA } from '@leitbild-monitor/api/platform';
import type {
  ApiError,
  ImportJob,
  ImportJobState,
  ImportMode,
  Problem,
  ProblemCode,
  ProblemParams,
} from '@leitbild-monitor/shared/contracts';
import { IMPORT_JOB_STATES, IMPORT_MODES, PROBLEM_CODES } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ImportResultDto } from '../dto/import-result.dto';

export class ImportJobProblemDto implements Problem {
  @ApiProperty({ type: String, nullable: true })
  field!: string | null;
  @ApiProperty({ enum: PROBLEM_CODES })
  code!: ProblemCode;
  @ApiProperty(PROBLEM_PARAMS_SCHEMA)
  params!: ProblemParams;
}

/** The error body of a failed job: the same fields as every error answer (`ErrorResponse`). */
export class ImportJobErrorDto implements ApiError {
  statusCode!: number;
  error!: string;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  message!: string | string[];
  @ApiProperty({ type: [ImportJobProblemDto] })
  problems!: ImportJobProblemDto[];
}

/** OpenAPI description of an import job (the wire type is ImportJob in shared/contracts). */
export class ImportJobDto implements ImportJob {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: IMPORT_MODES })
  mode!: ImportMode;
  /** `queued` → `running` → `done` (the import answered, 200 or 422) or `failed` (an error ended it). */
  @ApiProperty({ enum: IMPORT_JOB_STATES })
  state!: ImportJobState;
  /** Rows checked (dry run) or written (commit) so far. */
  @ApiProperty({ minimum: 0 })
  rowsDone!: number;
  /** Rows of the file; 0 until the file has been read. */
  @ApiProperty({ minimum: 0 })
  rowsTotal!: number;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
  /** The status the synchronous answer would have had (200, 422, 413, …); null while the job runs. */
  @ApiProperty({ type: Number, nullable: true })
  statusCode!: number | null;
  /** `done`: the body of the synchronous answer (200, or 422 for a commit refused for errors). */
  @ApiProperty({ type: ImportResultDto, nullable: true })
  result!: ImportResultDto | null;
  /** `failed`: the error body the synchronous answer would have had. */
  @ApiProperty({ type: ImportJobErrorDto, nullable: true })
  error!: ImportJobErrorDto | null;
}

export class ImportJobParams {
  /** The job's id, from the `Location` of the `202` answer. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  jobId!: string;
}
