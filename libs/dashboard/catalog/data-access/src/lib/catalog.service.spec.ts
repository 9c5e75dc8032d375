import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { leitbildSections } from '../testing/leitbild.fixture';
import { CatalogService } from './catalog.service';

describe('CatalogService', () => {
  let service: CatalogService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(CatalogService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the Leitbild once per session', () => {
    const sections = leitbildSections();

    service.loadLeitbild();
    http.expectOne({ method: 'GET', url: '/api/v1/guidelines' }).flush(sections);
    service.loadLeitbild();

    expect(service.leitbild()).toEqual({ status: 'loaded', value: sections });
  });

  it('tries again after a failed request', () => {
    service.loadLeitbild();
    http.expectOne('/api/v1/guidelines').flush('down', { status: 503, statusText: 'Service Unavailable' });
    expect(service.leitbild()).toEqual({ status: 'failed', reason: 'unavailable' });

    service.loadLeitbild();
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());

    expect(service.leitbild().status).toBe('loaded');
  });
});
