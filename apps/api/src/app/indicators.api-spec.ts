import type {
  Indicator,
  IndicatorHistoryEntry,
  IndicatorListItem,
  IndicatorSummary,
  IndicatorValueImportResult,
  Measure,
  Page,
  ReportingChanges,
  ReportingReport,
} from '@leitbild-monitor/shared/contracts';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { pinClock, releaseClock } from '../test/clock';
import { pdfText } from '../test/pdf-text';
import { anonymous, api, Catalog, createMeasure, seedCatalog, userWithToken, countRows } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';

/** Tables a values import may write: equal row counts before and after mean nothing was written. */
const WRITTEN_TABLES = ['indicator', 'indicator_value', 'indicator_history', 'audit_entry'];

function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const stream = response as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A CSV file as German Excel saves it: `;`, CRLF, UTF-8 with BOM (or Windows-1252). */
function germanCsv(lines: string[], encoding: 'utf8-bom' | 'win1252' = 'utf8-bom'): Buffer {
  const text = `${lines.join('\r\n')}\r\n`;
  return encoding === 'win1252' ? iconv.encode(text, 'win1252') : Buffer.from(`\uFEFF${text}`, 'utf8');
}

describe('indicators API', () => {
  let test: TestApp;
  let catalogue: Catalog;
  const tokens = {} as Record<'editorA' | 'editorB' | 'reviewer' | 'viewer', string>;

  beforeAll(async () => {
    pinClock('2026-12-01T10:00:00.000Z');
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
    const [actorA, actorB] = catalogue.actors;
    for (const [key, role, actorId] of [
      ['editorA', 'editor', actorA.id],
      ['editorB', 'editor', actorB.id],
      ['reviewer', 'reviewer', null],
      ['viewer', 'viewer', null],
    ] as const) {
      tokens[key] = (
        await userWithToken(test.app, { email: `ind-${key}@example.org`, role, actorId, name: `Person ${key}` })
      ).token;
    }
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });

  const app = () => test.app;
  const field = (index = 0) => catalogue.fields[index].id;
  let codes = 0;
  const nextCode = () => `T-${++codes}`;

  async function createIndicator(body: Record<string, unknown> = {}, token?: string): Promise<Indicator> {
    const response = await api(app(), token)
      .post('/api/v1/indicators')
      .send({
        code: nextCode(),
        name: 'Ehrenamtliche in den Lokalen Partnerschaften',
        unit: 'Personen',
        desiredTrend: 'increase',
        fieldOfActionId: field(1),
        responsibleActorId: catalogue.actors[0].id,
        ...body,
      });
    if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Indicator;
  }

  function putValue(indicator: { id: string }, date: string, body: object, version: number, token?: string) {
    return api(app(), token)
      .put(`/api/v1/indicators/${indicator.id}/values/${date}`)
      .set('If-Match', `"${version}"`)
      .send(body);
  }

  function putGoal(indicator: { id: string }, date: string, value: number, version: number, token?: string) {
    return api(app(), token)
      .put(`/api/v1/indicators/${indicator.id}/goals/${date}`)
      .set('If-Match', `"${version}"`)
      .send({ value });
  }

  /** An indicator with values 2020–2022 and goals for 2025 and 2030, built through the API; its last answer. */
  async function indicatorWithSeries(body: Record<string, unknown> = {}, latest = 224): Promise<Indicator> {
    let indicator = await createIndicator(body);
    const steps: [string, string, number][] = [
      ['goals', '2025-12-31', 260],
      ['goals', '2030-12-31', 300],
      ['values', '2020-12-31', 200],
      ['values', '2021-12-31', 210],
      ['values', '2022-12-31', latest],
    ];
    for (const [kind, date, value] of steps) {
      indicator = (
        await api(app())
          .put(`/api/v1/indicators/${indicator.id}/${kind}/${date}`)
          .set('If-Match', `"${indicator.version}"`)
          .send({ value })
          .expect(200)
      ).body;
    }
    return indicator;
  }

  describe('create and read', () => {
    it('creates an indicator with every field, an ETag and the computed state, and reads it back', async () => {
      const measure = await createMeasure(app(), { title: 'Freiwilligenbörse', fieldOfActionId: field(1) });
      const body = {
        code: 'EA-01',
        name: 'Ehrenamtliche in den Lokalen Partnerschaften',
        description: 'Aktive Ehrenamtliche zum Jahresende.',
        unit: 'Personen',
        desiredTrend: 'increase',
        timeResolution: 'year',
        source: 'Lokale Partnerschaften Harburg',
        fieldOfActionId: field(1),
        guidelineIds: [catalogue.guidelines[3].id, catalogue.guidelines[1].id],
        responsibleActorId: catalogue.actors[2].id,
        public: true,
        dueEvery: 'year',
        dueMonthDay: '03-31',
        measureIds: [measure.id],
        progressMeasureIds: [measure.id],
      };
      const created = await api(app()).post('/api/v1/indicators').send(body).expect(201);
      expect(created.headers['etag']).toBe('"1"');
      const indicator = created.body as Indicator;
      expect(indicator).toEqual({
        ...body,
        id: expect.any(String),
        version: 1,
        guidelineIds: [...body.guidelineIds].sort(),
        baselineDate: null,
        state: 'no_data',
        progress: null,
        baseline: null,
        latest: null,
        finalGoal: null,
        goalLineAtLatest: null,
        values: [],
        goals: [],
        goalLine: [],
        measures: [
          {
            measureId: measure.id,
            title: 'Freiwilligenbörse',
            status: 'proposed',
            progress: null,
            showsProgress: true,
          },
        ],
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        updatedAt: indicator.createdAt,
      });
      const read = await api(app()).get(`/api/v1/indicators/${indicator.id}`).expect(200);
      expect(read.headers['etag']).toBe('"1"');
      expect(read.body).toEqual(indicator);
      // The measure names its indicator, and the list of a measure's indicators finds it.
      expect((await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body.indicatorIds).toEqual([
        indicator.id,
      ]);
      const linked = await api(app()).get('/api/v1/indicators').query({ measure: measure.id }).expect(200);
      expect(linked.body.items.map((item: IndicatorListItem) => item.code)).toEqual(['EA-01']);
    });

    it('needs only name, unit, direction and field of action; the code is made up when left out', async () => {
      const response = await api(app())
        .post('/api/v1/indicators')
        .send({ name: 'Minimal', unit: '%', desiredTrend: 'decrease', fieldOfActionId: field() })
        .expect(201);
      expect(response.body).toMatchObject({
        code: expect.stringMatching(/^K-[0-9A-F]{8}$/),
        timeResolution: 'year',
        public: false,
        responsibleActorId: null,
        guidelineIds: [],
        measureIds: [],
        state: 'no_data',
      });
    });

    it('refuses a code another indicator has, ignoring case, with 409', async () => {
      await createIndicator({ code: 'DUP-1' });
      const response = await api(app())
        .post('/api/v1/indicators')
        .send({ code: 'dup-1', name: 'X', unit: 'x', desiredTrend: 'increase', fieldOfActionId: field() })
        .expect(409);
      expect(response.body.problems).toEqual([{ field: 'code', code: 'duplicate_code', params: {} }]);
      // Beyond ASCII too (SQLite's LOWER knows only ASCII letters).
      const umlaut = await createIndicator({ code: 'ÜB-1' });
      await api(app())
        .post('/api/v1/indicators')
        .send({ code: 'üb-1', name: 'X', unit: 'x', desiredTrend: 'increase', fieldOfActionId: field() })
        .expect(409);
      await api(app())
        .patch(`/api/v1/indicators/${umlaut.id}`)
        .set('If-Match', '"1"')
        .send({ code: 'üb-1' })
        .expect(200);
    });

    it('refuses unknown references and broken rules, naming each field, and writes nothing', async () => {
      const before = (await api(app()).get('/api/v1/indicators').expect(200)).body.total;
      const response = await api(app())
        .post('/api/v1/indicators')
        .send({
          name: 'X',
          unit: 'x',
          desiredTrend: 'increase',
          fieldOfActionId: 'nope',
          responsibleActorId: 'nope',
          guidelineIds: ['nope'],
          measureIds: ['nope'],
          progressMeasureIds: ['other'],
          dueEvery: 'quarter',
          dueMonthDay: '03-31',
        })
        .expect(400);
      expect(response.body.problems.map((found: { field: string; code: string }) => [found.field, found.code])).toEqual(
        expect.arrayContaining([
          ['fieldOfActionId', 'unknown_reference'],
          ['responsibleActorId', 'unknown_reference'],
          ['guidelineIds', 'unknown_reference'],
          ['measureIds', 'unknown_reference'],
          ['progressMeasureIds', 'unknown_reference'],
          ['dueMonthDay', 'invalid_value'],
        ]),
      );
      expect((await api(app()).get('/api/v1/indicators').expect(200)).body.total).toBe(before);
    });

    it('validates the fields themselves', async () => {
      const response = await api(app())
        .post('/api/v1/indicators')
        .send({ code: 'mit Leerzeichen', name: '', unit: 'x', desiredTrend: 'sideways', fieldOfActionId: field() })
        .expect(400);
      expect(response.body.problems).toEqual(
        expect.arrayContaining([
          { field: 'code', code: 'invalid_format', params: {} },
          { field: 'name', code: 'required', params: {} },
          { field: 'desiredTrend', code: 'not_allowed_value', params: { allowed: ['increase', 'decrease'] } },
        ]),
      );
      await api(app()).get(`/api/v1/indicators/${UNKNOWN_ID}`).expect(404);
    });
  });

  describe('values, goals and the state served with every answer', () => {
    it('computes state, progress, baseline, latest value, final goal and goal line from values and goals', async () => {
      const indicator = await indicatorWithSeries();
      expect(indicator).toMatchObject({
        version: 6,
        state: 'on_track',
        progress: 24,
        baseline: { date: '2020-12-31', value: 200 },
        latest: { date: '2022-12-31', value: 224 },
        finalGoal: { date: '2030-12-31', value: 300 },
        goalLine: [
          { date: '2020-12-31', value: 200 },
          { date: '2025-12-31', value: 260 },
          { date: '2030-12-31', value: 300 },
        ],
        goals: [
          { date: '2025-12-31', value: 260 },
          { date: '2030-12-31', value: 300 },
        ],
      });
      expect(indicator.goalLineAtLatest).toBeCloseTo(223.99, 2);
      expect(indicator.values.map((value) => [value.date, value.value, value.enteredBy])).toEqual([
        ['2020-12-31', 200, 'Systemverwaltung'],
        ['2021-12-31', 210, 'Systemverwaltung'],
        ['2022-12-31', 224, 'Systemverwaltung'],
      ]);
      // The list serves the same state, with a trend of the latest values and the names a table shows.
      const list = await api(app()).get('/api/v1/indicators').query({ q: indicator.code }).expect(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({
          id: indicator.id,
          state: 'on_track',
          progress: 24,
          latest: { date: '2022-12-31', value: 224 },
          finalGoal: { date: '2030-12-31', value: 300 },
          fieldOfActionName: catalogue.fields[1].name,
          responsibleActorName: catalogue.actors[0].name,
          trend: [
            { date: '2020-12-31', value: 200 },
            { date: '2021-12-31', value: 210 },
            { date: '2022-12-31', value: 224 },
          ],
        }),
      ]);
    });

    it('keeps decimals and zero as values: a missing value is missing, never zero', async () => {
      let indicator = await createIndicator({ desiredTrend: 'decrease', unit: 'Fälle' });
      indicator = (await putGoal(indicator, '2026-12-31', 0, 1).expect(200)).body;
      indicator = (await putValue(indicator, '2023-12-31', { value: 12.5 }, 2).expect(200)).body;
      expect(indicator).toMatchObject({ state: 'no_data', progress: null, latest: { value: 12.5 } });
      indicator = (await putValue(indicator, '2025-12-31', { value: 0 }, 3).expect(200)).body;
      expect(indicator).toMatchObject({ state: 'reached', progress: 100, latest: { date: '2025-12-31', value: 0 } });
      expect(indicator.values.map((value) => value.value)).toEqual([12.5, 0]);
    });

    it('answers 412 for a stale If-Match and 428 without one, writing nothing', async () => {
      const indicator = await indicatorWithSeries();
      const stale = await putValue(indicator, '2023-12-31', { value: 1 }, indicator.version - 1).expect(412);
      expect(stale.body.problems).toEqual([
        { field: 'If-Match', code: 'version_mismatch', params: { current: indicator.version } },
      ]);
      await api(app()).put(`/api/v1/indicators/${indicator.id}/values/2023-12-31`).send({ value: 1 }).expect(428);
      await putGoal(indicator, '2024-12-31', 1, 1).expect(412);
      await api(app())
        .delete(`/api/v1/indicators/${indicator.id}/values/2020-12-31`)
        .set('If-Match', '"1"')
        .expect(412);
      await api(app())
        .patch(`/api/v1/indicators/${indicator.id}`)
        .set('If-Match', '"1"')
        .send({ name: 'Neu' })
        .expect(412);
      const read = (await api(app()).get(`/api/v1/indicators/${indicator.id}`).expect(200)).body as Indicator;
      expect(read).toEqual(indicator);
    });

    it('lets exactly one of concurrent writes of the same version win', async () => {
      const indicator = await indicatorWithSeries();
      const results = await Promise.all(
        [1, 2, 3, 4].map((value) => putValue(indicator, '2023-12-31', { value }, indicator.version)),
      );
      expect(results.map((result) => result.status).sort()).toEqual([200, 412, 412, 412]);
    });

    it('keeps a corrected value in the history, with who and when, and its note', async () => {
      const indicator = await indicatorWithSeries();
      const corrected = await putValue(
        indicator,
        '2022-12-31',
        { value: 226, note: 'Nachmeldung eines Vereins' },
        indicator.version,
        tokens.editorA,
      ).expect(200);
      expect(corrected.headers['etag']).toBe(`"${indicator.version + 1}"`);
      expect((corrected.body as Indicator).values[2]).toEqual({
        date: '2022-12-31',
        value: 226,
        note: 'Nachmeldung eines Vereins',
        enteredBy: 'Person editorA',
        enteredAt: expect.stringMatching(/^2026-12-01T/),
      });
      const history = (await api(app()).get(`/api/v1/indicators/${indicator.id}/history`).expect(200))
        .body as Page<IndicatorHistoryEntry>;
      expect(history.items[0]).toEqual({
        id: expect.any(Number),
        indicatorId: indicator.id,
        kind: 'value_set',
        at: expect.stringMatching(/^2026-12-01T/),
        by: 'Person editorA',
        date: '2022-12-31',
        changes: [
          { field: 'value', from: 224, to: 226 },
          { field: 'note', from: null, to: 'Nachmeldung eines Vereins' },
        ],
      });
      expect(history.items.map((entry) => entry.kind)).toEqual([
        'value_set',
        'value_set',
        'value_set',
        'value_set',
        'goal_set',
        'goal_set',
        'created',
      ]);
      // The same value and note again changes nothing: no new version, no history entry.
      const again = await putValue(
        indicator,
        '2022-12-31',
        { value: 226, note: 'Nachmeldung eines Vereins' },
        indicator.version + 1,
      ).expect(200);
      expect(again.body.version).toBe(indicator.version + 1);
      const audit = await api(app()).get('/api/v1/audit').query({ action: 'indicator.value_set' }).expect(200);
      expect(audit.body.items[0]).toMatchObject({
        actorLabel: 'ind-editora@example.org',
        targetId: indicator.id,
        details: { date: '2022-12-31', fields: ['value', 'note'] },
      });
    });

    it('removes values and goals, 404 for a date without one, and unmarks a removed baseline', async () => {
      let indicator = await indicatorWithSeries();
      indicator = (
        await api(app())
          .patch(`/api/v1/indicators/${indicator.id}`)
          .set('If-Match', `"${indicator.version}"`)
          .send({ baselineDate: '2021-12-31' })
          .expect(200)
      ).body;
      expect(indicator).toMatchObject({ baselineDate: '2021-12-31', baseline: { value: 210 }, progress: 15.6 });
      await api(app())
        .delete(`/api/v1/indicators/${indicator.id}/values/2023-06-30`)
        .set('If-Match', `"${indicator.version}"`)
        .expect(404);
      indicator = (
        await api(app())
          .delete(`/api/v1/indicators/${indicator.id}/values/2021-12-31`)
          .set('If-Match', `"${indicator.version}"`)
          .expect(200)
      ).body;
      expect(indicator).toMatchObject({ baselineDate: null, baseline: { date: '2020-12-31' }, progress: 24 });
      indicator = (
        await api(app())
          .delete(`/api/v1/indicators/${indicator.id}/goals/2030-12-31`)
          .set('If-Match', `"${indicator.version}"`)
          .expect(200)
      ).body;
      expect(indicator).toMatchObject({ finalGoal: { date: '2025-12-31', value: 260 }, progress: 40 });
      const history = (await api(app()).get(`/api/v1/indicators/${indicator.id}/history`).expect(200)).body;
      expect(history.items.slice(0, 2)).toMatchObject([
        { kind: 'goal_deleted', date: '2030-12-31', changes: [{ field: 'goal', from: 300, to: null }] },
        {
          kind: 'value_deleted',
          date: '2021-12-31',
          changes: [
            { field: 'value', from: 210, to: null },
            { field: 'baselineDate', from: '2021-12-31', to: null },
          ],
        },
      ]);
    });

    it('marks only a date that has a value as baseline', async () => {
      const indicator = await indicatorWithSeries();
      const response = await api(app())
        .patch(`/api/v1/indicators/${indicator.id}`)
        .set('If-Match', `"${indicator.version}"`)
        .send({ baselineDate: '2019-12-31' })
        .expect(400);
      expect(response.body.problems).toEqual([{ field: 'baselineDate', code: 'unknown_reference', params: {} }]);
    });

    it('checks the date of the path and the number of the body', async () => {
      const indicator = await createIndicator();
      const badDate = await putValue(indicator, '31.12.2024', { value: 1 }, 1).expect(400);
      expect(badDate.body.problems).toEqual([{ field: 'date', code: 'invalid_date', params: {} }]);
      await putValue(indicator, '2024-02-30', { value: 1 }, 1).expect(400);
      const notNumber = await putValue(indicator, '2024-12-31', { value: '12,5' }, 1).expect(400);
      expect(notNumber.body.problems).toEqual(
        expect.arrayContaining([{ field: 'value', code: 'not_number', params: {} }]),
      );
      await putValue(indicator, '2024-12-31', { value: 1e13 }, 1).expect(400);
      await putValue(indicator, '2024-12-31', {}, 1).expect(400);
      await putGoal(indicator, '2024-12-31', Number.NaN, 1).expect(400);
      await putValue({ id: UNKNOWN_ID }, '2024-12-31', { value: 1 }, 1).expect(404);
    });

    it('follows a change of direction: the same figures against a falling goal', async () => {
      const indicator = await indicatorWithSeries({}, 250);
      const flipped = await api(app())
        .patch(`/api/v1/indicators/${indicator.id}`)
        .set('If-Match', `"${indicator.version}"`)
        .send({ desiredTrend: 'decrease' })
        .expect(200);
      // Goals above the baseline with a falling direction: already met, so reached.
      expect(flipped.body).toMatchObject({ desiredTrend: 'decrease', state: 'reached' });
    });

    it('filters and sorts by state and progress, and counts states per field of action', async () => {
      const fieldId = field(4);
      const onTrack = await indicatorWithSeries({ fieldOfActionId: fieldId }, 240);
      const offTrack = await indicatorWithSeries({ fieldOfActionId: fieldId }, 205);
      const empty = await createIndicator({ fieldOfActionId: fieldId });
      const page = (
        await api(app()).get('/api/v1/indicators').query({ fieldOfAction: fieldId, sort: '-progress' }).expect(200)
      ).body as Page<IndicatorListItem>;
      expect(page.items.map((item) => [item.id, item.state, item.progress])).toEqual([
        [onTrack.id, 'on_track', 40],
        [offTrack.id, 'off_track', 5],
        [empty.id, 'no_data', null],
      ]);
      const offOnly = await api(app()).get('/api/v1/indicators').query({ fieldOfAction: fieldId, state: 'off_track' });
      expect(offOnly.body.items.map((item: IndicatorListItem) => item.id)).toEqual([offTrack.id]);
      const byState = await api(app()).get('/api/v1/indicators').query({ fieldOfAction: fieldId, sort: 'state' });
      expect(byState.body.items.map((item: IndicatorListItem) => item.state)).toEqual([
        'off_track',
        'on_track',
        'no_data',
      ]);
      await api(app()).get('/api/v1/indicators').query({ state: 'great' }).expect(400);
      await api(app()).get('/api/v1/indicators').query({ sort: 'unit' }).expect(400);

      const summary = (await api(app()).get('/api/v1/indicators/summary').expect(200)).body as IndicatorSummary;
      expect(summary.fieldsOfAction.map((item) => item.fieldOfActionId)).toEqual(catalogue.fields.map((f) => f.id));
      expect(summary.fieldsOfAction[4]).toEqual({
        fieldOfActionId: fieldId,
        name: catalogue.fields[4].name,
        total: 3,
        byState: { on_track: 1, off_track: 1, reached: 0, no_data: 1 },
      });
    });

    it('serves fresh answers after every write, through the answer cache', async () => {
      const indicator = await indicatorWithSeries({ code: 'CACHE-1' });
      const first = await api(app()).get('/api/v1/indicators').query({ q: 'CACHE-1' }).expect(200);
      expect(first.body.items[0].state).toBe('on_track');
      const etag = first.headers['etag'] as string;
      await api(app()).get('/api/v1/indicators').query({ q: 'CACHE-1' }).set('If-None-Match', etag).expect(304);
      await putValue(indicator, '2023-12-31', { value: 201 }, indicator.version).expect(200);
      const after = await api(app()).get('/api/v1/indicators').query({ q: 'CACHE-1' }).set('If-None-Match', etag);
      expect(after.status).toBe(200);
      expect(after.body.items[0]).toMatchObject({ state: 'off_track', latest: { value: 201 } });
    });
  });

  describe('rights', () => {
    it('lets an editor of actor A create and change only indicators A is responsible for', async () => {
      const [actorA, actorB] = catalogue.actors;
      const own = await createIndicator({ responsibleActorId: actorA.id }, tokens.editorA);
      await api(app(), tokens.editorB)
        .post('/api/v1/indicators')
        .send({
          name: 'X',
          unit: 'x',
          desiredTrend: 'increase',
          fieldOfActionId: field(),
          responsibleActorId: actorA.id,
        })
        .expect(403);
      const foreign = await api(app(), tokens.editorA)
        .post('/api/v1/indicators')
        .send({
          name: 'X',
          unit: 'x',
          desiredTrend: 'increase',
          fieldOfActionId: field(),
          responsibleActorId: actorB.id,
        })
        .expect(403);
      expect(foreign.body.problems).toEqual([{ field: null, code: 'not_responsible_actor', params: {} }]);
      await api(app(), tokens.editorA)
        .post('/api/v1/indicators')
        .send({ name: 'X', unit: 'x', desiredTrend: 'increase', fieldOfActionId: field() })
        .expect(403);

      await putValue(own, '2024-12-31', { value: 5 }, 1, tokens.editorA).expect(200);
      await putValue(own, '2025-12-31', { value: 6 }, 2, tokens.editorB).expect(403);
      await putGoal(own, '2030-12-31', 9, 2, tokens.editorB).expect(403);
      await api(app(), tokens.editorB)
        .patch(`/api/v1/indicators/${own.id}`)
        .set('If-Match', '"2"')
        .send({ name: 'Übernommen' })
        .expect(403);
      await api(app(), tokens.editorB)
        .delete(`/api/v1/indicators/${own.id}/values/2024-12-31`)
        .set('If-Match', '"2"')
        .expect(403);
      // Nor may A hand it to B.
      await api(app(), tokens.editorA)
        .patch(`/api/v1/indicators/${own.id}`)
        .set('If-Match', '"2"')
        .send({ responsibleActorId: actorB.id })
        .expect(403);
      const read = (await api(app(), tokens.editorB).get(`/api/v1/indicators/${own.id}`).expect(200)).body;
      expect(read).toMatchObject({ version: 2, name: own.name, responsibleActorId: actorA.id });
      expect(read.values).toHaveLength(1);
      // The administrator may.
      await api(app())
        .patch(`/api/v1/indicators/${own.id}`)
        .set('If-Match', '"2"')
        .send({ responsibleActorId: actorB.id })
        .expect(200);
      await putValue(own, '2025-12-31', { value: 6 }, 3, tokens.editorB).expect(200);
    });

    it('lets reviewers and viewers read but not write', async () => {
      const indicator = await indicatorWithSeries();
      for (const token of [tokens.reviewer, tokens.viewer]) {
        await api(app(), token).get('/api/v1/indicators').expect(200);
        await api(app(), token).get(`/api/v1/indicators/${indicator.id}`).expect(200);
        await api(app(), token).get(`/api/v1/indicators/${indicator.id}/history`).expect(200);
        await api(app(), token).get('/api/v1/indicators/summary').expect(200);
        await api(app(), token)
          .post('/api/v1/indicators')
          .send({ name: 'X', unit: 'x', desiredTrend: 'increase', fieldOfActionId: field() })
          .expect(403);
        await api(app(), token)
          .patch(`/api/v1/indicators/${indicator.id}`)
          .set('If-Match', `"${indicator.version}"`)
          .send({ name: 'X' })
          .expect(403);
        await putValue(indicator, '2023-12-31', { value: 1 }, indicator.version, token).expect(403);
        await putGoal(indicator, '2023-12-31', 1, indicator.version, token).expect(403);
      }
      expect((await api(app()).get(`/api/v1/indicators/${indicator.id}`).expect(200)).body.version).toBe(
        indicator.version,
      );
    });

    it('answers 401 to anonymous callers', async () => {
      const indicator = await createIndicator();
      await anonymous(app()).get('/api/v1/indicators').expect(401);
      await anonymous(app()).get(`/api/v1/indicators/${indicator.id}`).expect(401);
      await anonymous(app()).get('/api/v1/indicators/summary').expect(401);
      await anonymous(app())
        .put(`/api/v1/indicators/${indicator.id}/values/2024-12-31`)
        .set('If-Match', '"1"')
        .send({ value: 1 })
        .expect(401);
    });
  });

  describe('links to measures', () => {
    it('links from the measure with indicatorIds, checks them and records the change', async () => {
      const first = await createIndicator();
      const second = await createIndicator();
      const created = await api(app())
        .post('/api/v1/measures')
        .send({ title: 'Sprachkurse', fieldOfActionId: field(3), indicatorIds: [second.id, first.id] })
        .expect(201);
      const measure = created.body as Measure;
      expect(measure.indicatorIds).toEqual([first.id, second.id].sort());
      const unknown = await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ indicatorIds: [UNKNOWN_ID] })
        .expect(400);
      expect(unknown.body.problems).toEqual([{ field: 'indicatorIds', code: 'unknown_reference', params: {} }]);
      await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ indicatorIds: [first.id, first.id] })
        .expect(400);

      // The indicator's side marks that it shows the measure's progress; an edit of the measure's list keeps that.
      const shown = await api(app())
        .patch(`/api/v1/indicators/${first.id}`)
        .set('If-Match', '"1"')
        .send({ progressMeasureIds: [measure.id] })
        .expect(200);
      expect(shown.body).toMatchObject({ measureIds: [measure.id], progressMeasureIds: [measure.id] });
      const patched = await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ indicatorIds: [first.id] })
        .expect(200);
      expect(patched.body.indicatorIds).toEqual([first.id]);
      expect((await api(app()).get(`/api/v1/indicators/${first.id}`).expect(200)).body.measures).toEqual([
        { measureId: measure.id, title: 'Sprachkurse', status: 'proposed', progress: null, showsProgress: true },
      ]);
      expect((await api(app()).get(`/api/v1/indicators/${second.id}`).expect(200)).body.measureIds).toEqual([]);
      const history = (await api(app()).get(`/api/v1/measures/${measure.id}/history`).expect(200)).body;
      expect(history.items[0].changes).toEqual([
        { field: 'indicatorIds', from: [first.id, second.id].sort(), to: [first.id] },
      ]);
    });

    it('unlinking a measure on the indicator also stops showing its progress', async () => {
      const measure = await createMeasure(app(), { title: 'Lotsenprojekt', fieldOfActionId: field(2) });
      const indicator = await createIndicator({ measureIds: [measure.id], progressMeasureIds: [measure.id] });
      const unlinked = await api(app())
        .patch(`/api/v1/indicators/${indicator.id}`)
        .set('If-Match', '"1"')
        .send({ measureIds: [] })
        .expect(200);
      expect(unlinked.body).toMatchObject({ measureIds: [], progressMeasureIds: [], measures: [] });
      expect((await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body.indicatorIds).toEqual([]);
      const history = (await api(app()).get(`/api/v1/indicators/${indicator.id}/history`).expect(200)).body;
      expect(history.items[0]).toMatchObject({
        kind: 'field_change',
        changes: [
          { field: 'measureIds', from: [measure.id], to: [] },
          { field: 'progressMeasureIds', from: [measure.id], to: [] },
        ],
      });
    });
  });
  describe('values from and to spreadsheets', () => {
    let first: Indicator;
    let second: Indicator;
    let foreign: Indicator;

    beforeAll(async () => {
      first = await createIndicator({ code: 'IMP-1', name: 'Teilnehmende an Deutschkursen', unit: 'Personen' });
      second = await createIndicator({ code: 'IMP-2', name: 'Anteil mit Abschluss', unit: '%' });
      foreign = await createIndicator({ code: 'IMP-B', responsibleActorId: catalogue.actors[1].id });
      first = (await putGoal(first, '2030-12-31', 500, 1).expect(200)).body;
      first = (await putValue(first, '2023-12-31', { value: 300, note: 'Meldung VHS' }, 2).expect(200)).body;
    });

    function upload(mode: string, content: Buffer, fileName: string, token?: string) {
      return api(app(), token)
        .post('/api/v1/indicators/values/import')
        .query({ mode })
        .attach('file', content, fileName);
    }

    function exportFile(format: 'csv' | 'xlsx') {
      return api(app()).get('/api/v1/indicators/values/export').query({ format }).buffer(true).parse(binary);
    }

    async function tableCounts(): Promise<Record<string, number>> {
      const dataSource = app().get(DataSource);
      const counts: Record<string, number> = {};
      for (const table of WRITTEN_TABLES) counts[table] = await countRows(dataSource, table);
      return counts;
    }

    const read = async (indicator: { id: string }) =>
      (await api(app()).get(`/api/v1/indicators/${indicator.id}`).expect(200)).body as Indicator;

    it('reads German Excel CSV (decimal commas, 31.12.2024, semicolons, BOM) in a dry run and writes nothing', async () => {
      const before = await tableCounts();
      const file = germanCsv([
        'Code;Kennzahl;Datum;Wert;Anmerkung',
        'IMP-1;Teilnehmende an Deutschkursen;31.12.2024;412,5;Hochrechnung',
        'imp-1;;31.12.2023;300;Meldung VHS',
        'IMP-2;Anteil mit Abschluss;2024-12-31;12,5;',
        'IMP-1;;31.12.2022;1.234;',
      ]);
      const result = (await upload('dry-run', file, 'Werte.csv').expect(200)).body as IndicatorValueImportResult;
      expect(result.errors).toEqual([]);
      expect(result).toMatchObject({ mode: 'dry-run', created: 3, updated: 0, unchanged: 1, errorCount: 0 });
      expect(result.rows).toEqual([
        { row: 2, action: 'create', indicatorId: first.id, code: 'IMP-1', date: '2024-12-31', from: null, to: 412.5 },
        { row: 3, action: 'unchanged', indicatorId: first.id, code: 'IMP-1', date: '2023-12-31', from: 300, to: 300 },
        { row: 4, action: 'create', indicatorId: second.id, code: 'IMP-2', date: '2024-12-31', from: null, to: 12.5 },
        { row: 5, action: 'create', indicatorId: first.id, code: 'IMP-1', date: '2022-12-31', from: null, to: 1234 },
      ]);
      expect(await tableCounts()).toEqual(before);
      expect((await read(first)).version).toBe(first.version);
    });

    it('commits every row in one go: values, corrections kept in the history, states, one audit record', async () => {
      const file = germanCsv(
        [
          'Code;Datum;Wert;Anmerkung',
          'IMP-1;31.12.2024;412,5;Schätzung der Volkshochschule',
          'IMP-1;31.12.2023;310;Nachmeldung',
          'IMP-2;31.12.2024;12,5;',
        ],
        'win1252',
      );
      const result = (await upload('commit', file, 'Werte.csv', tokens.editorA).expect(200))
        .body as IndicatorValueImportResult;
      expect(result).toMatchObject({ mode: 'commit', created: 2, updated: 1, unchanged: 0, errorCount: 0 });
      const after = await read(first);
      expect(after.values.map((value) => [value.date, value.value, value.note, value.enteredBy])).toEqual([
        ['2023-12-31', 310, 'Nachmeldung', 'Person editorA'],
        ['2024-12-31', 412.5, 'Schätzung der Volkshochschule', 'Person editorA'],
      ]);
      // Baseline 310 (2023), latest 412.5, final goal 500: (412.5 − 310) / (500 − 310).
      expect(after).toMatchObject({ state: 'on_track', progress: 53.9, latest: { value: 412.5 } });
      const history = (await api(app()).get(`/api/v1/indicators/${first.id}/history`).expect(200)).body;
      expect(history.items.map((entry: IndicatorHistoryEntry) => [entry.kind, entry.date, entry.changes])).toEqual(
        expect.arrayContaining([
          [
            'value_set',
            '2023-12-31',
            [
              { field: 'value', from: 300, to: 310 },
              { field: 'note', from: 'Meldung VHS', to: 'Nachmeldung' },
            ],
          ],
        ]),
      );
      const audit = await api(app()).get('/api/v1/audit').query({ action: 'indicator.values_import' }).expect(200);
      expect(audit.body.items[0]).toMatchObject({ details: { file: 'Werte.csv', created: 2, updated: 1 } });
      expect((await read(second)).values.map((value) => value.value)).toEqual([12.5]);
    });

    it('finds an indicator by its code ignoring case, also beyond ASCII', async () => {
      const umlaut = await createIndicator({ code: 'ÄQ-7' });
      const result = (await upload('dry-run', germanCsv(['Code;Datum;Wert', 'äq-7;31.12.2024;5']), 'w.csv').expect(200))
        .body as IndicatorValueImportResult;
      expect(result.rows).toEqual([
        { row: 2, action: 'create', indicatorId: umlaut.id, code: 'ÄQ-7', date: '2024-12-31', from: null, to: 5 },
      ]);
    });

    it('reads an xlsx workbook with number, date and text cells', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Werte');
      sheet.addRow(['Code', 'Datum', 'Wert', 'Anmerkung']);
      sheet.addRow(['IMP-2', new Date(Date.UTC(2025, 11, 31)), 14.25, 'aus der Schulstatistik']);
      sheet.addRow(['IMP-2', '31.12.2026', '15,5', null]);
      const content = Buffer.from(await workbook.xlsx.writeBuffer());
      const result = (await upload('commit', content, 'Werte.xlsx').expect(200)).body as IndicatorValueImportResult;
      expect(result.rows.map((row) => [row.action, row.date, row.to])).toEqual([
        ['create', '2025-12-31', 14.25],
        ['create', '2026-12-31', 15.5],
      ]);
      expect((await read(second)).values.map((value) => [value.date, value.value, value.note])).toEqual([
        ['2024-12-31', 12.5, null],
        ['2025-12-31', 14.25, 'aus der Schulstatistik'],
        ['2026-12-31', 15.5, null],
      ]);
    });

    it('writes nothing when a row is bad, and names every error with row, column and code', async () => {
      const before = await tableCounts();
      const versions = [(await read(first)).version, (await read(second)).version];
      const file = germanCsv([
        'Code;Datum;Wert;Anmerkung',
        'IMP-1;31.12.2025;450;gut',
        'GIBT-ES-NICHT;31.12.2025;1;',
        'IMP-2;31.02.2025;1;',
        'IMP-2;31.12.2027;zwölf;',
        'IMP-2;31.12.2028;;',
        'IMP-1;2025-12-31;451;',
        'IMP-B;31.12.2025;3;',
      ]);
      const response = await upload('commit', file, 'Werte.csv', tokens.editorA).expect(422);
      const result = response.body as IndicatorValueImportResult;
      expect(result.errors.map((error) => [error.row, error.column, error.code, error.params])).toEqual([
        [3, 'Code', 'unknown_reference', {}],
        [4, 'Datum', 'invalid_date', {}],
        [5, 'Wert', 'not_number', {}],
        [6, 'Wert', 'required', {}],
        [7, 'Datum', 'duplicate_entry', { row: 2 }],
        [8, 'Code', 'not_responsible_actor', {}],
      ]);
      expect(result).toMatchObject({ errorCount: 6, created: 1 });
      expect(result.rows.map((row) => row.action)).toEqual([
        'create',
        'error',
        'error',
        'error',
        'error',
        'error',
        'error',
      ]);
      expect(await tableCounts()).toEqual(before);
      expect([(await read(first)).version, (await read(second)).version]).toEqual(versions);
      expect((await read(foreign)).values).toEqual([]);
    });

    it('reports a wrong header alone', async () => {
      const missing = (
        await upload('dry-run', germanCsv(['Code;Datum;Betrag', 'IMP-1;31.12.2025;1']), 'w.csv').expect(200)
      ).body as IndicatorValueImportResult;
      expect(missing.errors.map((error) => [error.row, error.column, error.code])).toEqual([
        [1, 'Betrag', 'unknown_column'],
        [1, 'Wert', 'column_required'],
      ]);
      expect(missing.rows).toEqual([]);
      await upload('commit', germanCsv(['Code;Datum']), 'w.csv').expect(422);
      await upload('dry-run', Buffer.from('%PDF-1.4'), 'werte.pdf').expect(415);
      await upload('dry-run', germanCsv(['Code;Datum;Wert']), 'w.csv', tokens.viewer).expect(403);
    });

    it('exports the values as the import template: CSV with decimal commas and xlsx with number and date cells', async () => {
      const csvResponse = await exportFile('csv').expect(200);
      expect(csvResponse.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csvResponse.headers['content-disposition']).toMatch(
        /^attachment; filename="kennzahlen-werte-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const csvText = (csvResponse.body as Buffer).toString('utf8');
      expect(csvText.startsWith('\uFEFFCode;Kennzahl;Datum;Wert;Anmerkung\r\n')).toBe(true);
      expect(csvText).toContain(
        'IMP-1;Teilnehmende an Deutschkursen;2024-12-31;412,5;Schätzung der Volkshochschule\r\n',
      );
      expect(csvText).toContain('IMP-2;Anteil mit Abschluss;2025-12-31;14,25;aus der Schulstatistik\r\n');
      // The export read back changes nothing.
      const again = (await upload('dry-run', csvResponse.body, 'export.csv').expect(200))
        .body as IndicatorValueImportResult;
      expect(again.errors).toEqual([]);
      expect(again.created + again.updated).toBe(0);
      expect(again.unchanged).toBeGreaterThanOrEqual(5);

      const xlsx = (await exportFile('xlsx').expect(200)).body as Buffer;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([undefined, 'Code', 'Kennzahl', 'Datum', 'Wert', 'Anmerkung']);
      const row = sheet.getRows(2, sheet.rowCount - 1)?.find((candidate) => candidate.getCell(4).value === 412.5);
      expect(row?.getCell(3).value).toEqual(new Date(Date.UTC(2024, 11, 31)));
      const fromXlsx = (await upload('dry-run', xlsx, 'export.xlsx').expect(200)).body as IndicatorValueImportResult;
      expect(fromXlsx.errors).toEqual([]);
      expect(fromXlsx.created + fromXlsx.updated).toBe(0);
      expect(fromXlsx.unchanged).toBe(again.unchanged);
    });
  });
  describe('public view', () => {
    let shown: Indicator;
    let internal: Indicator;
    let publicMeasure: Measure;
    let internalMeasure: Measure;

    beforeAll(async () => {
      publicMeasure = await createMeasure(app(), {
        title: 'Öffentliche Maßnahme',
        fieldOfActionId: field(0),
        public: true,
      });
      internalMeasure = await createMeasure(app(), {
        title: 'Interne Maßnahme',
        fieldOfActionId: field(0),
        contact: { name: 'Jana Kowalska', email: 'jana@example.org' },
      });
      shown = await indicatorWithSeries({
        code: 'PUB-1',
        name: 'Gemeldete Diskriminierungsfälle',
        public: true,
        fieldOfActionId: field(0),
        measureIds: [publicMeasure.id, internalMeasure.id],
        progressMeasureIds: [publicMeasure.id],
      });
      shown = (
        await putValue(
          shown,
          '2023-12-31',
          { value: 230, note: 'Auskunft von Frau Kowalska' },
          shown.version,
          tokens.editorA,
        ).expect(200)
      ).body;
      internal = await indicatorWithSeries({
        code: 'INT-1',
        name: 'Interne Kennzahl',
        public: false,
        fieldOfActionId: field(0),
      });
    });

    it('lists only public indicators, with state and progress and without anybody’s name or notes', async () => {
      const page = (await anonymous(app()).get('/api/v1/public/indicators').query({ limit: 100 }).expect(200)).body;
      const all = (await api(app()).get('/api/v1/indicators').query({ limit: 100 }).expect(200))
        .body as Page<IndicatorListItem>;
      expect(page.total).toBe(all.items.filter((item) => item.public).length);
      expect(page.items.map((item: { code: string }) => item.code)).toContain('PUB-1');
      expect(page.items.map((item: { code: string }) => item.code)).not.toContain('INT-1');
      const item = page.items.find((candidate: { code: string }) => candidate.code === 'PUB-1');
      expect(item).toEqual({
        id: shown.id,
        code: 'PUB-1',
        name: 'Gemeldete Diskriminierungsfälle',
        description: null,
        unit: 'Personen',
        desiredTrend: 'increase',
        timeResolution: 'year',
        source: null,
        fieldOfActionId: field(0),
        fieldOfActionName: catalogue.fields[0].name,
        guidelineIds: [],
        responsibleActorName: catalogue.actors[0].name,
        state: shown.state,
        progress: shown.progress,
        baseline: shown.baseline,
        latest: { date: '2023-12-31', value: 230 },
        finalGoal: shown.finalGoal,
        goalLineAtLatest: shown.goalLineAtLatest,
        trend: shown.values.map(({ date, value }) => ({ date, value })),
        updatedAt: shown.updatedAt,
      });
      const text = JSON.stringify(page);
      for (const hidden of [
        '@',
        'Kowalska',
        'Person editorA',
        'Systemverwaltung',
        'note',
        'enteredBy',
        'version',
        'INT-1',
      ])
        expect(text).not.toContain(hidden);
      await anonymous(app()).get('/api/v1/public/indicators').query({ measure: internalMeasure.id }).expect(400);
    });

    it('shows one public indicator with its values, goals and published measures only; 404 for an internal one', async () => {
      await anonymous(app()).get(`/api/v1/public/indicators/${internal.id}`).expect(404);
      await anonymous(app()).get(`/api/v1/public/indicators/${UNKNOWN_ID}`).expect(404);
      const one = (await anonymous(app()).get(`/api/v1/public/indicators/${shown.id}`).expect(200)).body;
      expect(one).toMatchObject({
        code: 'PUB-1',
        state: shown.state,
        values: shown.values.map(({ date, value }) => ({ date, value })),
        goals: shown.goals,
        goalLine: shown.goalLine,
        measures: [{ measureId: publicMeasure.id, title: 'Öffentliche Maßnahme', showsProgress: true }],
      });
      const text = JSON.stringify(one);
      for (const hidden of ['@', 'Kowalska', 'Person editorA', 'Systemverwaltung', internalMeasure.id, 'enteredAt'])
        expect(text).not.toContain(hidden);
    });

    it('gives the values and goals of the public indicators as open data, CSV and JSON', async () => {
      const csvResponse = await anonymous(app())
        .get('/api/v1/public/indicators/export')
        .query({ format: 'csv' })
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(csvResponse.headers['content-disposition']).toMatch(/kennzahlen-offene-daten-\d{4}-\d{2}-\d{2}\.csv/);
      const csvText = (csvResponse.body as Buffer).toString('utf8');
      expect(
        csvText.startsWith(
          '\uFEFFCode;Kennzahl;Einheit;Handlungsfeld;Gewünschte Entwicklung;Quelle;Art;Datum;Wert\r\n',
        ),
      ).toBe(true);
      expect(csvText).toContain(
        `PUB-1;Gemeldete Diskriminierungsfälle;Personen;${catalogue.fields[0].name};steigen;;Wert;2023-12-31;230\r\n`,
      );
      expect(csvText).toContain('PUB-1;Gemeldete Diskriminierungsfälle;Personen;');
      expect(csvText).toContain(';Ziel;2030-12-31;300\r\n');
      expect(csvText).not.toContain('INT-1');
      expect(csvText).not.toContain('Kowalska');
      const json = await anonymous(app()).get('/api/v1/public/indicators/export').query({ format: 'json' }).expect(200);
      const records = json.body as Record<string, unknown>[];
      expect(records.filter((record) => record['Code'] === 'PUB-1')).toHaveLength(
        shown.values.length + shown.goals.length,
      );
      expect(records).toContainEqual({
        Code: 'PUB-1',
        Kennzahl: 'Gemeldete Diskriminierungsfälle',
        Einheit: 'Personen',
        Handlungsfeld: catalogue.fields[0].name,
        'Gewünschte Entwicklung': 'steigen',
        Quelle: null,
        Art: 'Wert',
        Datum: '2023-12-31',
        Wert: 230,
      });
      expect(records.every((record) => record['Code'] !== 'INT-1')).toBe(true);
    });
  });
  describe('reporting dates', () => {
    it('freeze the indicators as of their date; the comparison lists new values and changed states; the report shows them', async () => {
      let indicator = await createIndicator({
        code: 'R-1',
        name: 'Teilnehmende Sprachcafés',
        fieldOfActionId: field(3),
      });
      for (const [kind, date, value] of [
        ['goals', '2030-12-31', 300],
        ['values', '2020-12-31', 200],
        ['values', '2021-12-31', 212],
        // Entered before the June session, but for a later date: not yet a fact on 30 June.
        ['values', '2026-10-31', 230],
      ] as const) {
        indicator = (
          await api(app())
            .put(`/api/v1/indicators/${indicator.id}/${kind}/${date}`)
            .set('If-Match', `"${indicator.version}"`)
            .send({ value })
            .expect(200)
        ).body;
      }
      const june = (
        await api(app()).post('/api/v1/reporting-dates').send({ name: 'Sitzung Juni', date: '2026-06-30' }).expect(201)
      ).body;
      indicator = (await putValue(indicator, '2021-12-31', { value: 205 }, indicator.version).expect(200)).body;
      indicator = (await putValue(indicator, '2025-12-31', { value: 220 }, indicator.version).expect(200)).body;
      expect(indicator.state).toBe('off_track');

      const frozen = (await api(app()).get(`/api/v1/reporting-dates/${june.id}/report`).expect(200))
        .body as ReportingReport;
      const frozenField = frozen.indicators.find((item) => item.fieldOfActionId === field(3));
      expect(frozenField).toMatchObject({ name: catalogue.fields[3].name, total: 1 });
      expect(frozenField?.indicators).toEqual([
        {
          indicatorId: indicator.id,
          code: 'R-1',
          name: 'Teilnehmende Sprachcafés',
          unit: 'Personen',
          desiredTrend: 'increase',
          fieldOfActionId: field(3),
          fieldOfActionName: catalogue.fields[3].name,
          public: false,
          state: 'on_track',
          progress: 12,
          baseline: { date: '2020-12-31', value: 200 },
          latest: { date: '2021-12-31', value: 212 },
          finalGoal: { date: '2030-12-31', value: 300 },
        },
      ]);
      expect(frozenField?.byState).toEqual({ on_track: 1, off_track: 0, reached: 0, no_data: 0 });

      const sinceJune = (
        await api(app()).get('/api/v1/reporting-dates/current/changes').query({ since: june.id }).expect(200)
      ).body as ReportingChanges;
      const mine = (changes: ReportingChanges) =>
        changes.newIndicatorValues.filter((change) => change.indicator.code === 'R-1');
      expect(mine(sinceJune).map((change) => [change.date, change.from, change.to])).toEqual([
        ['2021-12-31', 212, 205],
        ['2025-12-31', null, 220],
        ['2026-10-31', null, 230],
      ]);
      expect(sinceJune.indicatorStateChanges.filter((change) => change.indicator.code === 'R-1')).toEqual([
        { indicator: expect.objectContaining({ code: 'R-1', state: 'off_track' }), from: 'on_track', to: 'off_track' },
      ]);

      const december = (
        await api(app())
          .post('/api/v1/reporting-dates')
          .send({ name: 'Sitzung Dezember', date: '2026-12-01' })
          .expect(201)
      ).body;
      const report = (await api(app()).get(`/api/v1/reporting-dates/${december.id}/report`).expect(200))
        .body as ReportingReport;
      expect(mine(report.changes as ReportingChanges)).toHaveLength(3);
      expect(report.indicators.flatMap((item) => item.indicators).find((item) => item.code === 'R-1')).toMatchObject({
        state: 'off_track',
        latest: { date: '2026-10-31', value: 230 },
      });
      const pdf = await api(app())
        .get(`/api/v1/reporting-dates/${december.id}/report.pdf`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const { text } = pdfText(pdf.body as Buffer);
      expect(text).toContain('Wirkung: Kennzahlen nach Handlungsfeld');
      // A row of the indicators' table: code and name, state, latest value (its date wraps in the cell).
      expect(text).toContain('R-1 Teilnehmende Sprachcafés Nicht auf Kurs 230 Personen');
      expect(text).toContain('R-1 Teilnehmende Sprachcafés 31.12.2021 212 Personen 205 Personen');
      expect(text).toContain('R-1 Teilnehmende Sprachcafés Auf Kurs Nicht auf Kurs');
      expect(text).toContain('Neue Werte der Kennzahlen');
      expect(text).toContain('Geänderte Stände der Kennzahlen');
      // The June snapshot did not move.
      const again = (await api(app()).get(`/api/v1/reporting-dates/${june.id}/report`).expect(200))
        .body as ReportingReport;
      expect(again.indicators).toEqual(frozen.indicators);
    }, 120_000); // the PDF is drawn and then read back in a process of its own: slow on a busy machine
  });
});
