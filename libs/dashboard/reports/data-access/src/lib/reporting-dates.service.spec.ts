import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ReportingDate } from '@leitbild-monitor/shared/contracts';
import { ReportingDatesService } from './reporting-dates.service';

const reportingDate: ReportingDate = {
  id: 'rd-1',
  name: 'Integrationsrat, Sitzung am 12.03.2026',
  date: '2026-03-12',
  createdAt: '2026-03-12T08:00:00.000Z',
  createdBy: 'Erika Redaktion',
  measureCount: 42,
};

describe('ReportingDatesService', () => {
  let service: ReportingDatesService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(ReportingDatesService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads up to 100 reporting dates from the paged list', () => {
    service.load();
    http
      .expectOne({ method: 'GET', url: '/api/v1/reporting-dates?limit=100' })
      .flush({ items: [reportingDate], total: 1, page: 1, limit: 100 });

    expect(service.reportingDates()).toEqual({ status: 'loaded', value: [reportingDate] });
  });

  it('creates a reporting date and then reloads the list', async () => {
    const created = service.create({ name: reportingDate.name, date: reportingDate.date });
    const post = http.expectOne({ method: 'POST', url: '/api/v1/reporting-dates' });
    expect(post.request.body).toEqual({ name: reportingDate.name, date: reportingDate.date });
    post.flush(reportingDate);

    await expect(created).resolves.toEqual(reportingDate);
    http
      .expectOne('/api/v1/reporting-dates?limit=100')
      .flush({ items: [reportingDate], total: 1, page: 1, limit: 100 });
  });

  it('asks for the changes of the later side since the earlier one, today as "current"', () => {
    service.changes('rd-1', 'current').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/reporting-dates/current/changes?since=rd-1' }).flush({});
  });

  it('names the report JSON and PDF of a reporting date', () => {
    service.report('rd 1', 100).subscribe();
    http.expectOne('/api/v1/reporting-dates/rd%201/report?limit=100').flush({});
    expect(service.pdfUrl('rd-1')).toBe('/api/v1/reporting-dates/rd-1/report.pdf');
  });
});
