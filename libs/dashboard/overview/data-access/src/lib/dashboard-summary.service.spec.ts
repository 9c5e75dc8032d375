import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { dashboardSummary } from '@leitbild-monitor/shared/contracts/testing';
import { DashboardSummaryService } from './dashboard-summary.service';

describe('DashboardSummaryService', () => {
  let service: DashboardSummaryService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(DashboardSummaryService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the summary from the API', () => {
    const summary = dashboardSummary();

    service.refresh();
    expect(service.summary()).toEqual({ status: 'loading' });
    http.expectOne({ method: 'GET', url: '/api/v1/dashboard/summary' }).flush(summary);

    expect(service.summary()).toEqual({ status: 'loaded', value: summary });
  });

  it('asks again on every refresh', () => {
    service.refresh();
    http.expectOne('/api/v1/dashboard/summary').flush(dashboardSummary());

    service.refresh();
    const newer = dashboardSummary({ generatedAt: '2026-11-24T08:00:00.000Z' });
    http.expectOne('/api/v1/dashboard/summary').flush(newer);

    expect(service.summary()).toEqual({ status: 'loaded', value: newer });
  });

  it('sends only the filters that are set, into the filtered summary only', () => {
    service.load({ fieldOfAction: 'foa-1', from: '2026-01-01', to: '' });
    const request = http.expectOne((req) => req.url === '/api/v1/dashboard/summary');
    expect(request.request.params.keys()).toEqual(['fieldOfAction', 'from']);
    expect(request.request.params.get('fieldOfAction')).toBe('foa-1');
    expect(request.request.params.get('from')).toBe('2026-01-01');
    const filtered = dashboardSummary({ fieldOfActionId: 'foa-1' });
    request.flush(filtered);
    expect(service.filteredSummary()).toEqual({ status: 'loaded', value: filtered });
    expect(service.summary()).toEqual({ status: 'loading' });

    // The unfiltered summary asks for everything.
    service.refresh();
    expect(http.expectOne((req) => req.url === '/api/v1/dashboard/summary').request.params.keys()).toEqual([]);
  });

  it('loads the fields of action once per session', () => {
    service.loadFieldsOfAction();
    http.expectOne({ method: 'GET', url: '/api/v1/fields-of-action?limit=100' }).flush({
      items: [{ id: 'foa-1', key: 'ehrenamt', name: 'Ehrenamt', description: null, position: 1 }],
      total: 1,
      page: 1,
      limit: 100,
    });
    service.loadFieldsOfAction();
    http.expectNone((request) => request.url === '/api/v1/fields-of-action');

    expect(service.fieldsOfAction()).toMatchObject({ status: 'loaded', value: [{ id: 'foa-1', name: 'Ehrenamt' }] });
  });

  it('reports that sign-in is required on 401', () => {
    service.refresh();
    http
      .expectOne('/api/v1/dashboard/summary')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(service.summary()).toEqual({ status: 'failed', reason: 'sign-in-required' });
  });
});
