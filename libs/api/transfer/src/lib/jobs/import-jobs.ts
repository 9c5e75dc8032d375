import { ApiProblemException, genericProblems, toApiError } from '@leitbild-monitor/api/platform';
import type { ApiError, ImportJob, ImportMode, ImportResult } from '@leitbild-monitor/shared/contracts';
import { HttpException, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ImportProgress } from './import-progress';

/** How long a finished job's answer is kept for its owner to fetch. */
export const IMPORT_JOB_KEEP_MS = 15 * 60_000;
/** At most this many jobs are kept in all; the oldest finished ones go first. */
export const IMPORT_JOBS_MAX = 200;

interface StoredJob {
  ownerId: string;
  job: ImportJob;
  /** When the job ended (ms), for its expiry. */
  endedAt: number | null;
}

/**
 * Imports that run as jobs, in this instance's memory: the `202` answer names the job, its owner polls it for the
 * progress and, at the end, for the body the synchronous answer would have had. Jobs are not stored: a restart
 * forgets them, running ones included — which loses nothing, because an import writes all its rows in one
 * transaction or none, so a job cut off by a restart has written nothing. Each job is visible to the user who
 * started it only (anyone else gets 404, as for a job that does not exist).
 */
@Injectable()
export class ImportJobs implements OnModuleDestroy {
  private readonly logger = new Logger('ImportJobs');
  private readonly jobs = new Map<string, StoredJob>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000).unref();

  private readonly now = () => Date.now();

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  /**
   * Starts `work` as a job of `ownerId` and returns the job at once; `work` reports its progress through the
   * listener it gets and resolves to the import's result (or throws what the synchronous answer would have been).
   */
  start(
    ownerId: string,
    mode: ImportMode,
    work: (progress: (progress: ImportProgress) => void) => Promise<ImportResult>,
  ): { job: ImportJob; finished: Promise<void> } {
    this.sweep();
    const job: ImportJob = {
      id: randomUUID(),
      mode,
      state: 'queued',
      rowsDone: 0,
      rowsTotal: 0,
      createdAt: new Date(this.now()).toISOString(),
      finishedAt: null,
      statusCode: null,
      result: null,
      error: null,
    };
    const stored: StoredJob = { ownerId, job, endedAt: null };
    this.jobs.set(job.id, stored);
    const finished = work(({ rowsDone, rowsTotal }) => {
      job.state = 'running';
      job.rowsDone = rowsDone;
      job.rowsTotal = rowsTotal;
    }).then(
      (result) => {
        job.result = result;
        job.state = 'done';
        job.statusCode = mode === 'commit' && result.errorCount > 0 ? 422 : 200;
        this.end(stored);
      },
      (error: unknown) => {
        job.error = this.errorBody(error);
        job.state = 'failed';
        job.statusCode = job.error.statusCode;
        this.end(stored);
      },
    );
    return { job, finished };
  }

  /** The job as its owner sees it; undefined for a job that does not exist, has expired or is someone else's. */
  get(id: string, userId: string): ImportJob | undefined {
    const stored = this.jobs.get(id);
    if (!stored || stored.ownerId !== userId || this.expired(stored)) return undefined;
    return stored.job;
  }

  private end(stored: StoredJob): void {
    stored.endedAt = this.now();
    stored.job.finishedAt = new Date(stored.endedAt).toISOString();
  }

  private expired(stored: StoredJob): boolean {
    return stored.endedAt !== null && this.now() - stored.endedAt > IMPORT_JOB_KEEP_MS;
  }

  /** Drops expired jobs, and the oldest finished ones while there are more than IMPORT_JOBS_MAX. */
  private sweep(): void {
    for (const [id, stored] of this.jobs) if (this.expired(stored)) this.jobs.delete(id);
    const finished = [...this.jobs.entries()].filter(([, stored]) => stored.endedAt !== null);
    finished.sort(([, a], [, b]) => (a.endedAt ?? 0) - (b.endedAt ?? 0));
    for (const [id] of finished) {
      if (this.jobs.size < IMPORT_JOBS_MAX) break;
      this.jobs.delete(id);
    }
  }

  /** The error body the exception filter would have answered with. */
  private errorBody(error: unknown): ApiError {
    if (error instanceof ApiProblemException) {
      return toApiError(error.getStatus(), error.messageText, error.problems);
    }
    if (error instanceof HttpException) {
      const response = error.getResponse();
      const message = typeof response === 'object' ? (response as { message?: unknown }).message : response;
      return toApiError(error.getStatus(), message, genericProblems(error.getStatus()));
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return toApiError(500, 'Internal server error');
  }
}
