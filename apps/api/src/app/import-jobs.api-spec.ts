import type { ImportJob, ImportResult, Measure, Page } from '@leitbild-monitor/shared/contracts';
import { IMPORT_MAX_COLUMNS } from '@leitbild-monitor/shared/contracts';
import { MeasuresService } from '@leitbild-monitor/api/measures';
import { turnsWhile } from '@leitbild-monitor/api/transfer/testing';
import { DataSource } from 'typeorm';
import { api, anonymous, Catalog, seedCatalog, userWithToken, countRows } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

/** Rows enough that checking them takes many of the import's 15 ms slices on any machine this runs on. */
const ROWS = 1000;

// Imports of a thousand rows take seconds on a busy machine (several of them here, and the synchronous twin).
jest.setTimeout(180_000);

const TABLES = ['measure', 'measure_guideline', 'measure_partner_actor', 'measure_history', 'audit_entry'];

describe('imports as jobs (202 with a status URL), and the server answering while an import runs', () => {
  let test: TestApp;
  let catalogue: Catalog;
  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
  });
  afterAll(() => test.close());
  const app = () => test.app;

  /** A CSV of `rows` new measures; `brokenLast` gives the last row a progress of 150 (an error). */
  function csv(rows: number, brokenLast = false): Buffer {
    const fields = catalogue.fields.map((field) => field.name);
    const lines = ['Titel;Handlungsfeld;Fortschritt'];
    for (let index = 0; index < rows; index++) {
      const progress = brokenLast && index === rows - 1 ? 150 : index % 100;
      lines.push(`Maßnahme ${index + 1};${fields[index % fields.length]};${progress}`);
    }
    return Buffer.from(lines.join('\n'), 'utf8');
  }

  async function tableCounts(): Promise<Record<string, number>> {
    const dataSource = app().get(DataSource);
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = await countRows(dataSource, table);
    return counts;
  }

  function startJob(mode: string, content: Buffer, token?: string) {
    return api(app(), token)
      .post('/api/v1/measures/import')
      .query({ mode })
      .set('Prefer', 'respond-async')
      .attach('file', content, 'massnahmen.csv');
  }

  async function untilEnded(location: string): Promise<ImportJob> {
    for (;;) {
      const job = (await api(app()).get(location).expect(200)).body as ImportJob;
      if (job.state === 'done' || job.state === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('answers 202 with Location, shows the rows done while it runs, answers health meanwhile, and ends with the synchronous answer', async () => {
    const file = csv(ROWS);
    const accepted = await startJob('dry-run', file).expect(202);
    const location = accepted.headers['location'] as string;
    expect(location).toMatch(/^\/api\/v1\/imports\/[0-9a-f-]{36}$/);
    expect(accepted.body).toMatchObject({ id: location.split('/').pop(), mode: 'dry-run', result: null });
    expect(['queued', 'running']).toContain((accepted.body as ImportJob).state);

    // A request sent while the import runs is answered before the import ends: health first, then the job says
    // it was still running when health had already answered. A read of the register meanwhile shows what is
    // committed, never the measures the dry run has written so far and will roll back.
    const registerTotal = async () =>
      ((await api(app()).get('/api/v1/measures').query({ limit: 1 }).expect(200)).body as Page<Measure>).total;
    const totalBefore = await registerTotal();
    const seen: ImportJob[] = [];
    const totalsWhileWriting: number[] = [];
    let answeredDuringImport = 0;
    for (;;) {
      await anonymous(app()).get('/api/v1/health').expect(200);
      const total = await registerTotal();
      const job = (await api(app()).get(location).expect(200)).body as ImportJob;
      seen.push(job);
      if (job.state === 'done' || job.state === 'failed') break;
      // Rows done count the rows already written inside the import's transaction.
      if (job.rowsDone > 0) totalsWhileWriting.push(total);
      answeredDuringImport++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(answeredDuringImport).toBeGreaterThan(0);
    expect(totalsWhileWriting.length).toBeGreaterThan(0);
    expect(new Set(totalsWhileWriting)).toEqual(new Set([totalBefore]));
    const running = seen.filter((job) => job.state === 'running' && job.rowsDone > 0 && job.rowsDone < ROWS);
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((job) => job.rowsTotal === ROWS)).toBe(true);
    const done = seen[seen.length - 1];
    expect(done).toMatchObject({ state: 'done', statusCode: 200, rowsDone: ROWS, rowsTotal: ROWS, error: null });
    expect(done.finishedAt).not.toBeNull();

    const synchronous = await api(app())
      .post('/api/v1/measures/import')
      .query({ mode: 'dry-run' })
      .attach('file', file, 'massnahmen.csv')
      .expect(200);
    expect(done.result).toEqual(synchronous.body as ImportResult);
    expect((done.result as ImportResult).created).toBe(ROWS);
  });

  it('a commit that fails on its last row writes nothing, and its job ends with the 422 body', async () => {
    const before = await tableCounts();
    const accepted = await startJob('commit', csv(400, true)).expect(202);
    const job = await untilEnded(accepted.headers['location'] as string);
    expect(job).toMatchObject({ state: 'done', statusCode: 422 });
    const result = job.result as ImportResult;
    expect(result.errorCount).toBe(1);
    expect(result.errors[0]).toMatchObject({ row: 401, column: 'Fortschritt' });
    expect(await tableCounts()).toEqual(before);
  });

  it('a commit job writes every row', async () => {
    const before = await tableCounts();
    const accepted = await startJob('commit', csv(100)).expect(202);
    const job = await untilEnded(accepted.headers['location'] as string);
    expect(job).toMatchObject({ state: 'done', statusCode: 200, rowsDone: 100, rowsTotal: 100 });
    expect((job.result as ImportResult).created).toBe(100);
    expect((await tableCounts())['measure']).toBe(before['measure'] + 100);
  });

  it('lists the register for an export in slices, in order, giving other requests the event loop between them', async () => {
    const imported = await startJob('commit', csv(ROWS)).expect(202);
    expect(await untilEnded(imported.headers['location'] as string)).toMatchObject({ state: 'done' });
    const measures = app().get(MeasuresService);
    const { value: items, turns } = await turnsWhile(measures.listAll({}));
    expect(items.length).toBeGreaterThanOrEqual(ROWS);
    // A turn for every slice of 250: a request that arrives meanwhile waits for one slice, not for the whole list.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(items.length / 250));
    const firstPage = (await api(app()).get('/api/v1/measures').query({ sort: 'title', limit: 100 }).expect(200))
      .body as Page<Measure>;
    expect(items.slice(0, 100).map((item) => item.id)).toEqual(firstPage.items.map((item) => item.id));

    // The JSON export, written in slices too, is laid out as one JSON.stringify would lay it out.
    const json = await api(app()).get('/api/v1/measures/export').query({ format: 'json' }).expect(200);
    expect(json.text).toBe(JSON.stringify(JSON.parse(json.text), null, 1));
    expect((JSON.parse(json.text) as unknown[]).length).toBe(items.length);
  });

  it('a file the import cannot read ends the job as failed with the error body the synchronous answer has', async () => {
    // One column more than the import reads: refused with 413 (too_many_columns) once the file is read.
    const wide = Buffer.from(Array.from({ length: IMPORT_MAX_COLUMNS + 1 }, (_, index) => `Spalte ${index}`).join(';'));
    const accepted = await startJob('dry-run', wide).expect(202);
    const job = await untilEnded(accepted.headers['location'] as string);
    const synchronous = await api(app())
      .post('/api/v1/measures/import')
      .query({ mode: 'dry-run' })
      .attach('file', wide, 'massnahmen.csv')
      .expect(413);
    expect(synchronous.body.problems[0]).toMatchObject({ code: 'too_many_columns' });
    expect(job).toMatchObject({ state: 'failed', statusCode: synchronous.status, result: null });
    expect(job.error).toEqual(synchronous.body);
  });

  it('only the owner sees a job; anyone else, and an unknown id, get 404; a malformed id 400; anonymous 401', async () => {
    const owner = await userWithToken(app(), { email: 'job-owner@example.org', role: 'editor' });
    const other = await userWithToken(app(), { email: 'job-neighbour@example.org', role: 'editor' });
    const accepted = await startJob('dry-run', csv(20), owner.token).expect(202);
    const location = accepted.headers['location'] as string;
    await api(app(), owner.token).get(location).expect(200);
    await api(app(), other.token).get(location).expect(404);
    await api(app()).get(location).expect(404);
    await api(app(), owner.token).get('/api/v1/imports/6f1c2a44-2b7e-4d55-9a61-1f0c6a8e2b10').expect(404);
    await api(app(), owner.token).get('/api/v1/imports/not-a-job').expect(400);
    await anonymous(app()).get(location).expect(401);
  });

  it('small files without Prefer keep the synchronous answer', async () => {
    const response = await api(app())
      .post('/api/v1/measures/import')
      .query({ mode: 'dry-run' })
      .attach('file', csv(10), 'massnahmen.csv')
      .expect(200);
    expect((response.body as ImportResult).created).toBe(10);
  });
});
