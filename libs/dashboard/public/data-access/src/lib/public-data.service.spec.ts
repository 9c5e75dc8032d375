import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { dashboardSummary } from '@leitbild-monitor/shared/contracts/testing';
import { publicMeasuresPage } from '../testing/public-measure.fixture';
import { PublicDataService } from './public-data.service';

describe('PublicDataService', () => {
  let service: PublicDataService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(PublicDataService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the summary of the published measures', () => {
    service.refreshSummary();
    http.expectOne({ method: 'GET', url: '/api/v1/public/summary' }).flush(dashboardSummary());

    expect(service.summary()).toEqual({ status: 'loaded', value: dashboardSummary() });
  });

  it('loads the 25 most recently updated published measures', () => {
    service.refreshLatestMeasures();
    const request = http.expectOne({ method: 'GET', url: '/api/v1/public/measures?limit=25&sort=-updatedAt' });
    request.flush(publicMeasuresPage());

    expect(service.latestMeasures()).toEqual({ status: 'loaded', value: publicMeasuresPage() });
  });
});
