import type {
  HistoryEntry,
  Measure,
  MeasureListItem,
  Page,
  StatusDefinition,
} from '@leitbild-monitor/shared/contracts';
import { pinClock, releaseClock } from '../test/clock';
import { api, Catalog, countMeasures, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('measures API', () => {
  let test: TestApp;
  let catalogue: Catalog;

  beforeAll(async () => {
    // Overdue depends on today: planned ends in 2027 are ahead, those in 2020 past, whenever the test runs.
    pinClock('2026-12-01T10:00:00.000Z');
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });

  const app = () => test.app;
  const field = (index = 0) => catalogue.fields[index].id;

  describe('create and read', () => {
    it('creates a measure as proposed with version 1 and an ETag, and reads it back with all fields', async () => {
      const body = {
        title: 'Sprachcafé im Bürgerhaus',
        description: 'Wöchentliches Treffen zum Deutschüben.',
        fieldOfActionId: field(3),
        guidelineIds: [catalogue.guidelines[0].id, catalogue.guidelines[5].id],
        leadActorId: catalogue.actors[0].id,
        partnerActorIds: [catalogue.actors[1].id],
        contact: { name: 'Ayşe Yılmaz', email: 'ayse.yilmaz@example.org' },
        origin: 'planning_workshop',
        plannedStart: '2027-01-01',
        plannedEnd: '2027-12-31',
        progress: null,
        public: true,
        feasibility: 'feasible',
        feasibilityReason: 'Räume und Ehrenamtliche sind vorhanden.',
      };
      const created = await api(app()).post('/api/v1/measures').send(body).expect(201);
      expect(created.headers['etag']).toBe('"1"');
      expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
      const measure = created.body as Measure;
      expect(measure).toMatchObject({
        ...body,
        guidelineIds: [...body.guidelineIds].sort(),
        status: 'proposed',
        version: 1,
        overdue: false,
      });
      expect(measure.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

      const read = await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200);
      expect(read.headers['etag']).toBe('"1"');
      expect(read.body).toEqual(measure);
    });

    it('needs only title and field of action; progress stays unknown, not 0', async () => {
      const measure = await createMeasure(app(), { title: 'Minimal', fieldOfActionId: field() });
      expect(measure).toMatchObject({
        progress: null,
        public: false,
        guidelineIds: [],
        partnerActorIds: [],
        leadActorId: null,
      });
      expect(measure.contact).toEqual({ name: null, email: null });
    });

    it('keeps text in any script unchanged', async () => {
      const title = 'Türkçe: Göç ve uyum — العربية: الاندماج — Русский: интеграция — 🤝🏽 Ünïcödé ß';
      const measure = await createMeasure(app(), { title, description: 'مرحبا 👋 привет', fieldOfActionId: field() });
      const read = await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200);
      expect(read.body.title).toBe(title);
      expect(read.body.description).toBe('مرحبا 👋 привет');
      const found = await api(app()).get('/api/v1/measures').query({ q: 'интеграция' }).expect(200);
      expect(found.body.items.map((item: Measure) => item.id)).toEqual([measure.id]);
    });

    it('answers 404 for an unknown measure', async () => {
      const response = await api(app()).get('/api/v1/measures/00000000-0000-0000-0000-000000000000').expect(404);
      expect(response.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: expect.stringContaining('no measure'),
        problems: [{ field: null, code: 'not_found', params: {} }],
      });
    });

    it('rejects references to unknown catalogue entries, naming the field, and writes nothing', async () => {
      const before = await countMeasures(app());
      const response = await api(app())
        .post('/api/v1/measures')
        .send({
          title: 'X',
          fieldOfActionId: 'nope',
          leadActorId: 'nope',
          guidelineIds: ['nope'],
          partnerActorIds: ['nope'],
        })
        .expect(400);
      expect(response.body.message).toEqual(
        expect.arrayContaining([
          expect.stringContaining('fieldOfActionId'),
          expect.stringContaining('leadActorId'),
          expect.stringContaining('guidelineIds'),
          expect.stringContaining('partnerActorIds'),
        ]),
      );
      expect(await countMeasures(app())).toBe(before);
    });

    it('rejects an end before the start and the lead actor among the partners', async () => {
      const response = await api(app())
        .post('/api/v1/measures')
        .send({
          title: 'X',
          fieldOfActionId: field(),
          plannedStart: '2027-05-01',
          plannedEnd: '2027-04-01',
          leadActorId: catalogue.actors[0].id,
          partnerActorIds: [catalogue.actors[0].id],
        })
        .expect(400);
      expect(response.body.message).toEqual([
        'plannedEnd must not be before plannedStart',
        'partnerActorIds must not contain the lead actor',
      ]);
    });
  });

  describe('update with optimistic locking', () => {
    let measure: Measure;
    beforeEach(async () => {
      measure = await createMeasure(app(), { title: 'Patenschaften', fieldOfActionId: field(1), progress: 10 });
    });

    it('updates with the current ETag, bumps the version and records old → new in the history', async () => {
      const response = await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ title: 'Patenschaften für Geflüchtete', progress: 25, partnerActorIds: [catalogue.actors[2].id] })
        .expect(200);
      expect(response.headers['etag']).toBe('"2"');
      expect(response.body).toMatchObject({ version: 2, title: 'Patenschaften für Geflüchtete', progress: 25 });

      const history = (await api(app()).get(`/api/v1/measures/${measure.id}/history`).expect(200))
        .body as Page<HistoryEntry>;
      expect(history.total).toBe(2);
      expect(history.items[0]).toMatchObject({
        kind: 'field_change',
        by: 'Systemverwaltung',
        changes: [
          { field: 'title', from: 'Patenschaften', to: 'Patenschaften für Geflüchtete' },
          { field: 'partnerActorIds', from: [], to: [catalogue.actors[2].id] },
          { field: 'progress', from: 10, to: 25 },
        ],
      });
      expect(history.items[1].kind).toBe('created');
    });

    it('answers 412 for a stale version and writes nothing', async () => {
      await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ progress: 20 })
        .expect(200);
      const stale = await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ progress: 90 })
        .expect(412);
      expect(stale.body).toMatchObject({ statusCode: 412, error: 'Precondition Failed' });
      const read = await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200);
      expect(read.body).toMatchObject({ version: 2, progress: 20 });
    });

    it('lets exactly one of two concurrent edits of the same version win', async () => {
      const results = await Promise.all(
        [30, 40, 50, 60].map((progress) =>
          api(app()).patch(`/api/v1/measures/${measure.id}`).set('If-Match', '"1"').send({ progress }),
        ),
      );
      expect(results.map((result) => result.status).sort()).toEqual([200, 412, 412, 412]);
      const history = (await api(app()).get(`/api/v1/measures/${measure.id}/history`).expect(200)).body;
      expect(history.total).toBe(2);
    });

    it('answers 428 without If-Match and 400 for an If-Match that is no ETag', async () => {
      const missing = await api(app()).patch(`/api/v1/measures/${measure.id}`).send({ progress: 5 }).expect(428);
      expect(missing.body.message).toContain('If-Match');
      await api(app()).patch(`/api/v1/measures/${measure.id}`).set('If-Match', 'abc').send({ progress: 5 }).expect(400);
      await api(app()).patch(`/api/v1/measures/${measure.id}`).set('If-Match', '*').send({ progress: 5 }).expect(400);
    });

    it('accepts a weak or unquoted ETag', async () => {
      await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', 'W/"1"')
        .send({ progress: 11 })
        .expect(200);
      await api(app()).patch(`/api/v1/measures/${measure.id}`).set('If-Match', '2').send({ progress: 12 }).expect(200);
    });

    it('refuses status, id, version and timestamps in a PATCH', async () => {
      for (const body of [
        { status: 'completed' },
        { id: 'x' },
        { version: 7 },
        { updatedAt: '2020-01-01' },
        { overdue: true },
      ]) {
        const response = await api(app())
          .patch(`/api/v1/measures/${measure.id}`)
          .set('If-Match', '"1"')
          .send(body)
          .expect(400);
        expect(response.body.message).toEqual([`property ${Object.keys(body)[0]} should not exist`]);
      }
      const read = await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200);
      expect(read.body.version).toBe(1);
    });

    it('refuses null for required fields but lets nullable ones be cleared', async () => {
      const bad = await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ title: null, fieldOfActionId: null, public: null, guidelineIds: null })
        .expect(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^title /),
          expect.stringMatching(/^fieldOfActionId /),
          expect.stringMatching(/^public /),
          expect.stringMatching(/^guidelineIds /),
        ]),
      );
      const cleared = await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ progress: null, contact: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ progress: null, contact: { name: null, email: null } });
    });

    it('does not bump the version for an edit that changes nothing', async () => {
      const response = await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ progress: 10 })
        .expect(200);
      expect(response.body.version).toBe(1);
    });

    it('answers 404 for an unknown measure before looking at the version', async () => {
      await api(app()).patch('/api/v1/measures/unknown').set('If-Match', '"1"').send({ progress: 1 }).expect(404);
    });
  });

  describe('status lifecycle', () => {
    it('serves the lifecycle from the shared domain lib', async () => {
      const statuses = (await api(app()).get('/api/v1/measures/statuses').expect(200)).body as StatusDefinition[];
      expect(statuses.map((status) => status.key)).toEqual([
        'proposed',
        'in_review',
        'planned',
        'in_progress',
        'completed',
        'on_hold',
        'rejected',
      ]);
      expect(statuses.find((status) => status.key === 'proposed')?.next).toEqual(['in_review', 'rejected']);
      expect(statuses.filter((status) => status.requiresNote).map((status) => status.key)).toEqual([
        'on_hold',
        'rejected',
      ]);
    });

    it('walks a measure through the lifecycle, recording each change with its note', async () => {
      const measure = await createMeasure(app(), { title: 'Lebenszyklus', fieldOfActionId: field() });
      let version = 1;
      for (const status of ['in_review', 'planned', 'in_progress', 'completed']) {
        const response = await api(app())
          .post(`/api/v1/measures/${measure.id}/status`)
          .set('If-Match', `"${version}"`)
          .send({ status, note: `nach ${status}` })
          .expect(200);
        version += 1;
        expect(response.headers['etag']).toBe(`"${version}"`);
        expect(response.body.status).toBe(status);
      }
      const done = (await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body as Measure;
      expect(done).toMatchObject({ status: 'completed', progress: 100, overdue: false });
      expect(done.actualStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(done.actualEnd).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const history = (
        await api(app()).get(`/api/v1/measures/${measure.id}/history`).query({ kind: 'status_change' }).expect(200)
      ).body as Page<HistoryEntry>;
      expect(history.items.map((entry) => entry.changes[0])).toEqual([
        { field: 'status', from: 'in_progress', to: 'completed' },
        { field: 'status', from: 'planned', to: 'in_progress' },
        { field: 'status', from: 'in_review', to: 'planned' },
        { field: 'status', from: 'proposed', to: 'in_review' },
      ]);
      expect(history.items[0].note).toBe('nach completed');
      expect(history.items[0].changes).toEqual(expect.arrayContaining([{ field: 'progress', from: null, to: 100 }]));
    });

    it('answers 409 for a transition the lifecycle does not allow, and writes nothing', async () => {
      const measure = await createMeasure(app(), { title: 'Sprung', fieldOfActionId: field() });
      const response = await api(app())
        .post(`/api/v1/measures/${measure.id}/status`)
        .set('If-Match', '"1"')
        .send({ status: 'completed' })
        .expect(409);
      expect(response.body.message).toBe('status: a measure cannot change from proposed to completed');
      const read = await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200);
      expect(read.body).toMatchObject({ status: 'proposed', version: 1 });
    });

    it('needs a reason for on_hold and rejected, and keeps it on the measure', async () => {
      const measure = await createMeasure(app(), { title: 'Ruhend', fieldOfActionId: field() });
      for (const note of [undefined, '', '   ']) {
        const response = await api(app())
          .post(`/api/v1/measures/${measure.id}/status`)
          .set('If-Match', '"1"')
          .send({ status: 'rejected', note })
          .expect(400);
        expect(response.body.message).toBe('note: a reason is required when changing the status to rejected');
      }
      const rejected = await api(app())
        .post(`/api/v1/measures/${measure.id}/status`)
        .set('If-Match', '"1"')
        .send({ status: 'rejected', note: 'Keine Finanzierung' })
        .expect(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', statusNote: 'Keine Finanzierung' });
    });

    it('answers 400 for an unknown status, 428 without If-Match and 412 when stale', async () => {
      const measure = await createMeasure(app(), { title: 'Status-Eingaben', fieldOfActionId: field() });
      const unknown = await api(app())
        .post(`/api/v1/measures/${measure.id}/status`)
        .set('If-Match', '"1"')
        .send({ status: 'done' })
        .expect(400);
      expect(unknown.body.message[0]).toMatch(/^status must be one of the following values/);
      await api(app()).post(`/api/v1/measures/${measure.id}/status`).send({ status: 'in_review' }).expect(428);
      await api(app())
        .post(`/api/v1/measures/${measure.id}/status`)
        .set('If-Match', '"5"')
        .send({ status: 'in_review' })
        .expect(412);
    });
  });

  describe('progress updates', () => {
    it('records a dated note with an optional new progress value', async () => {
      const measure = await createMeasure(app(), { title: 'Fortschritt', fieldOfActionId: field() });
      await api(app())
        .post(`/api/v1/measures/${measure.id}/progress`)
        .set('If-Match', '"1"')
        .send({ note: 'Erste Treffen fanden statt', progress: 30 })
        .expect(200);
      const noteOnly = await api(app())
        .post(`/api/v1/measures/${measure.id}/progress`)
        .set('If-Match', '"2"')
        .send({ note: 'Zwischenstand unverändert' })
        .expect(200);
      expect(noteOnly.body).toMatchObject({ progress: 30, version: 3 });
      const updates = (
        await api(app()).get(`/api/v1/measures/${measure.id}/history`).query({ kind: 'progress_update' }).expect(200)
      ).body as Page<HistoryEntry>;
      expect(updates.items.map((entry) => [entry.note, entry.changes])).toEqual([
        ['Zwischenstand unverändert', []],
        ['Erste Treffen fanden statt', [{ field: 'progress', from: null, to: 30 }]],
      ]);
    });

    it('needs a note and a progress within 0–100', async () => {
      const measure = await createMeasure(app(), { title: 'Fortschritt 2', fieldOfActionId: field() });
      const response = await api(app())
        .post(`/api/v1/measures/${measure.id}/progress`)
        .set('If-Match', '"1"')
        .send({ progress: 101 })
        .expect(400);
      expect(response.body.message).toEqual(
        expect.arrayContaining([expect.stringMatching(/^note /), 'progress must not be greater than 100']),
      );
    });
  });

  describe('history', () => {
    it('is paginated, newest first, and 404 for an unknown measure', async () => {
      const measure = await createMeasure(app(), { title: 'Verlauf', fieldOfActionId: field() });
      for (let version = 1; version <= 3; version++) {
        await api(app())
          .patch(`/api/v1/measures/${measure.id}`)
          .set('If-Match', `"${version}"`)
          .send({ progress: version * 10 })
          .expect(200);
      }
      const page = (
        await api(app()).get(`/api/v1/measures/${measure.id}/history`).query({ limit: 2, page: 1 }).expect(200)
      ).body as Page<HistoryEntry>;
      expect(page).toMatchObject({ total: 4, page: 1, limit: 2 });
      expect(page.items.map((entry) => entry.changes[0].to)).toEqual([30, 20]);
      expect(page.items[0].at >= page.items[1].at).toBe(true);
      await api(app()).get('/api/v1/measures/unknown/history').expect(404);
    });
  });

  describe('list', () => {
    let ids: Record<string, string>;

    beforeAll(async () => {
      // A separate field of action keeps these assertions independent of the measures created above.
      const listField = (await api(app()).post('/api/v1/fields-of-action').send({ name: 'Listen-Test' }).expect(201))
        .body.id;
      const [office, council, network] = catalogue.actors;
      const make = (title: string, extra: Record<string, unknown> = {}) =>
        createMeasure(app(), { title, fieldOfActionId: listField, ...extra });
      const alpha = await make('Alpha Begegnungsfest', {
        leadActorId: office.id,
        plannedEnd: '2020-01-31',
        progress: 40,
      });
      const beta = await make('Beta Sprachkurs', {
        partnerActorIds: [council.id],
        plannedEnd: '2099-12-31',
        progress: 80,
      });
      const gamma = await make('Gamma Ausbildungsmesse', {
        leadActorId: network.id,
        guidelineIds: [catalogue.guidelines[2].id],
        description: 'Mit 50% Rabatt_Aktion',
      });
      const delta = await make('Delta abgeschlossen', { plannedEnd: '2020-01-31' });
      let version = 1;
      for (const status of ['in_review', 'planned', 'in_progress', 'completed']) {
        await api(app())
          .post(`/api/v1/measures/${delta.id}/status`)
          .set('If-Match', `"${version++}"`)
          .send({ status })
          .expect(200);
      }
      ids = { alpha: alpha.id, beta: beta.id, gamma: gamma.id, delta: delta.id, field: listField };
    });

    const list = async (query: Record<string, string | number | boolean>) =>
      (
        await api(app())
          .get('/api/v1/measures')
          .query({ fieldOfAction: ids['field'], ...query })
          .expect(200)
      ).body as Page<MeasureListItem>;
    const titles = (page: Page<MeasureListItem>) => page.items.map((item) => item.title.split(' ')[0]);

    it('filters by field of action and names field and lead actor', async () => {
      const page = await list({ sort: 'title' });
      expect(titles(page)).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
      expect(page.items[0]).toMatchObject({
        fieldOfActionName: 'Listen-Test',
        leadActorName: catalogue.actors[0].name,
      });
    });

    it('filters by status, actor (lead or partner), guideline, text and overdue', async () => {
      expect(titles(await list({ status: 'completed' }))).toEqual(['Delta']);
      expect(titles(await list({ actor: catalogue.actors[1].id }))).toEqual(['Beta']);
      expect(titles(await list({ actor: catalogue.actors[0].id }))).toEqual(['Alpha']);
      expect(titles(await list({ guideline: catalogue.guidelines[2].id }))).toEqual(['Gamma']);
      expect(titles(await list({ q: 'sprachKURS' }))).toEqual(['Beta']);
      expect(titles(await list({ q: '50%' }))).toEqual(['Gamma']);
      expect(titles(await list({ q: '%' }))).toEqual(['Gamma']);
      expect(titles(await list({ q: 'n_a' }))).toEqual([]);
      expect(titles(await list({ overdue: true }))).toEqual(['Alpha']);
      expect(titles(await list({ overdue: false, sort: 'title' }))).toEqual(['Beta', 'Delta', 'Gamma']);
      const alpha = (await list({ overdue: true })).items[0];
      expect(alpha.overdue).toBe(true);
    });

    it('sorts by allow-listed keys in both directions', async () => {
      expect(titles(await list({ sort: '-title' }))).toEqual(['Gamma', 'Delta', 'Beta', 'Alpha']);
      // Unknown progress sorts last either way.
      expect(titles(await list({ sort: '-progress', status: 'proposed' }))).toEqual(['Beta', 'Alpha', 'Gamma']);
      expect(titles(await list({ sort: 'progress', status: 'proposed' }))).toEqual(['Alpha', 'Beta', 'Gamma']);
    });

    it('paginates with total, page and limit', async () => {
      const first = await list({ sort: 'title', limit: 3, page: 1 });
      const second = await list({ sort: 'title', limit: 3, page: 2 });
      expect(first).toMatchObject({ total: 4, page: 1, limit: 3 });
      expect(titles(first)).toEqual(['Alpha', 'Beta', 'Delta']);
      expect(titles(second)).toEqual(['Gamma']);
      const defaults = (await api(app()).get('/api/v1/measures').expect(200)).body;
      expect(defaults).toMatchObject({ page: 1, limit: 25 });
    });

    it('rejects unknown sort keys, limits over 100 and unknown filters with 400', async () => {
      for (const [query, message] of [
        [{ sort: 'contactEmail' }, /^sort must be one of the following values/],
        [{ sort: 'title; DROP TABLE measure' }, /^sort must be one of the following values/],
        [{ limit: 101 }, /^limit must not be greater than 100/],
        [{ limit: 0 }, /^limit must not be less than 1/],
        [{ page: 'x' }, /^page must be an integer number/],
        [{ status: 'done' }, /^status must be one of the following values/],
        [{ overdue: 'yes' }, /^overdue must be a boolean value/],
        [{ color: 'red' }, /^property color should not exist/],
      ] as const) {
        const response = await api(app()).get('/api/v1/measures').query(query).expect(400);
        expect(response.body.message).toContainEqual(expect.stringMatching(message));
      }
      const repeated = await api(app()).get('/api/v1/measures?status=planned&status=completed').expect(400);
      expect(repeated.body.message).toContainEqual(expect.stringMatching(/^status must be one of/));
    });
  });
});
