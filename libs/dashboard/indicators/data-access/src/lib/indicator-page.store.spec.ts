import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { indicator, indicatorHistoryPage } from '../testing/indicator.fixture';
import { IndicatorPageStore } from './indicator-page.store';

describe('IndicatorPageStore', () => {
  let http: HttpTestingController;
  let store: IndicatorPageStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), IndicatorPageStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(IndicatorPageStore);
  });

  afterEach(() => http.verify());

  function flushLoad(value = indicator()) {
    http.expectOne('/api/v1/indicators/i-1').flush(value);
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
  }

  it('loads the indicator and its history', () => {
    store.load('i-1');
    flushLoad();
    expect(store.indicator()).toEqual({ status: 'loaded', value: indicator() });
    expect(store.history()).toMatchObject({ status: 'loaded', value: indicatorHistoryPage().items });
  });

  it('tells an unknown indicator apart from an unavailable server', () => {
    store.load('i-1');
    http.expectOne('/api/v1/indicators/i-1').flush({}, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush({}, { status: 404, statusText: 'Not Found' });
    expect(store.indicator()).toEqual({ status: 'not-found' });

    store.load('i-1');
    http.expectOne('/api/v1/indicators/i-1').flush({}, { status: 503, statusText: 'Unavailable' });
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
    expect(store.indicator()).toEqual({ status: 'failed', reason: 'unavailable' });
  });

  it('enters a value with the loaded version as If-Match and shows the answer with its new state', async () => {
    store.load('i-1');
    flushLoad();

    const result = store.putValue('2026-12-31', { value: 12.5, note: 'vorläufig' });
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/indicators/i-1/values/2026-12-31' });
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    expect(request.request.body).toEqual({ value: 12.5, note: 'vorläufig' });
    request.flush(indicator({ version: 5 }));

    expect(await result).toEqual({ ok: true });
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
    expect(store.indicator()).toMatchObject({ status: 'loaded', value: { version: 5 } });
  });

  it('deletes a goal and a value by date', async () => {
    store.load('i-1');
    flushLoad();

    const goal = store.deleteGoal('2025-12-31');
    http
      .expectOne({ method: 'DELETE', url: '/api/v1/indicators/i-1/goals/2025-12-31' })
      .flush(indicator({ version: 5 }));
    expect(await goal).toEqual({ ok: true });
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());

    const value = store.deleteValue('2021-12-31');
    const request = http.expectOne({ method: 'DELETE', url: '/api/v1/indicators/i-1/values/2021-12-31' });
    expect(request.request.headers.get('If-Match')).toBe('"5"');
    request.flush(indicator({ version: 6 }));
    expect(await value).toEqual({ ok: true });
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
  });

  it('reloads the indicator after 412, so the user sees what someone else saved', async () => {
    store.load('i-1');
    flushLoad();

    const result = store.putGoal('2030-12-31', { value: 650 });
    http
      .expectOne({ method: 'PUT', url: '/api/v1/indicators/i-1/goals/2030-12-31' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });

    expect(await result).toMatchObject({ ok: false, failure: 'conflict' });
    http.expectOne('/api/v1/indicators/i-1').flush(indicator({ version: 7 }));
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
    expect(store.indicator()).toMatchObject({ value: { version: 7 } });
  });

  it('passes the problems of a refused value on, without reloading', async () => {
    store.load('i-1');
    flushLoad();

    const result = store.putValue('2026-12-31', { value: 1 });
    http
      .expectOne({ method: 'PUT', url: '/api/v1/indicators/i-1/values/2026-12-31' })
      .flush(
        { statusCode: 400, problems: [{ field: 'value', code: 'too_large', params: { max: 5 } }] },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(await result).toEqual({
      ok: false,
      failure: 'invalid',
      problems: [{ field: 'value', code: 'too_large', params: { max: 5 } }],
    });
  });

  it('lets admins and the responsible actor’s editors edit, nobody else', async () => {
    await signInAs(http, user({ role: 'editor', actorId: 'a-9' }));
    store.load('i-1');
    flushLoad();
    expect(store.mayEdit()).toBe(false);

    store.load('i-1');
    flushLoad(indicator({ responsibleActorId: 'a-9' }));
    expect(store.mayEdit()).toBe(true);
  });
});
