import type {
  HistoryEntry,
  ImportResult,
  Measure,
  Page,
  ReportingDate,
  ReportingReport,
  TransferRecord,
} from '@leitbild-monitor/shared/contracts';
import { pdfText } from '../test/pdf-text';
import type request from 'supertest';
import { api, Catalog, createMeasure, seedCatalog, userWithToken } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

const PAPER = {
  reference: '21-1234',
  title: 'Integrationskonzept Harburg',
  date: '2026-05-12',
  url: 'https://sitzungsdienst-harburg.hamburg.de/bi/vo020.php?VOLFDNR=1234',
};

describe('council papers on measures', () => {
  let test: TestApp;
  let catalogue: Catalog;
  let viewer: string;
  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
    viewer = (await userWithToken(test.app, { email: 'paper-viewer@example.org', role: 'viewer', name: 'Leserin' }))
      .token;
  });
  afterAll(() => test.close());
  const app = () => test.app;
  const field = () => catalogue.fields[0].id;

  it('are created, read and replaced with the measure, in the order given, and recorded in its history', async () => {
    const created = await createMeasure(app(), {
      title: 'Sprachcafé mit Drucksache',
      fieldOfActionId: field(),
      councilPapers: [PAPER, { reference: ' 21-2000 ', title: '  ' }],
    });
    expect(created.councilPapers).toEqual([PAPER, { reference: '21-2000', title: null, date: null, url: null }]);
    expect(created.version).toBe(1);
    const read = (await api(app(), viewer).get(`/api/v1/measures/${created.id}`).expect(200)).body as Measure;
    expect(read.councilPapers).toEqual(created.councilPapers);

    const replaced = await api(app())
      .patch(`/api/v1/measures/${created.id}`)
      .set('If-Match', '"1"')
      .send({
        councilPapers: [{ reference: '21-2000', url: 'http://ratsinfo.example.org/21-2000' }, { reference: '21-1234' }],
      })
      .expect(200);
    expect(replaced.headers['etag']).toBe('"2"');
    // An entry that leaves out title, date or url keeps those of its reference.
    expect((replaced.body as Measure).councilPapers).toEqual([
      { reference: '21-2000', title: null, date: null, url: 'http://ratsinfo.example.org/21-2000' },
      PAPER,
    ]);
    const unchanged = await api(app())
      .patch(`/api/v1/measures/${created.id}`)
      .set('If-Match', '"2"')
      .send({ councilPapers: (replaced.body as Measure).councilPapers })
      .expect(200);
    expect(unchanged.headers['etag']).toBe('"2"');

    const history = (await api(app()).get(`/api/v1/measures/${created.id}/history`).expect(200))
      .body as Page<HistoryEntry>;
    const paperChanges = history.items.flatMap((entry) =>
      entry.changes.filter((change) => change.field === 'councilPapers'),
    );
    expect(paperChanges).toHaveLength(2);
    expect(paperChanges[0].from).toEqual(created.councilPapers);

    const cleared = await api(app())
      .patch(`/api/v1/measures/${created.id}`)
      .set('If-Match', '"2"')
      .send({ councilPapers: [] })
      .expect(200);
    expect((cleared.body as Measure).councilPapers).toEqual([]);
  });

  it('keep the measure’s If-Match: a stale version writes nothing (412)', async () => {
    const measure = await createMeasure(app(), { title: 'Veraltete Fassung', fieldOfActionId: field() });
    await api(app()).patch(`/api/v1/measures/${measure.id}`).set('If-Match', '"1"').send({ title: 'Neu' }).expect(200);
    const stale = await api(app())
      .patch(`/api/v1/measures/${measure.id}`)
      .set('If-Match', '"1"')
      .send({ councilPapers: [PAPER] })
      .expect(412);
    expect(stale.body.problems[0].code).toBe('version_mismatch');
    expect(
      ((await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body as Measure).councilPapers,
    ).toEqual([]);
    await api(app())
      .patch(`/api/v1/measures/${measure.id}`)
      .send({ councilPapers: [PAPER] })
      .expect(428);
  });

  it('refuses bad entries with a problem naming the entry and field', async () => {
    const cases: [unknown, string, string][] = [
      [[{ reference: '' }], 'councilPapers.0.reference', 'required'],
      [[{ title: 'ohne Nummer' }], 'councilPapers.0.reference', 'required'],
      [[{ reference: 'x'.repeat(41) }], 'councilPapers.0.reference', 'too_long'],
      [[PAPER, { reference: '21-1', url: 'javascript:alert(1)' }], 'councilPapers.1.url', 'invalid_url'],
      [[{ reference: '21-1', url: 'ratsinfo.example.org/x' }], 'councilPapers.0.url', 'invalid_url'],
      [[{ reference: '21-1', date: '2026-02-30' }], 'councilPapers.0.date', 'invalid_date'],
      [[{ reference: '21-1', room: 'A' }], 'councilPapers.0.room', 'unknown_field'],
      [[PAPER, { reference: '21-1234' }], 'councilPapers.1.reference', 'duplicate_items'],
      ['21-1234', 'councilPapers', 'not_array'],
    ];
    for (const [councilPapers, fieldName, code] of cases) {
      const response = await api(app())
        .post('/api/v1/measures')
        .send({ title: 'Fehlerhaft', fieldOfActionId: field(), councilPapers })
        .expect(400);
      expect(response.body.problems).toContainEqual(expect.objectContaining({ field: fieldName, code }));
    }
  });

  it('filter the register by reference, ignoring case and surrounding spaces', async () => {
    const named = await createMeasure(app(), {
      title: 'Beirat mit Beschluss',
      fieldOfActionId: field(),
      councilPapers: [{ reference: 'BV-21-0815' }],
    });
    await createMeasure(app(), { title: 'Ohne Beschluss', fieldOfActionId: field() });
    const found = (await api(app()).get('/api/v1/measures').query({ councilPaper: ' bv-21-0815 ' }).expect(200))
      .body as Page<Measure>;
    expect(found.items.map((measure) => measure.id)).toEqual([named.id]);
    const none = (await api(app()).get('/api/v1/measures').query({ councilPaper: 'BV-21' }).expect(200))
      .body as Page<Measure>;
    expect(none.total).toBe(0);
    const tooLong = await api(app())
      .get('/api/v1/measures')
      .query({ councilPaper: 'x'.repeat(41) })
      .expect(400);
    expect(tooLong.body.problems[0]).toMatchObject({ field: 'councilPaper', code: 'too_long' });
  });

  it('go out and come back through the spreadsheet column "Drucksachen"', async () => {
    const measure = await createMeasure(app(), {
      title: 'Runde durch die Tabelle',
      fieldOfActionId: field(),
      councilPapers: [PAPER, { reference: '21-2000' }],
    });
    const exported = await api(app())
      .get('/api/v1/measures/export')
      .query({ format: 'json', councilPaper: '21-1234' })
      .expect(200);
    const records = JSON.parse(exported.text) as TransferRecord[];
    const record = records.find((row) => row['ID'] === measure.id) as TransferRecord;
    expect(record['Drucksachen']).toBe(`21-1234 ${PAPER.url}; 21-2000`);

    const csvExport = await api(app()).get('/api/v1/measures/export').query({ format: 'csv' }).buffer(true).parse(text);
    expect(csvExport.body as string).toContain('Drucksachen');

    const file = Buffer.from(
      `\uFEFFID;Version;Drucksachen\r\n${measure.id};1;"21-2000 https://ratsinfo.example.org/21-2000; 21-1234"\r\n`,
      'utf8',
    );
    const dryRun = (
      await api(app())
        .post('/api/v1/measures/import')
        .query({ mode: 'dry-run' })
        .attach('file', file, 'papers.csv')
        .expect(200)
    ).body as ImportResult;
    expect(dryRun.errors).toEqual([]);
    expect(dryRun.rows[0]).toMatchObject({ action: 'update', changedFields: ['councilPapers'] });
    expect(dryRun.rows[0].changes[0]).toMatchObject({
      column: 'Drucksachen',
      to: `21-2000 https://ratsinfo.example.org/21-2000; 21-1234 ${PAPER.url}`,
    });
    await api(app())
      .post('/api/v1/measures/import')
      .query({ mode: 'commit' })
      .attach('file', file, 'papers.csv')
      .expect(200);
    const after = (await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body as Measure;
    // The reference that stays keeps its title and date, which the cell does not carry, and its link, left out.
    expect(after.councilPapers).toEqual([
      { reference: '21-2000', title: null, date: null, url: 'https://ratsinfo.example.org/21-2000' },
      PAPER,
    ]);

    const bad = Buffer.from(
      `\uFEFFID;Drucksachen\r\n${measure.id};${'x'.repeat(41)} https://ratsinfo.example.org/x\r\n`,
      'utf8',
    );
    const refused = (
      await api(app())
        .post('/api/v1/measures/import')
        .query({ mode: 'commit' })
        .attach('file', bad, 'bad.csv')
        .expect(422)
    ).body as ImportResult;
    expect(refused.errors[0]).toMatchObject({ row: 2, column: 'Drucksachen', code: 'too_long' });
  });
  it('are named in the council report, on its page and in its PDF', async () => {
    const measure = await createMeasure(app(), {
      title: 'Bericht mit Drucksache',
      fieldOfActionId: field(),
      councilPapers: [{ reference: 'IR-2027-07', title: 'Beschluss zum Sprachcafé', date: '2027-02-01' }],
    });
    const taken = await api(app())
      .post('/api/v1/reporting-dates')
      .send({ name: 'Sitzung mit Drucksachen', date: '2025-06-30' });
    expect(taken.status).toBe(201);
    const reportingDate = taken.body as ReportingDate;
    const report = (await api(app()).get(`/api/v1/reporting-dates/${reportingDate.id}/report`).expect(200))
      .body as ReportingReport;
    expect(report.councilPapers).toContainEqual({
      measureId: measure.id,
      title: 'Bericht mit Drucksache',
      councilPapers: [{ reference: 'IR-2027-07', title: 'Beschluss zum Sprachcafé', date: '2027-02-01', url: null }],
    });
    const pdf = await api(app())
      .get(`/api/v1/reporting-dates/${reportingDate.id}/report.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const { text: content } = pdfText(pdf.body as Buffer);
    expect(content).toContain('Drucksachen und Beschlüsse');
    expect(content).toContain('IR-2027-07');
  });
});

function text(response: request.Response, done: (error: Error | null, body: string) => void): void {
  const chunks: Buffer[] = [];
  const stream = response as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
}

function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const stream = response as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
