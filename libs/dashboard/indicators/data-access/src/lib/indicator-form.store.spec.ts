import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { indicator } from '../testing/indicator.fixture';
import { EMPTY_INDICATOR_DRAFT, indicatorDraftOf } from './indicator-draft';
import { IndicatorFormStore } from './indicator-form.store';

describe('IndicatorFormStore', () => {
  let http: HttpTestingController;
  let store: IndicatorFormStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), IndicatorFormStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(IndicatorFormStore);
  });

  afterEach(() => http.verify());

  it('creates an indicator without an empty code and without a baseline', async () => {
    store.startCreating();
    const saved = store.save({
      ...EMPTY_INDICATOR_DRAFT,
      name: 'Teilnehmende an Deutschkursen',
      unit: 'Personen',
      fieldOfActionId: 'f-2',
    });
    const request = http.expectOne({ method: 'POST', url: '/api/v1/indicators' });
    expect(request.request.body).toEqual({
      name: 'Teilnehmende an Deutschkursen',
      description: null,
      unit: 'Personen',
      desiredTrend: 'increase',
      timeResolution: 'year',
      source: null,
      fieldOfActionId: 'f-2',
      guidelineIds: [],
      responsibleActorId: null,
      public: false,
      dueEvery: null,
      dueMonthDay: null,
      measureIds: [],
      progressMeasureIds: [],
    });
    request.flush(indicator({ id: 'i-9' }));
    expect(await saved).toMatchObject({ outcome: 'saved', savedKey: 'indicators.saved.created' });
  });

  it('sends only the changed fields with If-Match, and nothing when nothing changed', async () => {
    let filled = EMPTY_INDICATOR_DRAFT;
    store.load('i-1', (loaded) => (filled = indicatorDraftOf(loaded)));
    http.expectOne('/api/v1/indicators/i-1').flush(indicator());

    expect(await store.save(filled)).toEqual({ outcome: 'unchanged' });
    // Reordered ids are no change.
    expect(await store.save({ ...filled, measureIds: [...filled.measureIds].reverse() })).toEqual({
      outcome: 'unchanged',
    });

    const saved = store.save({ ...filled, unit: 'Engagierte', baselineDate: '2022-12-31' });
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/indicators/i-1' });
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    expect(request.request.body).toEqual({ unit: 'Engagierte', baselineDate: '2022-12-31' });
    request.flush(indicator({ version: 5, unit: 'Engagierte' }));
    expect(await saved).toMatchObject({ outcome: 'saved', savedKey: 'indicators.saved.edited' });
  });

  it('after 412 builds the user’s changes on the current version and names what the other person changed', async () => {
    let filled = EMPTY_INDICATOR_DRAFT;
    store.load('i-1', (loaded) => (filled = indicatorDraftOf(loaded)));
    http.expectOne('/api/v1/indicators/i-1').flush(indicator());

    const saved = store.save({ ...filled, unit: 'Engagierte', source: 'Eigene Zählung' });
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/indicators/i-1' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });
    await Promise.resolve();
    http.expectOne('/api/v1/indicators/i-1').flush(indicator({ version: 6, name: 'Engagierte (neu)', unit: 'Köpfe' }));

    const result = await saved;
    expect(result).toMatchObject({
      outcome: 'rebased',
      draft: { name: 'Engagierte (neu)', unit: 'Engagierte', source: 'Eigene Zählung' },
    });
    expect(store.conflict()).toEqual({ version: 6, theirs: ['name', 'unit'], mineOnly: ['source'] });
    expect(store.indicator()?.version).toBe(6);
  });

  it('reports a refused save with the API’s problems', async () => {
    store.startCreating();
    const saved = store.save({ ...EMPTY_INDICATOR_DRAFT, code: 'EA-01', name: 'x', unit: 'x', fieldOfActionId: 'f' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/indicators' })
      .flush(
        { statusCode: 409, problems: [{ field: 'code', code: 'duplicate_code', params: {} }] },
        { status: 409, statusText: 'Conflict' },
      );
    expect(await saved).toEqual({
      outcome: 'failed',
      failure: 'illegal-transition',
      problems: [{ field: 'code', code: 'duplicate_code', params: {} }],
    });
  });
});
