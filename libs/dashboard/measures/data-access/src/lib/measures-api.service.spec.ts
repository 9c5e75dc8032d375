import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MeasureListItem } from '@leitbild-monitor/shared/contracts';
import { measureListItem, measurePage } from '../testing/measure-list.fixture';
import { MeasuresApiService, measureListHttpParams } from './measures-api.service';

describe('measureListHttpParams', () => {
  it('sends only the fields that are set', () => {
    const params = measureListHttpParams({
      status: 'in_progress',
      q: '',
      overdue: false,
      changedSince: '2026-10-01',
      page: 2,
      limit: 50,
      sort: '-updatedAt',
    });

    expect(params.toString()).toBe('status=in_progress&changedSince=2026-10-01&page=2&limit=50&sort=-updatedAt');
  });

  it('sends overdue only when true', () => {
    expect(measureListHttpParams({ overdue: true }).get('overdue')).toBe('true');
  });
});

describe('MeasuresApiService', () => {
  let service: MeasuresApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(MeasuresApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('requests one page of the list with the query', () => {
    const page = measurePage([measureListItem()]);
    let answer: unknown;

    service.list({ guideline: 'g-1', page: 3 }).subscribe((value) => (answer = value));
    const request = http.expectOne((r) => r.url === '/api/v1/measures');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('guideline')).toBe('g-1');
    expect(request.request.params.get('page')).toBe('3');
    request.flush(page);

    expect(answer).toEqual(page);
  });

  it('collects every page with the largest page size', () => {
    const first = Array.from({ length: 100 }, (_, index) => measureListItem({ id: `m-${index}` }));
    const second = [measureListItem({ id: 'm-100' }), measureListItem({ id: 'm-101' })];
    let all: MeasureListItem[] | undefined;

    service.listAll({ status: 'planned' }).subscribe((items) => (all = items));
    const one = http.expectOne((r) => r.url === '/api/v1/measures' && r.params.get('page') === '1');
    expect(one.request.params.get('limit')).toBe('100');
    expect(one.request.params.get('status')).toBe('planned');
    one.flush(measurePage(first, { total: 102, limit: 100 }));
    expect(all).toBeUndefined();
    http
      .expectOne((r) => r.url === '/api/v1/measures' && r.params.get('page') === '2')
      .flush(measurePage(second, { total: 102, page: 2, limit: 100 }));

    expect(all?.map((item) => item.id)).toEqual([...first, ...second].map((item) => item.id));
  });

  it('asks once when everything fits on one page', () => {
    let all: MeasureListItem[] | undefined;

    service.listAll().subscribe((items) => (all = items));
    http.expectOne((r) => r.url === '/api/v1/measures').flush(measurePage([], { total: 0, limit: 100 }));

    expect(all).toEqual([]);
  });
});
