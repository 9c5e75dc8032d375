import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IMPORT_MAX_BYTES, ImportJob, ImportResult } from '@leitbild-monitor/shared/contracts';
import { IMPORT_POLL_MS, ImportProgress, MeasureImportService, checkImportFile } from './measure-import.service';

const result = (overrides: Partial<ImportResult> = {}): ImportResult => ({
  mode: 'dry-run',
  created: 1,
  updated: 0,
  unchanged: 0,
  errors: [],
  errorCount: 0,
  rows: [{ row: 2, action: 'create', measureId: null, title: 'Sprachcafé', changedFields: [], changes: [] }],
  ...overrides,
});

describe('checkImportFile', () => {
  it('accepts .csv and .xlsx files up to the size limit, whatever the case of the ending', () => {
    expect(checkImportFile({ name: 'massnahmen.CSV', size: 10 })).toBeNull();
    expect(checkImportFile({ name: 'liste.xlsx', size: IMPORT_MAX_BYTES })).toBeNull();
  });

  it('refuses other kinds of files and files above the limit before they are sent', () => {
    expect(checkImportFile({ name: 'liste.xls', size: 10 })).toEqual({ kind: 'unsupported-type' });
    expect(checkImportFile({ name: 'liste.csv', size: IMPORT_MAX_BYTES + 1 })).toEqual({
      kind: 'too-large',
      maxBytes: IMPORT_MAX_BYTES,
    });
  });
});

describe('MeasureImportService', () => {
  let service: MeasureImportService;
  let http: HttpTestingController;
  const file = new File(['Titel;Handlungsfeld\r\nA;B\r\n'], 'massnahmen.csv', { type: 'text/csv' });

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(MeasureImportService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('uploads the file as the multipart field "file" with the mode in the query', async () => {
    const outcome = service.upload(file, 'dry-run');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/measures/import?mode=dry-run' });
    const body = request.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect((body.get('file') as File).name).toBe('massnahmen.csv');
    request.flush(result());

    await expect(outcome).resolves.toEqual({ ok: true, result: result() });
  });

  it('reads a refused commit (422) as a result with its errors', async () => {
    const refused = result({
      mode: 'commit',
      errors: [{ row: 3, column: 'Fortschritt', message: 'keine Zahl', code: 'invalid_value', params: {} }],
      errorCount: 1,
    });
    const outcome = service.upload(file, 'commit');
    http
      .expectOne('/api/v1/measures/import?mode=commit')
      .flush(refused, { status: 422, statusText: 'Unprocessable Entity' });

    await expect(outcome).resolves.toEqual({ ok: true, result: refused });
  });

  const problem = (code: string, params: Record<string, unknown> = {}) => ({ field: 'file', code, params });

  it.each([
    [413, problem('payload_too_large', { max: IMPORT_MAX_BYTES }), { kind: 'too-large', maxBytes: IMPORT_MAX_BYTES }],
    [
      413,
      problem('too_many_columns', { max: 64 }),
      { kind: 'refused', problems: [{ key: 'problems.too_many_columns', params: { max: 64 } }] },
    ],
    [
      413,
      problem('payload_too_large', { max: 104857600 }),
      { kind: 'refused', problems: [{ key: 'problems.payload_too_large', params: { max: 104857600 } }] },
    ],
    [
      429,
      { field: null, code: 'import_in_progress', params: {} },
      { kind: 'refused', problems: [{ key: 'problems.import_in_progress', params: {} }] },
    ],
    [415, problem('file_type_unsupported'), { kind: 'unsupported-type' }],
    [
      400,
      problem('file_type_mismatch'),
      { kind: 'unreadable', problems: [{ key: 'problems.file_type_mismatch', params: {} }] },
    ],
    [403, problem('forbidden_role'), { kind: 'forbidden' }],
    [503, problem('service_unavailable'), { kind: 'unavailable' }],
  ])('explains a %s answer with %j', async (status, answered, failure) => {
    const outcome = service.upload(file, 'dry-run');
    http
      .expectOne('/api/v1/measures/import?mode=dry-run')
      .flush({ statusCode: status, message: 'file: …', problems: [answered] }, { status, statusText: 'Error' });

    await expect(outcome).resolves.toEqual({ ok: false, failure });
  });

  it('explains a 413 without problems (a proxy refused the body) by the size limit', async () => {
    const outcome = service.upload(file, 'dry-run');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush('Too large', { status: 413, statusText: 'Error' });
    await expect(outcome).resolves.toEqual({ ok: false, failure: { kind: 'too-large', maxBytes: IMPORT_MAX_BYTES } });
  });

  describe('a large import that runs as a job (202)', () => {
    const job = (overrides: Partial<ImportJob> = {}): ImportJob => ({
      id: '6f1c2a44-2b7e-4d55-9a61-1f0c6a8e2b10',
      mode: 'dry-run',
      state: 'queued',
      rowsDone: 0,
      rowsTotal: 0,
      createdAt: '2026-12-06T10:00:00.000Z',
      finishedAt: null,
      statusCode: null,
      result: null,
      error: null,
      ...overrides,
    });
    const jobUrl = '/api/v1/imports/6f1c2a44-2b7e-4d55-9a61-1f0c6a8e2b10';
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('asks for an asynchronous answer, polls the job, reports the rows done and ends with its result', async () => {
      const seen: ImportProgress[] = [];
      const outcome = service.upload(file, 'dry-run', (progress) => seen.push(progress));
      const upload = http.expectOne('/api/v1/measures/import?mode=dry-run');
      expect(upload.request.headers.get('Prefer')).toBe('respond-async');
      upload.flush(job(), { status: 202, statusText: 'Accepted' });
      await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
      http.expectOne(jobUrl).flush(job({ state: 'running', rowsDone: 4000, rowsTotal: 20000 }));
      await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
      http
        .expectOne(jobUrl)
        .flush(job({ state: 'done', rowsDone: 20000, rowsTotal: 20000, statusCode: 200, result: result() }));

      await expect(outcome).resolves.toEqual({ ok: true, result: result() });
      expect(seen).toEqual([
        { rowsDone: 0, rowsTotal: 0 },
        { rowsDone: 4000, rowsTotal: 20000 },
        { rowsDone: 20000, rowsTotal: 20000 },
      ]);
    });

    it('reads a job that failed like the synchronous error answer it carries', async () => {
      const outcome = service.upload(file, 'dry-run');
      http.expectOne('/api/v1/measures/import?mode=dry-run').flush(job(), { status: 202, statusText: 'Accepted' });
      await jest.advanceTimersByTimeAsync(IMPORT_POLL_MS);
      const problems = [{ field: 'file', code: 'too_many_rows' as const, params: { max: 20000 } }];
      http.expectOne(jobUrl).flush(
        job({
          state: 'failed',
          statusCode: 413,
          error: { statusCode: 413, error: 'Payload Too Large', message: 'file: too many rows', problems },
        }),
      );
      const answered = await outcome;
      expect(answered.ok).toBe(false);
      expect(answered.ok === false && answered.failure.kind).toBe('refused');
    });
  });
});
