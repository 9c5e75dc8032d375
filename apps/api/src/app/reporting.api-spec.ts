import type {
  Measure,
  Page,
  ReportingChanges,
  ReportingDate,
  ReportingReport,
  SnapshotMeasure,
} from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate } from '@leitbild-monitor/shared/domain';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { pinClock, releaseClock } from '../test/clock';
import { pdfText } from '../test/pdf-text';
import { api, Catalog, createMeasure, seedCatalog, userWithToken } from '../test/fixtures';
import { startTestApp, TEST_DATABASE, TestApp } from '../test/test-app';
import { ReportingService } from '@leitbild-monitor/api/reporting';

const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';

// "Today" for the whole suite: after every fixed reporting date below, whatever day the test runs on.
const TODAY = '2026-12-01';
const TOMORROW = '2026-12-02';

/** supertest hands unknown content types over as an empty object; this keeps the bytes. */
function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The measures of a report in one flat list, to compare snapshots read at different times. */
function measuresOf(report: ReportingReport): SnapshotMeasure[] {
  return report.fieldsOfAction.flatMap((field) => field.measures);
}

const ids = (measures: SnapshotMeasure[]) => measures.map((measure) => measure.measureId).sort();

describe(`reporting dates (${TEST_DATABASE})`, () => {
  let test: TestApp;
  let catalogue: Catalog;
  let viewer: string;
  let reviewer: string;
  let editor: string;
  const app = () => test.app;

  beforeAll(async () => {
    pinClock(`${TODAY}T10:00:00.000Z`);
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
    viewer = (await userWithToken(test.app, { email: 'viewer@example.org', role: 'viewer' })).token;
    reviewer = (await userWithToken(test.app, { email: 'reviewer@example.org', role: 'reviewer' })).token;
    editor = (await userWithToken(test.app, { email: 'editor@example.org', role: 'editor', name: 'Erika Editor' }))
      .token;
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });

  async function version(id: string): Promise<number> {
    return ((await api(app()).get(`/api/v1/measures/${id}`).expect(200)).body as Measure).version;
  }

  async function patch(id: string, body: Record<string, unknown>): Promise<void> {
    await api(app())
      .patch(`/api/v1/measures/${id}`)
      .set('If-Match', `"${await version(id)}"`)
      .send(body)
      .expect(200);
  }

  async function moveTo(id: string, ...statuses: string[]): Promise<void> {
    for (const status of statuses) {
      await api(app())
        .post(`/api/v1/measures/${id}/status`)
        .set('If-Match', `"${await version(id)}"`)
        .send({ status, note: 'Beschluss der Sitzung' })
        .expect(200);
    }
  }

  async function takeSnapshot(name: string, date: string, token?: string): Promise<ReportingDate> {
    const response = await api(app(), token).post('/api/v1/reporting-dates').send({ name, date }).expect(201);
    return response.body as ReportingDate;
  }

  async function changes(id: string, since?: string, limit?: number): Promise<ReportingChanges> {
    const response = await api(app())
      .get(`/api/v1/reporting-dates/${id}/changes`)
      .query({ ...(since ? { since } : {}), ...(limit ? { limit } : {}) })
      .expect(200);
    return response.body as ReportingChanges;
  }

  async function report(id: string, token?: string, query: { limit?: number } = {}): Promise<ReportingReport> {
    return (await api(app(), token).get(`/api/v1/reporting-dates/${id}/report`).query(query).expect(200))
      .body as ReportingReport;
  }

  async function pdf(id: string, token?: string): Promise<Response> {
    return api(app(), token).get(`/api/v1/reporting-dates/${id}/report.pdf`).buffer(true).parse(binary);
  }

  describe('taking reporting dates, comparing and reporting them', () => {
    // The story of two council sessions: a snapshot in March, edits, a snapshot in June, then the present.
    let a: Measure;
    let b: Measure;
    let c: Measure;
    let d: Measure;
    let march: ReportingDate;
    let june: ReportingDate;
    let marchReport: ReportingReport;

    beforeAll(async () => {
      const [harburg, council, partnership] = catalogue.actors;
      a = await createMeasure(app(), {
        title: 'Förderung der Übergänge für Jugendliche – Straße & Schule',
        fieldOfActionId: catalogue.fields[0].id,
        leadActorId: harburg.id,
        partnerActorIds: [partnership.id, council.id],
        plannedStart: '2026-01-01',
        plannedEnd: '2026-02-28',
        progress: 20,
      });
      b = await createMeasure(app(), {
        title: 'Begegnungsräume in Heimfeld öffnen',
        fieldOfActionId: catalogue.fields[1].id,
        leadActorId: council.id,
      });
      c = await createMeasure(app(), {
        title: 'Mehrsprachige Beratung im Kundenzentrum',
        fieldOfActionId: catalogue.fields[0].id,
        plannedEnd: '2099-12-31',
        progress: 50,
      });
      await moveTo(c.id, 'in_review', 'planned');
      march = await takeSnapshot('Sitzung des Integrationsrats im März 2026', '2026-03-12');
      marchReport = await report(march.id);
    });

    it('answers 201 with the reporting date and the number of measures frozen, and records it in the audit log', async () => {
      expect(march).toEqual({
        id: expect.any(String),
        name: 'Sitzung des Integrationsrats im März 2026',
        date: '2026-03-12',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        createdBy: expect.any(String),
        measureCount: 3,
      });
      expect((await api(app()).get(`/api/v1/reporting-dates/${march.id}`).expect(200)).body).toEqual(march);
      const audit = await api(app()).get('/api/v1/audit').query({ action: 'reporting_date.create' }).expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'reporting_date.create',
        targetId: march.id,
        details: { name: march.name, date: '2026-03-12', measureCount: 3 },
      });
    });

    it('freezes status, progress, dates, field of action, actors and overdue as of the reporting date', () => {
      const frozenA = measuresOf(marchReport).find((measure) => measure.measureId === a.id);
      expect(frozenA).toEqual({
        measureId: a.id,
        title: 'Förderung der Übergänge für Jugendliche – Straße & Schule',
        fieldOfActionId: catalogue.fields[0].id,
        fieldOfActionName: catalogue.fields[0].name,
        status: 'proposed',
        progress: 20,
        plannedStart: '2026-01-01',
        plannedEnd: '2026-02-28',
        actualStart: null,
        actualEnd: null,
        leadActorId: catalogue.actors[0].id,
        leadActorName: 'Bezirksamt Harburg – Sozialraummanagement',
        partnerActorNames: ['Harburger Integrationsrat', 'Lokale Partnerschaften Harburg'],
        public: false,
        // The planned end (28 February) lies before the reporting date (12 March).
        overdue: true,
      });
      expect(marchReport.summary).toEqual({
        total: 3,
        byStatus: { proposed: 2, in_review: 0, planned: 1, in_progress: 0, completed: 0, on_hold: 0, rejected: 0 },
        meanProgress: 35,
        progressBasis: 2,
        overdue: 1,
      });
      expect(marchReport.overdue.map((measure) => measure.measureId)).toEqual([a.id]);
      expect(marchReport.changes).toBeNull();
    });

    it('compares the June snapshot with March: exactly the changes made in between', async () => {
      d = await createMeasure(app(), {
        title: 'Sprachcafé im Bürgerhaus',
        fieldOfActionId: catalogue.fields[1].id,
        progress: 0,
      });
      await moveTo(a.id, 'in_review');
      await patch(b.id, { progress: 40 });
      // Overdue by a planned end in the past (1 May lies before the June session).
      await patch(c.id, { plannedEnd: '2026-05-01' });
      // Field edits outside the compared values appear in no list.
      await patch(a.id, { title: 'Übergänge Schule – Beruf begleiten', description: 'Geändert nach der Sitzung' });
      june = await takeSnapshot('Sitzung des Integrationsrats im Juni 2026', '2026-06-18');
      expect(june.measureCount).toBe(4);

      const result = await changes(june.id, march.id);
      expect(result.from).toEqual({ id: march.id, name: march.name, date: '2026-03-12' });
      expect(result.to).toEqual({ id: june.id, name: june.name, date: '2026-06-18' });
      expect(ids(result.added)).toEqual([d.id]);
      expect(result.removed).toEqual([]);
      expect(result.statusChanges).toEqual([
        {
          measure: expect.objectContaining({ measureId: a.id, title: 'Übergänge Schule – Beruf begleiten' }),
          from: 'proposed',
          to: 'in_review',
        },
      ]);
      expect(result.progressChanges).toEqual([
        { measure: expect.objectContaining({ measureId: b.id }), from: null, to: 40 },
      ]);
      expect(ids(result.newlyOverdue)).toEqual([c.id]);
      // Without `since`: the reporting date before June by date, which is March.
      expect(await changes(june.id)).toEqual(result);
    });

    it('leaves a snapshot unchanged after edits of measures, actors and fields of action', async () => {
      await api(app())
        .patch(`/api/v1/actors/${catalogue.actors[0].id}`)
        .send({ name: 'Bezirksamt Harburg – Fachamt Sozialraummanagement' })
        .expect(200);
      await api(app())
        .patch(`/api/v1/fields-of-action/${catalogue.fields[0].id}`)
        .send({ name: `${catalogue.fields[0].name} (neu gefasst)` })
        .expect(200);
      await moveTo(b.id, 'rejected');
      await patch(c.id, { progress: 90, plannedStart: '2026-04-01' });

      const again = await report(march.id);
      expect(measuresOf(again)).toEqual(measuresOf(marchReport));
      expect(again.summary).toEqual(marchReport.summary);
      expect(again.fieldsOfAction.map((field) => field.name)).toEqual(
        marchReport.fieldsOfAction.map((field) => field.name),
      );
      expect((await api(app()).get(`/api/v1/reporting-dates/${march.id}`).expect(200)).body).toEqual(march);
    });

    it('compares a snapshot with the current state: exactly the changes made since', async () => {
      const result = await changes('current', june.id);
      expect(result.from.id).toBe(june.id);
      expect(result.to).toEqual({ id: null, name: expect.any(String), date: TODAY });
      expect(result.added).toEqual([]);
      expect(result.removed).toEqual([]);
      expect(result.statusChanges.map((change) => [change.measure.measureId, change.from, change.to])).toEqual([
        [b.id, 'proposed', 'rejected'],
      ]);
      expect(result.progressChanges.map((change) => [change.measure.measureId, change.from, change.to])).toEqual([
        [c.id, 50, 90],
      ]);
      // The current state names the actor and the field as they are now.
      expect(result.statusChanges[0].measure.leadActorName).toBe('Harburger Integrationsrat');
      expect(result.newlyOverdue).toEqual([]);
      // Without `since`, `current` compares with the latest reporting date.
      expect(await changes('current')).toEqual(result);
      // And since March, the present shows the June changes and the later ones together.
      const sinceMarch = await changes('current', march.id);
      expect(ids(sinceMarch.added)).toEqual([d.id]);
      expect(sinceMarch.statusChanges.map((change) => change.measure.measureId).sort()).toEqual([a.id, b.id].sort());
      expect(ids(sinceMarch.newlyOverdue)).toEqual([c.id]);
    });

    it('reports the June snapshot with the changes since March, as JSON and as a PDF with the same figures', async () => {
      const json = await report(june.id);
      expect(json.summary).toEqual({
        total: 4,
        byStatus: { proposed: 2, in_review: 1, planned: 1, in_progress: 0, completed: 0, on_hold: 0, rejected: 0 },
        meanProgress: 27.5,
        progressBasis: 4,
        overdue: 2,
      });
      expect(json.changes?.from.id).toBe(march.id);
      expect(ids(json.overdue)).toEqual([a.id, c.id].sort());
      expect(json.fieldsOfAction.map((field) => [field.fieldOfActionId, field.total])).toEqual([
        [catalogue.fields[0].id, 2],
        [catalogue.fields[1].id, 2],
      ]);

      const response = await pdf(june.id, viewer);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const bytes = response.body as Buffer;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const raw = bytes.toString('latin1');
      // Tagged, German, the title shown instead of the file name.
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toContain('/Marked true');
      expect(raw).toContain('/Lang (de-DE)');
      expect(raw).toContain('/DisplayDocTitle true');
      for (const tag of ['/H1', '/H2', '/P', '/Table', '/TH', '/Figure']) expect(raw).toContain(`/S ${tag}`);

      const { text } = pdfText(bytes);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Bericht zum Stichtag Sitzung des Integrationsrats im Juni 2026 (18.06.2026)');
      expect(flat).toContain(
        `Zum Stichtag umfasst der Bericht ${json.summary.total} Maßnahmen; ${json.summary.overdue} davon sind überfällig.`,
      );
      expect(flat).toContain(`Der mittlere Fortschritt beträgt 27,5 % (über ${json.summary.progressBasis} Maßnahmen`);
      expect(flat).toMatch(new RegExp(`Maßnahmen insgesamt ${json.summary.total}\\b`));
      expect(flat).toMatch(new RegExp(`Überfällig zum Stichtag ${json.summary.overdue}\\b`));
      expect(flat).toMatch(/Status „In Prüfung“ 1\b/);
      // Changes since March, overdue measures with their responsible actors, the measures per field of action.
      expect(flat).toContain('Änderungen seit dem Stichtag Sitzung des Integrationsrats im März 2026 (12.03.2026)');
      expect(flat).toContain('Sprachcafé im Bürgerhaus');
      expect(flat).toContain('Übergänge Schule – Beruf begleiten');
      expect(flat).toContain('Bezirksamt Harburg – Sozialraummanagement; Partner: Harburger Integrationsrat, Lokale');
      expect(flat).toContain('Mehrsprachige Beratung im Kundenzentrum');
      expect(flat).toMatch(/Seite 1 von \d+/);
    });

    it('breaks long lists across pages and numbers the pages', async () => {
      for (let index = 1; index <= 60; index++) {
        await createMeasure(app(), {
          title: `Quartiersprojekt Nr. ${index} – Nachbarschaft stärken in Wilhelmsburg, Neugraben-Fischbek und Süderelbe`,
          fieldOfActionId: catalogue.fields[2].id,
          leadActorId: catalogue.actors[2].id,
          plannedStart: '2026-01-01',
          plannedEnd: '2027-12-31',
          progress: index % 101,
        });
      }
      // Names from many languages print as they are, in the embedded font.
      await createMeasure(app(), {
        title: 'Kadınlar Buluşması – Spotkanie w Łodzi – Встреча соседей',
        fieldOfActionId: catalogue.fields[2].id,
      });
      const autumn = await takeSnapshot('Sitzung der Bezirksversammlung im Herbst 2026', '2026-11-19', editor);
      expect(autumn.measureCount).toBe(65);
      expect(autumn.createdBy).toBe('Erika Editor');
      const response = await pdf(autumn.id);
      expect(response.status).toBe(200);
      const { text, pages } = pdfText(response.body as Buffer);
      expect(pages).toBeGreaterThanOrEqual(4);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(`Seite ${pages} von ${pages}`);
      expect(flat).toContain('Quartiersprojekt Nr. 60 – Nachbarschaft stärken');
      expect(flat).toContain('Zum Stichtag umfasst der Bericht 65 Maßnahmen');
      expect(flat).toContain('Kadınlar Buluşması – Spotkanie w Łodzi – Встреча соседей');
      expect((response.body as Buffer).toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSansCondensed/);

      const list = (await api(app(), reviewer).get('/api/v1/reporting-dates').expect(200)).body as Page<ReportingDate>;
      expect(list.items.map((item) => item.id)).toEqual([autumn.id, june.id, march.id]);
      expect(list).toMatchObject({ total: 3, page: 1, limit: 25 });
      const second = await api(app()).get('/api/v1/reporting-dates').query({ page: 2, limit: 2 }).expect(200);
      expect(second.body).toMatchObject({
        items: [expect.objectContaining({ id: march.id })],
        total: 3,
        page: 2,
        limit: 2,
      });
    }, 120_000); // 60 measures written one by one: more than the default 30 s on a busy machine

    it('refuses a comparison from a later reporting date, and unknown ids', async () => {
      const later = await api(app()).get(`/api/v1/reporting-dates/${march.id}/changes`).query({ since: june.id });
      expect(later.status).toBe(400);
      expect(JSON.stringify(later.body.message)).toContain('since');
      // March is the first reporting date: there is nothing before it to compare with.
      const first = await api(app()).get(`/api/v1/reporting-dates/${march.id}/changes`).expect(404);
      expect(first.body.message).toContain('since');
      const unknownSince = await api(app())
        .get(`/api/v1/reporting-dates/${june.id}/changes`)
        .query({ since: UNKNOWN_ID })
        .expect(404);
      expect(unknownSince.body.message).toContain('since');
      await api(app()).get(`/api/v1/reporting-dates/${june.id}/changes`).query({ since: 'current' }).expect(400);
      for (const path of ['', '/changes', '/report', '/report.pdf']) {
        await api(app()).get(`/api/v1/reporting-dates/${UNKNOWN_ID}${path}`).expect(404);
      }
    });
  });

  describe('input and rights', () => {
    it.each([
      [{ date: '2026-03-12' }, 'name'],
      [{ name: '   ', date: '2026-03-12' }, 'name'],
      [{ name: 'x'.repeat(201), date: '2026-03-12' }, 'name must be shorter than or equal to 200 characters'],
      [{ name: 'Sitzung' }, 'date'],
      [{ name: 'Sitzung', date: '12.03.2026' }, 'date must be a calendar date in the form YYYY-MM-DD'],
      [{ name: 'Sitzung', date: '2026-02-30' }, 'date must be a calendar date in the form YYYY-MM-DD'],
      [{ name: 'Sitzung', date: TOMORROW }, 'date must not be after today'],
      [{ name: 'Sitzung', date: '2026-03-12', measures: [] }, 'measures should not exist'],
    ])('answers 400 to %j naming the field', async (body, message) => {
      const response = await api(app()).post('/api/v1/reporting-dates').send(body).expect(400);
      expect(JSON.stringify(response.body.message)).toContain(message);
    });

    it('accepts a name of exactly 200 characters and refuses a second reporting date of the same name', async () => {
      const name = 'ä'.repeat(200);
      await takeSnapshot(name, '2026-01-15');
      const duplicate = await api(app()).post('/api/v1/reporting-dates').send({ name, date: '2026-02-15' }).expect(409);
      expect(duplicate.body.message).toContain('name');
    });

    it('refuses a date after today by the clock: tomorrow only once the day has turned (UTC)', async () => {
      try {
        pinClock(`${TODAY}T23:59:30.000Z`);
        const early = await api(app()).post('/api/v1/reporting-dates').send({ name: 'Sitzung morgen', date: TOMORROW });
        expect(early.status).toBe(400);
        expect(early.body.message).toEqual(['date must not be after today']);
        expect((await takeSnapshot('Sitzung heute', TODAY)).date).toBe(TODAY);
        pinClock(`${TOMORROW}T00:00:30.000Z`);
        const taken = await takeSnapshot('Sitzung morgen', TOMORROW);
        await api(app()).delete(`/api/v1/reporting-dates/${taken.id}`).expect(204);
      } finally {
        pinClock(`${TODAY}T10:00:00.000Z`);
      }
    });

    it('answers any name, date and since with a clear 2xx or 4xx, never a server error', async () => {
      const names = fc.oneof(fc.string({ maxLength: 210 }), fc.string({ unit: 'grapheme', maxLength: 210 }));
      const dates = fc.oneof(
        fc
          .date({ min: new Date('1800-01-01'), max: new Date('3100-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        fc.string({ maxLength: 12 }),
        fc.constantFrom(null, 20260312, '2026-02-29', '2028-02-29', '0000-01-01'),
      );
      const taken: string[] = [];
      await fc.assert(
        fc.asyncProperty(names, dates, fc.string({ maxLength: 40 }), async (name, date, since) => {
          const created = await api(app()).post('/api/v1/reporting-dates').send({ name, date });
          expect([201, 400, 409]).toContain(created.status);
          if (isIsoCalendarDate(date) && date > TODAY) {
            expect(created.status).toBe(400);
            expect(created.body.message).toContain('date must not be after today');
          }
          if (created.status === 201) {
            expect(created.body.name).toBe(name.trim());
            taken.push(created.body.id);
          } else expect(JSON.stringify(created.body.message)).toMatch(/name|date/);
          const compared = await api(app())
            .get(`/api/v1/reporting-dates/${taken.at(-1) ?? UNKNOWN_ID}/changes`)
            .query({ since });
          expect([200, 400, 404]).toContain(compared.status);
        }),
        { numRuns: 40 },
      );
      for (const id of taken) await api(app()).delete(`/api/v1/reporting-dates/${id}`).expect(204);
    });

    it('lets viewers and reviewers read but not take or remove reporting dates; only admins remove', async () => {
      const body = { name: 'Nicht erlaubt', date: '2026-03-12' };
      await api(app(), viewer).post('/api/v1/reporting-dates').send(body).expect(403);
      await api(app(), reviewer).post('/api/v1/reporting-dates').send(body).expect(403);
      const taken = await takeSnapshot('Versehentlich angelegt', '2026-04-01', editor);
      await api(app(), viewer).get(`/api/v1/reporting-dates/${taken.id}`).expect(200);
      await api(app(), viewer).get(`/api/v1/reporting-dates/${taken.id}/report`).expect(200);
      await api(app(), editor).delete(`/api/v1/reporting-dates/${taken.id}`).expect(403);
      await api(app()).delete(`/api/v1/reporting-dates/${taken.id}`).expect(204);
      await api(app()).get(`/api/v1/reporting-dates/${taken.id}`).expect(404);
      const audit = await api(app()).get('/api/v1/audit').query({ action: 'reporting_date.delete' }).expect(200);
      expect(audit.body.items[0]).toMatchObject({ targetId: taken.id, details: { name: 'Versehentlich angelegt' } });
      await api(app()).delete(`/api/v1/reporting-dates/${taken.id}`).expect(404);
    });
  });

  describe('the report, read page by page and cut to a limit', () => {
    let earlier: ReportingDate;
    let later: ReportingDate;

    beforeAll(async () => {
      const created: Measure[] = [];
      for (let index = 0; index < 7; index++) {
        created.push(
          await createMeasure(app(), {
            title: `Seitenweise gelesene Maßnahme ${index + 1}`,
            fieldOfActionId: catalogue.fields[index % 2].id,
            plannedEnd: index % 3 === 0 ? '2026-11-20' : '2099-12-31',
            progress: index * 10,
          }),
        );
      }
      earlier = await takeSnapshot('Sitzung vom 20. November 2026', '2026-11-20');
      for (const measure of created.slice(0, 3)) await moveTo(measure.id, 'in_review');
      for (const measure of created.slice(2, 6)) await patch(measure.id, { progress: 95 });
      for (let index = 0; index < 3; index++) {
        await createMeasure(app(), {
          title: `Neu nach dem 20. November ${index + 1}`,
          fieldOfActionId: catalogue.fields[0].id,
          plannedEnd: '2026-11-20',
        });
      }
      later = await takeSnapshot('Sitzung vom 21. November 2026', '2026-11-21');
    });

    it('says the same when read in pages of three measures as in one page, every list whole below the limit', async () => {
      const full = await report(later.id);
      // Pages of three measures, so the register is read in many of them.
      const paged = await test.app.get(ReportingService).report(later.id, Infinity, 3);
      expect({ ...paged, generatedAt: full.generatedAt }).toEqual(full);
      expect(full.listTotals).toEqual({ overdue: full.overdue.length, councilPapers: full.councilPapers.length });
      expect(full.changes?.totals).toEqual({
        added: full.changes?.added.length,
        removed: full.changes?.removed.length,
        statusChanges: full.changes?.statusChanges.length,
        progressChanges: full.changes?.progressChanges.length,
        newlyOverdue: full.changes?.newlyOverdue.length,
      });
      for (const field of full.fieldsOfAction) expect(field.measures).toHaveLength(field.total);
      expect(full.changes).toMatchObject({
        added: expect.arrayContaining([expect.anything()]),
        statusChanges: expect.arrayContaining([expect.anything()]),
        progressChanges: expect.arrayContaining([expect.anything()]),
      });
    });

    it('cuts each list to the first `limit` entries in the list order and counts all of them', async () => {
      const full = await report(later.id);
      const cut = await report(later.id, undefined, { limit: 2 });
      expect(cut.summary).toEqual(full.summary);
      expect(cut.development).toEqual(full.development);
      expect(cut.fieldsOfAction).toEqual(
        full.fieldsOfAction.map((field) => ({ ...field, measures: field.measures.slice(0, 2) })),
      );
      expect(cut.fieldsOfAction.some((field) => field.total > 2)).toBe(true);
      expect(cut.overdue).toEqual(full.overdue.slice(0, 2));
      expect(cut.listTotals).toEqual(full.listTotals);
      expect(full.overdue.length).toBeGreaterThan(2);
      for (const list of ['added', 'statusChanges', 'progressChanges', 'newlyOverdue'] as const) {
        expect(cut.changes?.[list]).toEqual(full.changes?.[list].slice(0, 2));
        expect(cut.changes?.totals[list]).toBe(full.changes?.[list].length);
        expect(cut.changes?.totals[list]).toBeGreaterThan(2);
      }
    });

    it('compares page by page as in one page, with every list whole below the limit and its total', async () => {
      // The later reporting date against the one before it, and today's state against the earlier one.
      for (const [id, since] of [
        [later.id, undefined],
        ['current', earlier.id],
      ]) {
        const whole = await changes(id as string, since);
        const paged = await test.app.get(ReportingService).changes(id as string, since, Infinity, 3);
        expect(paged).toEqual(whole);
        const { totals, ...lists } = whole;
        for (const list of ['added', 'removed', 'statusChanges', 'progressChanges', 'newlyOverdue'] as const) {
          expect(totals[list]).toBe(lists[list].length);
        }
        expect(totals.statusChanges).toBeGreaterThan(2);
      }
    });

    it('cuts each list of changes to the first `limit` and counts all of them', async () => {
      for (const [id, since] of [
        [later.id, undefined],
        ['current', earlier.id],
      ]) {
        const whole = await changes(id as string, since);
        const cut = await changes(id as string, since, 2);
        expect(cut.totals).toEqual(whole.totals);
        for (const list of ['added', 'removed', 'statusChanges', 'progressChanges', 'newlyOverdue'] as const) {
          expect(cut[list]).toEqual((whole[list] as unknown[]).slice(0, 2));
        }
        expect(cut.totals.statusChanges).toBeGreaterThan(2);
        expect(cut.from).toEqual(whole.from);
        expect(cut.newIndicatorValues).toEqual(whole.newIndicatorValues);
      }
    });

    it('refuses a limit that is not a whole number from 1 to 1,000, naming it', async () => {
      for (const answer of ['changes', 'report']) {
        const url = `/api/v1/reporting-dates/${later.id}/${answer}`;
        for (const limit of ['0', '1001', '2.5', 'alle', '-3']) {
          const response = await api(app()).get(url).query({ limit }).expect(400);
          expect(response.body.message).toContainEqual(expect.stringMatching(/^limit /));
        }
        await api(app()).get(url).query({ limit: '1000' }).expect(200);
      }
    });
  });
});
