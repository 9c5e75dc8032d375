import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { dashboardSummary } from '../testing/dashboard-summary.fixture';
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
