import type {
  Measure,
  ReportingDate,
  ReportingDevelopment,
  ReportingFigures,
  ReportingReport,
} from '@leitbild-monitor/shared/contracts';
import type { Response } from 'supertest';
import { pinClock, releaseClock } from '../test/clock';
import { anonymous, api, Catalog, createMeasure, seedCatalog, userWithToken } from '../test/fixtures';
import { pdfText } from '../test/pdf-text';
import { startTestApp, TEST_DATABASE, TestApp } from '../test/test-app';

const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';
// "Today" for the whole suite: after every reporting date below, whatever day the test runs on.
const TODAY = '2026-12-01';

function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The figures of a report's field (or summary) without its measures and name, as the development gives them. */
function figures(source: ReportingFigures): ReportingFigures {
  const { total, byStatus, meanProgress, progressBasis, overdue } = source;
  return { total, byStatus, meanProgress, progressBasis, overdue };
}

describe(`the development across reporting dates (${TEST_DATABASE})`, () => {
  let test: TestApp;
  let catalogue: Catalog;
  let viewer: string;
  let a: Measure;
  let b: Measure;
  let c: Measure;
  let march: ReportingDate;
  let june: ReportingDate;
  let september: ReportingDate;
  let before: ReportingDevelopment;
  const app = () => test.app;

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

  async function takeSnapshot(name: string, date: string): Promise<ReportingDate> {
    return (await api(app()).post('/api/v1/reporting-dates').send({ name, date }).expect(201)).body as ReportingDate;
  }

  async function development(token: string, query: Record<string, string> = {}): Promise<ReportingDevelopment> {
    return (await api(app(), token).get('/api/v1/reporting-dates/development').query(query).expect(200))
      .body as ReportingDevelopment;
  }

  beforeAll(async () => {
    pinClock(`${TODAY}T10:00:00.000Z`);
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
    viewer = (await userWithToken(test.app, { email: 'ratsmitglied@example.org', role: 'viewer' })).token;
    const [language, work] = catalogue.fields;
    a = await createMeasure(app(), { title: 'Sprachcafé im Quartier', fieldOfActionId: language.id, progress: 20 });
    b = await createMeasure(app(), {
      title: 'Ausbildungspatenschaften',
      fieldOfActionId: work.id,
      plannedEnd: '2026-05-31',
    });
    c = await createMeasure(app(), { title: 'Elternbegleitung', fieldOfActionId: language.id, progress: 50 });
    await moveTo(a.id, 'in_review', 'planned', 'in_progress');
    await moveTo(c.id, 'in_review', 'planned');
    march = await takeSnapshot('Sitzung im März 2026', '2026-03-12');
    await moveTo(a.id, 'completed');
    await patch(c.id, { progress: 60 });
    june = await takeSnapshot('Sitzung im Juni 2026', '2026-06-18');
    await createMeasure(app(), { title: 'Sportangebot für Mädchen', fieldOfActionId: work.id, progress: 10 });
    await moveTo(c.id, 'in_progress');
    september = await takeSnapshot('Sitzung im September 2026', '2026-09-24');
    before = await development(viewer);
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });

  it('gives every reporting date, oldest first, with the figures of its own report, overall and per field', async () => {
    expect(before.points.map((point) => point.reportingDate)).toEqual(
      [march, june, september].map(({ id, name, date }) => ({ id, name, date })),
    );
    expect(before.fieldsOfAction).toEqual(
      [catalogue.fields[0], catalogue.fields[1]].map((field) => ({ fieldOfActionId: field.id, name: field.name })),
    );
    for (const [index, reportingDate] of [march, june, september].entries()) {
      const report = (await api(app(), viewer).get(`/api/v1/reporting-dates/${reportingDate.id}/report`).expect(200))
        .body as ReportingReport;
      const point = before.points[index];
      expect(point.summary).toEqual(report.summary);
      for (const field of point.fieldsOfAction) {
        const inReport = report.fieldsOfAction.find((entry) => entry.fieldOfActionId === field.fieldOfActionId);
        expect(inReport).toBeDefined();
        expect({ ...field }).toEqual({
          fieldOfActionId: field.fieldOfActionId,
          ...figures(inReport as ReportingFigures),
        });
      }
      // The report carries the development up to its own date.
      expect(report.development.points.map((entry) => entry.reportingDate.id)).toEqual(
        before.points.slice(0, index + 1).map((entry) => entry.reportingDate.id),
      );
      expect(report.development.points).toEqual(before.points.slice(0, index + 1));
    }
  });

  it('counts what the snapshots froze: statuses, mean progress and overdue moved from date to date', () => {
    const [m, j, s] = before.points;
    expect([m.summary.total, j.summary.total, s.summary.total]).toEqual([3, 3, 4]);
    expect([m.summary.byStatus.completed, j.summary.byStatus.completed, s.summary.byStatus.completed]).toEqual([
      0, 1, 1,
    ]);
    expect([m.summary.byStatus.in_progress, j.summary.byStatus.in_progress, s.summary.byStatus.in_progress]).toEqual([
      1, 0, 1,
    ]);
    // March: (20 + 50) / 2; June: a completed counts 100 → (100 + 60) / 2; September: (100 + 60 + 10) / 3.
    expect([m.summary.meanProgress, j.summary.meanProgress, s.summary.meanProgress]).toEqual([35, 80, 56.7]);
    // b's planned end (31 May) has passed by June, not by March.
    expect([m.summary.overdue, j.summary.overdue, s.summary.overdue]).toEqual([0, 1, 1]);
    expect(m.fieldsOfAction[1]).toMatchObject({ total: 1, meanProgress: null, overdue: 0 });
    expect(s.fieldsOfAction[1]).toMatchObject({ total: 2, meanProgress: 10, overdue: 1 });
  });

  it('ends at `until`, and stays the same after later edits of the measures', async () => {
    const untilJune = await development(viewer, { until: june.id });
    expect(untilJune.points).toEqual(before.points.slice(0, 2));
    await patch(c.id, { progress: 90 });
    await patch(b.id, { title: 'Ausbildungspatenschaften (neu gefasst)' });
    expect(await development(viewer)).toEqual(before);
  });

  it('lets everyone signed in read it and refuses anonymous requests and an unknown `until`', async () => {
    await anonymous(app()).get('/api/v1/reporting-dates/development').expect(401);
    const unknown = await api(app(), viewer)
      .get('/api/v1/reporting-dates/development')
      .query({ until: UNKNOWN_ID })
      .expect(404);
    expect(unknown.body.message).toContain('until');
    const empty = await api(app(), viewer).get('/api/v1/reporting-dates/development').query({ until: '' }).expect(400);
    expect(JSON.stringify(empty.body.message)).toContain('until');
  });

  it('prints the development in the PDF: its sentence and a table per field of action', async () => {
    const response = await api(app(), viewer)
      .get(`/api/v1/reporting-dates/${september.id}/report.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const flat = pdfText(response.body as Buffer).text.replace(/\s+/g, ' ');
    expect(flat).toContain('Entwicklung über die Stichtage');
    expect(flat).toContain(
      'Seit dem 12.03.2026 (3 Stichtage bis zum 24.09.2026) ist der Anteil abgeschlossener Maßnahmen von 0 % auf ' +
        '25 % gestiegen und der mittlere Fortschritt von 35 % auf 56,7 % gestiegen.',
    );
    expect(flat).toContain('Kennzahl 12.03.2026 18.06.2026 24.09.2026');
    expect(flat).toContain('Mittlerer Fortschritt 35 % 80 % 56,7 %');
    expect(flat).toContain(catalogue.fields[1].name);
  }, 120_000); // the PDF is drawn and then read back in a process of its own: slow on a busy machine
});
