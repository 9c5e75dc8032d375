import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { measureListItem, measurePage } from '../testing/measure-list.fixture';
import { DEFAULT_MEASURE_FILTERS } from './measure-filters';
import { MeasureListStore } from './measure-list.store';

describe('MeasureListStore', () => {
  let store: MeasureListStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), MeasureListStore] });
    store = TestBed.inject(MeasureListStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the page for the filters', () => {
    const page = measurePage([measureListItem()]);

    store.load({ ...DEFAULT_MEASURE_FILTERS, status: 'planned', page: 2 });
    const request = http.expectOne((r) => r.url === '/api/v1/measures');
    expect(request.request.params.get('status')).toBe('planned');
    expect(request.request.params.get('page')).toBe('2');
    request.flush(page);

    expect(store.page()).toEqual({ status: 'loaded', value: page });
  });

  it('does not ask again for the same filters, but does when they change or on force', () => {
    store.load(DEFAULT_MEASURE_FILTERS);
    http.expectOne((r) => r.url === '/api/v1/measures').flush(measurePage([]));

    store.load({ ...DEFAULT_MEASURE_FILTERS });
    http.expectNone((r) => r.url === '/api/v1/measures');

    store.load({ ...DEFAULT_MEASURE_FILTERS, q: 'Sprache' });
    expect(http.expectOne((r) => r.url === '/api/v1/measures').request.params.get('q')).toBe('Sprache');

    store.load({ ...DEFAULT_MEASURE_FILTERS, q: 'Sprache' }, true);
    http.expectOne((r) => r.url === '/api/v1/measures').flush(measurePage([]));
  });

  it('reports a failed request', () => {
    store.load(DEFAULT_MEASURE_FILTERS);
    http.expectOne((r) => r.url === '/api/v1/measures').flush('down', { status: 500, statusText: 'Error' });

    expect(store.page()).toEqual({ status: 'failed', reason: 'unavailable' });
  });
});
