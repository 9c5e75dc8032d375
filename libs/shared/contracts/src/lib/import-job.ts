import type { ApiError } from './api';
import type { ImportMode, ImportResult } from './transfer';

/** Where an import that runs as a job stands: waiting for its turn, running, finished, or ended by an error. */
export const IMPORT_JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];

/**
 * A large import (or one the client asked to run asynchronously with `Prefer: respond-async`) answers `202` with
 * `Location: /api/v1/imports/:id`; this is what that address answers, to the user who started it only.
 */
export interface ImportJob {
  id: string;
  mode: ImportMode;
  state: ImportJobState;
  /** Rows checked (dry run) or written (commit) so far. */
  rowsDone: number;
  /** Rows of the file; 0 until the file has been read. */
  rowsTotal: number;
  /** UTC ISO date-time of the upload. */
  createdAt: string;
  /** UTC ISO date-time when the job ended; null while it runs. */
  finishedAt: string | null;
  /**
   * The status the synchronous answer would have had: 200, 422 for a commit refused for errors (nothing was
   * written), or the error's status (413, 400, …); null while the job runs.
   */
  statusCode: number | null;
  /** `done`: the same body the synchronous import answers with (200 or 422). */
  result: ImportResult | null;
  /** `failed`: the error body the synchronous import would have answered with. */
  error: ApiError | null;
}
