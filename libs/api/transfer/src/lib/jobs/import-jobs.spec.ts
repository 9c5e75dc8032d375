import { ApiProblemException, problem } from '@leitbild-monitor/api/platform';
import type { ImportResult } from '@leitbild-monitor/shared/contracts';
import { Logger } from '@nestjs/common';
import { IMPORT_JOB_KEEP_MS, ImportJobs } from './import-jobs';
import type { ImportProgress } from './import-progress';

const result = (errorCount = 0): ImportResult => ({
  mode: 'commit',
  created: 2,
  updated: 0,
  unchanged: 0,
  errors: [],
  errorCount,
  rows: [],
});

/** A job's work that the test finishes by hand. */
function controlled() {
  let report: (progress: ImportProgress) => void = () => undefined;
  let resolve: (value: ImportResult) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const work = (progress: (progress: ImportProgress) => void) => {
    report = progress;
    return new Promise<ImportResult>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
  };
  return {
    work,
    report: (p: ImportProgress) => report(p),
    resolve: (r: ImportResult) => resolve(r),
    reject: (e: unknown) => reject(e),
  };
}

describe('ImportJobs', () => {
  let jobs: ImportJobs;
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z') });
    jobs = new ImportJobs();
  });
  afterEach(() => {
    jobs.onModuleDestroy();
    jest.useRealTimers();
  });

  it('starts queued, shows the progress reported, and ends done with the result and the status of the synchronous answer', async () => {
    const run = controlled();
    const { job, finished } = jobs.start('user-a', 'commit', run.work);
    expect(job).toMatchObject({ state: 'queued', rowsDone: 0, rowsTotal: 0, result: null, finishedAt: null });
    run.report({ rowsDone: 400, rowsTotal: 2000 });
    expect(jobs.get(job.id, 'user-a')).toMatchObject({ state: 'running', rowsDone: 400, rowsTotal: 2000 });
    run.resolve(result());
    await finished;
    expect(jobs.get(job.id, 'user-a')).toMatchObject({
      state: 'done',
      statusCode: 200,
      result: result(),
      error: null,
      finishedAt: '2026-12-06T10:00:00.000Z',
    });
  });

  it('a commit with errors ends done with 422', async () => {
    const run = controlled();
    const { job, finished } = jobs.start('user-a', 'commit', run.work);
    run.resolve(result(3));
    await finished;
    expect(jobs.get(job.id, 'user-a')).toMatchObject({ state: 'done', statusCode: 422 });
  });

  it('an error ends the job as failed with the body the exception filter would send', async () => {
    const run = controlled();
    const { job, finished } = jobs.start('user-a', 'dry-run', run.work);
    run.reject(new ApiProblemException(413, problem('too_many_rows', 'file', { max: 5 }), 'file: too many rows'));
    await finished;
    expect(jobs.get(job.id, 'user-a')).toMatchObject({
      state: 'failed',
      statusCode: 413,
      result: null,
      error: {
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'file: too many rows',
        problems: [{ code: 'too_many_rows', field: 'file', params: { max: 5 } }],
      },
    });
  });

  it('a fault that is no HTTP error becomes a 500 without its details', async () => {
    const run = controlled();
    const { job, finished } = jobs.start('user-a', 'dry-run', run.work);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    run.reject(new Error('SQLITE_IOERR: disk I/O error at /secret/path'));
    await finished;
    const failed = jobs.get(job.id, 'user-a');
    expect(failed).toMatchObject({ state: 'failed', statusCode: 500 });
    expect(JSON.stringify(failed?.error)).not.toContain('secret');
  });

  it('shows a job to its owner only', () => {
    const { job } = jobs.start('user-a', 'dry-run', controlled().work);
    expect(jobs.get(job.id, 'user-a')).toBeDefined();
    expect(jobs.get(job.id, 'user-b')).toBeUndefined();
    expect(jobs.get('no-such-job', 'user-a')).toBeUndefined();
  });

  it('forgets a finished job after the keeping time, never a running one', async () => {
    const ended = controlled();
    const running = controlled();
    const first = jobs.start('user-a', 'dry-run', ended.work);
    const second = jobs.start('user-b', 'dry-run', running.work);
    ended.resolve(result());
    await first.finished;
    jest.setSystemTime(Date.now() + IMPORT_JOB_KEEP_MS - 1000);
    expect(jobs.get(first.job.id, 'user-a')).toBeDefined();
    jest.setSystemTime(Date.now() + 2000);
    expect(jobs.get(first.job.id, 'user-a')).toBeUndefined();
    expect(jobs.get(second.job.id, 'user-b')).toMatchObject({ state: 'queued' });
  });
});
