import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { commentsPage, historyPage, measure } from '../testing/measure.fixture';
import { MeasurePageStore } from './measure-page.store';

describe('MeasurePageStore', () => {
  let http: HttpTestingController;
  let store: MeasurePageStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), MeasurePageStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MeasurePageStore);
  });

  afterEach(() => http.verify());

  function flushLoad(value = measure()) {
    http.expectOne('/api/v1/measures/m-1').flush(value);
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush(historyPage());
    http.expectOne('/api/v1/measures/m-1/comments?limit=100').flush(commentsPage());
  }

  it('loads the measure, its history and comments', () => {
    store.load('m-1');
    flushLoad();

    expect(store.measure()).toEqual({ status: 'loaded', value: measure() });
    expect(store.history()).toMatchObject({ status: 'loaded' });
    expect(store.comments()).toMatchObject({ status: 'loaded' });
  });

  it('tells an unknown measure apart from an unavailable server', () => {
    store.load('m-1');
    http.expectOne('/api/v1/measures/m-1').flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush({}, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/measures/m-1/comments?limit=100').flush({}, { status: 404, statusText: 'Not Found' });

    expect(store.measure()).toEqual({ status: 'not-found' });
  });

  it('changes the status with the loaded version as If-Match and shows the answer', async () => {
    store.load('m-1');
    flushLoad();

    const result = store.changeStatus({ status: 'on_hold', note: 'Raum fehlt' });
    const request = http.expectOne({ method: 'POST', url: '/api/v1/measures/m-1/status' });
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    expect(request.request.body).toEqual({ status: 'on_hold', note: 'Raum fehlt' });
    request.flush(measure({ status: 'on_hold', version: 4, statusNote: 'Raum fehlt' }));

    expect(await result).toEqual({ ok: true });
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush(historyPage());
    expect(store.measure()).toMatchObject({ status: 'loaded', value: { status: 'on_hold', version: 4 } });
  });

  it('reloads the measure after 412, so the user sees what someone else saved', async () => {
    store.load('m-1');
    flushLoad();

    const result = store.addProgressUpdate({ note: 'Weiter so' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/measures/m-1/progress' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });

    expect(await result).toMatchObject({ ok: false, failure: 'conflict' });
    http.expectOne('/api/v1/measures/m-1').flush(measure({ version: 5, progress: 60 }));
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush(historyPage());
    expect(store.measure()).toMatchObject({ value: { version: 5, progress: 60 } });
  });

  it('reports a 403 as forbidden, with no reload', async () => {
    store.load('m-1');
    flushLoad();

    const result = store.changeStatus({ status: 'completed' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/measures/m-1/status' })
      .flush({ statusCode: 403 }, { status: 403, statusText: 'Forbidden' });

    expect(await result).toMatchObject({ ok: false, failure: 'forbidden' });
  });

  it('writes a comment and reloads the list', async () => {
    store.load('m-1');
    flushLoad();

    const result = store.addComment('Gut so.');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/measures/m-1/comments' });
    expect(request.request.body).toEqual({ text: 'Gut so.' });
    request.flush({});

    expect(await result).toEqual({ ok: true });
    http.expectOne('/api/v1/measures/m-1/comments?limit=100').flush(commentsPage([]));
  });

  it('decides edit rights from the signed-in user and the measure', async () => {
    await signInAs(http, user({ role: 'editor', actorId: 'a-9' }));
    store.load('m-1');
    flushLoad();
    expect(store.mayEdit()).toBe(false);
    expect(store.mayComment()).toBe(false);
  });
});
