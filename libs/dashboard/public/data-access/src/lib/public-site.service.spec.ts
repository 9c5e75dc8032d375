import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Page, PublicChange, PublicMeasureDetails } from '@leitbild-monitor/shared/contracts';
import { publicMeasuresPage } from '../testing/public-measure.fixture';
import { PublicSiteService } from './public-site.service';

describe('PublicSiteService', () => {
  let service: PublicSiteService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(PublicSiteService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("loads a published measure's page", () => {
    const details: PublicMeasureDetails = {
      measure: publicMeasuresPage().items[0],
      guidelines: [],
      indicators: [],
      changes: [],
    };
    service.loadMeasure('m 1');
    http.expectOne({ method: 'GET', url: '/api/v1/public/measures/m%201/details' }).flush(details);
    expect(service.measure()).toEqual({ status: 'loaded', value: details });
  });

  it('says "not found" for a measure the API does not show, and "unavailable" when the API fails', () => {
    service.loadMeasure('hidden');
    expect(service.measure()).toEqual({ status: 'loading' });
    http
      .expectOne('/api/v1/public/measures/hidden/details')
      .flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    expect(service.measure()).toEqual({ status: 'not-found' });

    service.loadMeasure('broken');
    http
      .expectOne('/api/v1/public/measures/broken/details')
      .flush({ statusCode: 500 }, { status: 500, statusText: 'Internal Server Error' });
    expect(service.measure()).toEqual({ status: 'failed', reason: 'unavailable' });
  });

  it('loads the 50 newest public changes', () => {
    const page: Page<PublicChange> = { items: [], total: 0, page: 1, limit: 50 };
    service.refreshChanges();
    http.expectOne({ method: 'GET', url: '/api/v1/public/changes?limit=50' }).flush(page);
    expect(service.changes()).toEqual({ status: 'loaded', value: page });
    expect(service.feedUrl).toBe('/api/v1/public/feed.atom');
  });
});
