import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IndicatorValueImportResult } from '@leitbild-monitor/shared/contracts';
import { IndicatorValueImportService } from './indicator-value-import.service';

const result = (overrides: Partial<IndicatorValueImportResult> = {}): IndicatorValueImportResult => ({
  mode: 'dry-run',
  created: 1,
  updated: 0,
  unchanged: 0,
  errors: [],
  errorCount: 0,
  rows: [{ row: 2, action: 'create', indicatorId: 'i-1', code: 'EA-01', date: '2024-12-31', from: null, to: 12.5 }],
  ...overrides,
});

describe('IndicatorValueImportService', () => {
  let http: HttpTestingController;
  let service: IndicatorValueImportService;
  const file = new File(['Code;Datum;Wert\nEA-01;31.12.2024;12,5\n'], 'werte.csv', { type: 'text/csv' });

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(IndicatorValueImportService);
  });

  afterEach(() => http.verify());

  it('sends the file as multipart field "file" with the mode', async () => {
    const outcome = service.upload(file, 'dry-run');
    const request = http.expectOne('/api/v1/indicators/values/import?mode=dry-run');
    expect(request.request.method).toBe('POST');
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    request.flush(result());
    await expect(outcome).resolves.toEqual({ ok: true, result: result() });
  });

  it('reads a refused commit (422) as a result with its errors', async () => {
    const refused = result({
      mode: 'commit',
      errors: [{ row: 3, column: 'Wert', message: 'not a number', code: 'not_number', params: {} }],
      errorCount: 1,
    });
    const outcome = service.upload(file, 'commit');
    http
      .expectOne('/api/v1/indicators/values/import?mode=commit')
      .flush(refused, { status: 422, statusText: 'Unprocessable Entity' });
    await expect(outcome).resolves.toEqual({ ok: true, result: refused });
  });

  it('refuses a file that is no spreadsheet before sending it', async () => {
    await expect(service.upload(new File(['x'], 'werte.pdf'), 'dry-run')).resolves.toEqual({
      ok: false,
      failure: { kind: 'unsupported-type' },
    });
  });

  it('explains a 403', async () => {
    const outcome = service.upload(file, 'dry-run');
    http
      .expectOne('/api/v1/indicators/values/import?mode=dry-run')
      .flush({ problems: [{ field: null, code: 'forbidden_role', params: {} }] }, { status: 403, statusText: 'No' });
    await expect(outcome).resolves.toEqual({ ok: false, failure: { kind: 'forbidden' } });
  });
});
