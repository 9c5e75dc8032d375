import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { Measure } from '@leitbild-monitor/shared/contracts';
import { measure } from '../testing/measure.fixture';
import { draftOf, emptyDraft } from './measure-draft';
import { MeasureFormStore } from './measure-form.store';

describe('MeasureFormStore', () => {
  let http: HttpTestingController;
  let store: MeasureFormStore;
  let filled: Measure[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), MeasureFormStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MeasureFormStore);
    filled = [];
  });

  afterEach(() => http.verify());

  function load(value = measure()): void {
    store.load('m-1', (loaded) => filled.push(loaded));
    http.expectOne('/api/v1/measures/m-1').flush(value);
  }

  it('loads the measure and hands it to the form once', () => {
    load();

    expect(store.base()).toEqual({ status: 'loaded', value: measure() });
    expect(filled).toEqual([measure()]);
  });

  it('tells an unknown measure apart from an unavailable server, and retries', () => {
    store.load('m-1', (loaded) => filled.push(loaded));
    http.expectOne('/api/v1/measures/m-1').flush({}, { status: 404, statusText: 'Not Found' });
    expect(store.base()).toEqual({ status: 'not-found' });

    store.retry((loaded) => filled.push(loaded));
    http.expectOne('/api/v1/measures/m-1').flush({}, { status: 503, statusText: 'Unavailable' });
    expect(store.base()).toMatchObject({ status: 'failed' });
  });

  it('creates a measure while saving, and says when there is nothing to send', async () => {
    store.startCreating();
    const created = store.save({ ...emptyDraft(), title: 'Neu', fieldOfActionId: 'f-1' });
    expect(store.saving()).toBe(true);
    http.expectOne({ method: 'POST', url: '/api/v1/measures' }).flush(measure({ id: 'm-2', title: 'Neu' }));
    expect(await created).toMatchObject({
      outcome: 'saved',
      measure: { id: 'm-2' },
      savedKey: 'measure.saved.created',
    });
    expect(store.saving()).toBe(false);

    load();
    expect(await store.save(draftOf(measure()))).toEqual({ outcome: 'unchanged' });
  });

  it('sends only the changed fields with the loaded version', async () => {
    load();
    const saved = store.save({ ...draftOf(measure()), title: 'Anders' });
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' });
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    expect(request.request.body).toEqual({ title: 'Anders' });
    request.flush(measure({ title: 'Anders', version: 4 }));
    expect(await saved).toMatchObject({ outcome: 'saved', savedKey: 'measure.saved.edited' });
  });

  it('after a 412 builds the change on the current version and names what the other person changed', async () => {
    load();
    const saved = store.save({ ...draftOf(measure()), title: 'Mein Titel' });
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });
    await Promise.resolve();
    http.expectOne('/api/v1/measures/m-1').flush(measure({ version: 5, progress: 60 }));

    const result = await saved;
    expect(result).toMatchObject({ outcome: 'rebased', draft: { title: 'Mein Titel', progress: 60 } });
    expect(store.base()).toMatchObject({ status: 'loaded', value: { version: 5 } });
    expect(store.conflict()).toMatchObject({ version: 5, changes: [{ field: 'progress' }], otherFields: ['title'] });

    store.clearConflict();
    expect(store.conflict()).toBeNull();
  });

  it('fails with the problems of a refused write', async () => {
    load();
    const saved = store.save({ ...draftOf(measure()), title: '' });
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' })
      .flush(
        { statusCode: 400, problems: [{ field: 'title', code: 'required', params: {} }] },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(await saved).toMatchObject({ outcome: 'failed', failure: 'invalid', problems: [{ field: 'title' }] });
  });

  it('builds its addresses on the API_BASE_URL token', () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        MeasureFormStore,
        { provide: API_BASE_URL, useValue: '/elsewhere/api' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(MeasureFormStore).load('m-1', () => undefined);
    http.expectOne('/elsewhere/api/measures/m-1').flush(measure());
  });
});
