import type { ImportResult, Measure, Page, TransferRecord } from '@leitbild-monitor/shared/contracts';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ERRORS,
  TRANSFER_COLUMNS,
} from '@leitbild-monitor/shared/contracts';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { MeasureImportService } from '@leitbild-monitor/api/transfer';
import {
  cellHasQuotePrefix,
  TRANSFER_FIXTURE_FOLDER,
  workbookWithFormulaAndDateCells,
  workbookWithUncalculatedFormula,
  zipBomb,
} from '@leitbild-monitor/api/transfer/testing';
import { anonymous, api, Catalog, createMeasure, seedCatalog, userWithToken, countRows } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

const fixture = (name: string) => readFileSync(join(TRANSFER_FIXTURE_FOLDER, name));

/** Row counts of every table an import may write: equal before and after means nothing was written. */
const TABLES = ['measure', 'measure_guideline', 'measure_partner_actor', 'measure_history', 'audit_entry'];

describe('spreadsheet import and export', () => {
  let test: TestApp;
  let catalogue: Catalog;
  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
  });
  afterAll(() => test.close());
  const app = () => test.app;

  async function tableCounts(): Promise<Record<string, number>> {
    const dataSource = app().get(DataSource);
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = await countRows(dataSource, table);
    return counts;
  }

  function upload(mode: string, content: Buffer, fileName: string, token?: string) {
    return api(app(), token).post('/api/v1/measures/import').query({ mode }).attach('file', content, fileName);
  }

  async function allMeasures(): Promise<Measure[]> {
    return (
      (await api(app()).get('/api/v1/measures').query({ limit: 100, sort: 'title' }).expect(200)).body as Page<Measure>
    ).items;
  }

  function exportFile(format: 'csv' | 'xlsx' | 'json', query: Record<string, string> = {}) {
    return api(app())
      .get('/api/v1/measures/export')
      .query({ format, ...query })
      .buffer(true)
      .parse(binary);
  }

  const fieldId = (name: string) => catalogue.fields.find((field) => field.name === name)?.id as string;
  const guidelineId = (code: string) => catalogue.guidelines.find((guideline) => guideline.code === code)?.id;
  const [sozialraum, integrationsrat, partnerschaften] = [0, 1, 2].map((index) => () => catalogue.actors[index]);

  describe('reading real-looking files', () => {
    it('reads German Excel CSV (semicolons, UTF-8 with BOM, dd.mm.yyyy, labels, names) in a dry run and writes nothing', async () => {
      const before = await tableCounts();
      const response = await upload('dry-run', fixture('semicolon-utf8-bom.csv'), 'Maßnahmen.csv').expect(200);
      const result = response.body as ImportResult;
      expect(result.errors).toEqual([]);
      expect(result).toMatchObject({ mode: 'dry-run', created: 3, updated: 0, unchanged: 0 });
      expect(result.rows.map((row) => [row.row, row.action, row.measureId, row.title])).toEqual([
        [2, 'create', null, 'Beratungsstelle gegen Diskriminierung'],
        [3, 'create', null, 'Ehrenamtsbörse Harburg'],
        [4, 'create', null, 'Sprachcafé im Stadtteilzentrum'],
      ]);
      expect(await tableCounts()).toEqual(before);
    });

    it('commits the same file: every field, status and reason as in the file, the status in the history', async () => {
      const result = (await upload('commit', fixture('semicolon-utf8-bom.csv'), 'Maßnahmen.csv').expect(200))
        .body as ImportResult;
      expect(result).toMatchObject({ mode: 'commit', created: 3, errors: [] });
      const ids = result.rows.map((row) => row.measureId as string);
      const [beratung, boerse, sprachcafe] = await Promise.all(
        ids.map(async (id) => (await api(app()).get(`/api/v1/measures/${id}`).expect(200)).body as Measure),
      );
      expect(beratung).toMatchObject({
        title: 'Beratungsstelle gegen Diskriminierung',
        description: 'Anlaufstelle für Betroffene; offene Sprechstunde',
        fieldOfActionId: fieldId('Antidiskriminierung'),
        status: 'in_progress',
        progress: 40,
        plannedStart: '2017-03-01',
        plannedEnd: '2017-12-31',
        leadActorId: sozialraum().id,
        partnerActorIds: [integrationsrat().id],
        public: true,
        contact: { name: 'Jana Kowalska', email: 'jana.kowalska@example.org' },
        version: 1,
      });
      expect([...beratung.guidelineIds].sort()).toEqual([guidelineId('1.1'), guidelineId('2.3')].sort());
      expect(boerse).toMatchObject({
        fieldOfActionId: fieldId('Ehrenamt'),
        status: 'planned',
        progress: null,
        plannedStart: '2018-01-15',
        leadActorId: partnerschaften().id,
        guidelineIds: [guidelineId('2.1')],
        public: false,
        contact: { name: null, email: null },
      });
      expect(sprachcafe).toMatchObject({
        title: 'Sprachcafé im Stadtteilzentrum',
        fieldOfActionId: fieldId('Deutsch als Sprache'),
        status: 'on_hold',
        statusNote: 'Raum fehlt bis Herbst',
        progress: 10,
        leadActorId: integrationsrat().id,
      });
      expect([...sprachcafe.partnerActorIds].sort()).toEqual([partnerschaften().id, sozialraum().id].sort());
      const history = (await api(app()).get(`/api/v1/measures/${sprachcafe.id}/history`).expect(200)).body;
      expect(history.items).toHaveLength(1);
      expect(history.items[0]).toMatchObject({
        kind: 'created',
        note: 'Raum fehlt bis Herbst',
        changes: expect.arrayContaining([{ field: 'status', from: null, to: 'on_hold' }]),
      });
      const audit = await api(app()).get('/api/v1/audit').query({ action: 'measure.import' }).expect(200);
      expect(audit.body.items[0]).toMatchObject({ details: { file: 'Maßnahmen.csv', created: 3, updated: 0 } });
    });

    it('reads Windows-1252 CSV (German Excel without UTF-8) with its umlauts intact', async () => {
      const result = (await upload('commit', fixture('semicolon-windows-1252.csv'), 'liste.csv').expect(200))
        .body as ImportResult;
      expect(result).toMatchObject({ created: 2, errors: [] });
      const measure = (await api(app()).get(`/api/v1/measures/${result.rows[0].measureId}`).expect(200)).body;
      expect(measure).toMatchObject({
        title: 'Förderung von Begegnungsorten',
        fieldOfActionId: fieldId('Zusammenleben in Harburg'),
        plannedEnd: '2027-12-31',
      });
      expect(result.rows[1].title).toBe('Übersetzungen für Elternabende');
    });

    it('reads comma-separated CSV with ISO dates and status keys', async () => {
      const result = (await upload('dry-run', fixture('comma.csv'), 'export.csv').expect(200)).body as ImportResult;
      expect(result).toMatchObject({ created: 2, errors: [] });
      expect(result.rows[0].title).toBe('Mentoring, Ausbildung und Beruf');
    });

    it('reads an Excel workbook: the stored result of a formula, date cells, rich text', async () => {
      const result = (await upload('commit', await workbookWithFormulaAndDateCells(), 'Liste.xlsx').expect(200))
        .body as ImportResult;
      expect(result).toMatchObject({ created: 2, errors: [] });
      const [first, second] = await Promise.all(
        result.rows.map(async (row) => (await api(app()).get(`/api/v1/measures/${row.measureId}`).expect(200)).body),
      );
      expect(first).toMatchObject({
        description: 'Schulungen für Übungsleitende',
        status: 'in_progress',
        progress: 60,
        plannedStart: '2017-12-31',
        plannedEnd: '2028-06-30',
      });
      expect(second).toMatchObject({ progress: 30, plannedStart: '2027-01-15', plannedEnd: '2027-07-14' });
    });

    it('reports a formula Excel never calculated instead of guessing its value', async () => {
      const result = (await upload('dry-run', await workbookWithUncalculatedFormula(), 'x.xlsx').expect(200))
        .body as ImportResult;
      expect(result.errors).toEqual([
        {
          row: 2,
          column: 'Fortschritt',
          message: expect.stringContaining('formula without a stored result'),
          code: 'cell_without_value',
          params: {},
        },
      ]);
      expect(result.rows).toEqual([expect.objectContaining({ row: 2, action: 'error' })]);
    });
  });

  describe('errors', () => {
    it('collects every error of every row with row, column and reason, and a commit writes nothing (422)', async () => {
      const before = await tableCounts();
      const dryRun = (await upload('dry-run', fixture('errors-in-several-rows.csv'), 'fehler.csv').expect(200))
        .body as ImportResult;
      // Every row error carries a code of PROBLEM_CODES with its parameters, as the API's error answers do.
      const expected = [
        {
          row: 3,
          column: 'Handlungsfeld',
          message: expect.stringContaining('"Sport" is not a known field of action'),
          code: 'unknown_reference',
          params: {},
        },
        {
          row: 4,
          column: 'Geplanter Beginn',
          message: expect.stringContaining('"31.02.2027" is not a date'),
          code: 'invalid_date',
          params: {},
        },
        {
          row: 5,
          column: 'Fortschritt',
          message: expect.stringContaining('"150" is not a progress'),
          code: 'too_large',
          params: { max: 100 },
        },
        {
          row: 6,
          column: 'Federführung',
          message: expect.stringContaining('"Amt für Unbekanntes" is not a known actor'),
          code: 'unknown_reference',
          params: {},
        },
        { row: 7, column: 'Titel', message: 'title should not be empty', code: 'required', params: {} },
        {
          row: 8,
          column: 'Geplantes Ende',
          message: 'plannedEnd must not be before plannedStart',
          code: 'date_before_start',
          params: { other: 'plannedStart' },
        },
        {
          row: 9,
          column: 'Status',
          message: expect.stringContaining('"Erledigt" is not a known status'),
          code: 'not_allowed_value',
          params: { allowed: expect.arrayContaining(['Vorgeschlagen', 'In Umsetzung']) },
        },
      ];
      expect(dryRun.errors).toEqual(expected);
      expect(dryRun.rows.map((row) => row.action)).toEqual(['create', ...expected.map(() => 'error')]);

      const commit = await upload('commit', fixture('errors-in-several-rows.csv'), 'fehler.csv').expect(422);
      expect(commit.headers['content-type']).toBe('application/json; charset=utf-8');
      expect((commit.body as ImportResult).errors).toEqual(expected);
      // The good row was rolled back with the rest: no id of a measure that does not exist.
      expect((commit.body as ImportResult).rows[0]).toMatchObject({ action: 'create', measureId: null });
      expect(await tableCounts()).toEqual(before);
    });

    it('rolls back rows already written when a later row fails in the service', async () => {
      const before = await tableCounts();
      const file = csv(['Titel;Handlungsfeld;Status', 'Erste;Ehrenamt;Geplant', 'Zweite;Ehrenamt;Abgelehnt']);
      const result = (await upload('commit', file, 'a.csv').expect(422)).body as ImportResult;
      expect(result.errors).toEqual([
        {
          row: 3,
          column: 'Statusbegründung',
          message: 'note: a reason is required when changing the status to rejected',
          code: 'note_required',
          params: { status: 'rejected' },
        },
      ]);
      expect(await tableCounts()).toEqual(before);
    });

    it('refuses cells PostgreSQL cannot store (NUL) and over-long reasons, naming row and column', async () => {
      const file = csv([
        'Titel;Handlungsfeld;Status;Statusbegründung',
        `A\u0000B;Ehrenamt;Abgelehnt;${'x'.repeat(2001)}`,
      ]);
      const result = (await upload('dry-run', file, 'nul.csv').expect(200)).body as ImportResult;
      expect(result.errors).toEqual([
        {
          row: 2,
          column: 'Titel',
          message: 'the cell must not contain NUL characters',
          code: 'invalid_text',
          params: {},
        },
        {
          row: 2,
          column: 'Statusbegründung',
          message: 'note must be shorter than or equal to 2000 characters',
          code: 'too_long',
          params: { max: 2000 },
        },
      ]);
    });

    it('names unknown and repeated columns in row 1', async () => {
      const result = (
        await upload('dry-run', csv(['Titel;Handlungsfeld;Fortschrit;titel', 'x;Ehrenamt;1;y']), 'a.csv').expect(200)
      ).body as ImportResult;
      expect(result.errors).toEqual([
        {
          row: 1,
          column: 'Fortschrit',
          message: 'unknown column; name the columns as in the export (for example "Titel", "Handlungsfeld")',
          code: 'unknown_column',
          params: {},
        },
        {
          row: 1,
          column: 'titel',
          message: 'the column "Titel" appears twice',
          code: 'duplicate_column',
          params: { column: 'Titel' },
        },
      ]);
    });

    it('refuses a file above the size limit with 413 before reading it, and other files with a reason naming file', async () => {
      const large = Buffer.alloc(IMPORT_MAX_BYTES + 1024, 'a');
      const tooLarge = await upload('dry-run', large, 'gross.csv').expect(413);
      expect(tooLarge.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: expect.stringMatching(/^file: the file is larger than 5 MB/),
        problems: [{ field: 'file', code: 'payload_too_large', params: { max: IMPORT_MAX_BYTES } }],
      });
      const pdf = await upload('dry-run', Buffer.from('%PDF-1.7'), 'liste.pdf').expect(415);
      expect(pdf.body.message).toMatch(/^file: .*neither a \.csv nor an \.xlsx/);
      expect(pdf.body.problems).toEqual([{ field: 'file', code: 'file_type_unsupported', params: {} }]);
      const xls = await upload('dry-run', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'alt.xls').expect(415);
      expect(xls.body.message).toContain('.xls');
      const json = await api(app()).post('/api/v1/measures/import').query({ mode: 'dry-run' }).send({}).expect(415);
      expect(json.body.message).toContain('multipart/form-data');
      const wrongField = await api(app())
        .post('/api/v1/measures/import')
        .query({ mode: 'dry-run' })
        .attach('datei', csv(['Titel']), 'a.csv')
        .expect(400);
      expect(wrongField.body.message).toContain('field "file"');
      const noMode = await api(app())
        .post('/api/v1/measures/import')
        .attach('file', csv(['Titel']), 'a.csv')
        .expect(400);
      expect(noMode.body.message).toEqual([expect.stringContaining('mode must be one of')]);
    });

    it('cuts off an upload without declared length at the size limit with 413', async () => {
      const admin = await userWithToken(app(), { email: 'import-stream@example.org', role: 'admin' });
      const boundary = 'lbmboundary';
      const chunks = [
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gross.csv"\r\nContent-Type: text/csv\r\n\r\n`,
        ...Array.from({ length: 6 }, () => 'x'.repeat(1024 * 1024)),
        `\r\n--${boundary}--\r\n`,
      ];
      const response = await app().inject({
        method: 'POST',
        url: '/api/v1/measures/import?mode=dry-run',
        headers: {
          authorization: `Bearer ${admin.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        // A stream: no Content-Length, so only the limit on the stream itself can stop it.
        payload: Readable.from(chunks),
      });
      expect([response.statusCode, response.json().message]).toEqual([
        413,
        expect.stringMatching(/^file: the file is larger/),
      ]);
    });

    it('refuses a file with more rows than the limit, naming the limit', async () => {
      const lines = ['Titel;Handlungsfeld', ...Array.from({ length: 20_001 }, (_, index) => `M${index};Ehrenamt`)];
      const response = await upload('dry-run', csv(lines), 'lang.csv').expect(413);
      expect(response.body.message).toContain('more than 20000 data rows');
    });

    it('refuses an xlsx file whose part unpacks to far more than it declares while unpacking it, with 413', async () => {
      // 300 MiB of zeros in one part, declared as 1 000 bytes: about 300 KB on disk.
      const bomb = await zipBomb({ unpackedBytes: 300 * 1024 * 1024, declaredBytes: 1000 });
      expect(bomb.length).toBeLessThan(IMPORT_MAX_BYTES);
      const response = await upload('dry-run', bomb, 'bombe.xlsx').expect(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: expect.stringMatching(/^file: the workbook unpacks to more than its directory declares/),
        problems: [{ field: 'file', code: 'payload_too_large', params: { max: 100 * 1024 * 1024 } }],
      });
    });

    it('refuses a first row of 200 000 columns as one problem of the file, before reading a row', async () => {
      const header = Array.from({ length: 200_000 }, (_, index) => `S${index}`).join(';');
      const rows = Array.from({ length: 3 }, () => ';'.repeat(200_000));
      const response = await upload('dry-run', csv([header, ...rows]), 'breit.csv').expect(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: `file: the first row has 200000 columns, more than ${IMPORT_MAX_COLUMNS} (the limit); the import format has 22 columns`,
        problems: [{ field: 'file', code: 'too_many_columns', params: { max: IMPORT_MAX_COLUMNS } }],
      });
    });

    it('answers a file with thousands of errors with the first ones and their count, in a small answer', async () => {
      const before = await tableCounts();
      // 64 columns, all unknown but the first two, and 2 000 rows with an unknown field of action each.
      const header = ['Titel', 'Handlungsfeld', ...Array.from({ length: 62 }, (_, index) => `Extra ${index}`)];
      const wrongHeader = await upload('commit', csv([header.join(';'), 'a;b']), 'breit.csv').expect(422);
      expect(wrongHeader.body).toMatchObject({ errorCount: 62, created: 0, rows: [] });
      expect(wrongHeader.body.errors).toHaveLength(62);
      expect(wrongHeader.body.errors[0]).toEqual({
        row: 1,
        column: 'Extra 0',
        message: 'unknown column; name the columns as in the export (for example "Titel", "Handlungsfeld")',
        code: 'unknown_column',
        params: {},
      });

      const lines = ['Titel;Handlungsfeld', ...Array.from({ length: 2_000 }, (_, index) => `M${index};Gibt es nicht`)];
      const response = await upload('commit', csv(lines), 'fehler.csv').expect(422);
      const result = response.body as ImportResult;
      expect(result.errorCount).toBe(2_000);
      expect(result.errors).toHaveLength(IMPORT_MAX_ERRORS);
      expect(result.errors.map((error) => error.row)).toEqual(
        Array.from({ length: IMPORT_MAX_ERRORS }, (_, index) => index + 2),
      );
      expect(result.rows).toHaveLength(2_000);
      expect(response.text.length).toBeLessThan(600_000);
      expect(await tableCounts()).toEqual(before);

      const dryRun = (await upload('dry-run', csv(lines), 'fehler.csv').expect(200)).body as ImportResult;
      expect([dryRun.errorCount, dryRun.errors.length]).toEqual([2_000, IMPORT_MAX_ERRORS]);
      const clean = (await upload('dry-run', csv(['Titel;Handlungsfeld', 'Neu;Ehrenamt']), 'ok.csv').expect(200))
        .body as ImportResult;
      expect(clean).toMatchObject({ created: 1, errors: [], errorCount: 0 });
    });

    it('runs one import per user at a time: a second one while the first runs gets 429, others are not held up', async () => {
      const importer = app().get(MeasureImportService);
      const original = importer.import.bind(importer);
      let entered!: () => void;
      let release!: () => void;
      const first = new Promise<void>((resolve) => (entered = resolve));
      const held = new Promise<void>((resolve) => (release = resolve));
      const spy = jest.spyOn(importer, 'import').mockImplementationOnce(async (...args) => {
        entered();
        await held;
        return original(...args);
      });
      try {
        const file = csv(['Titel;Handlungsfeld', 'Gleichzeitig;Ehrenamt']);
        const running = upload('dry-run', file, 'erster.csv').then((response) => response);
        await first;
        for (const mode of ['dry-run', 'commit']) {
          const second = await upload(mode, file, 'zweiter.csv').expect(429);
          expect(second.body).toEqual({
            statusCode: 429,
            error: 'Too Many Requests',
            message: 'An import of yours is still running; wait until it has finished, then send the file again',
            problems: [{ field: null, code: 'import_in_progress', params: {} }],
          });
        }
        // Another user imports meanwhile.
        const other = await userWithToken(app(), { email: 'import-parallel@example.org', role: 'editor' });
        expect((await upload('dry-run', file, 'andere.csv', other.token).expect(200)).body).toMatchObject({
          created: 1,
          errorCount: 0,
        });
        release();
        expect((await running).status).toBe(200);
        expect((await running).body).toMatchObject({ created: 1, errorCount: 0 });
        // The first one done, the next is taken, also after an import that failed.
        await upload('dry-run', Buffer.from('%PDF'), 'kaputt.pdf').expect(415);
        expect((await upload('dry-run', file, 'dritter.csv').expect(200)).body).toMatchObject({ created: 1 });
      } finally {
        release();
        spy.mockRestore();
      }
    });

    it('keeps answering multipart bodies on other routes with 415', async () => {
      const response = await api(app())
        .post('/api/v1/measures')
        .attach('file', csv(['Titel']), 'a.csv')
        .expect(415);
      expect(response.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    });
  });

  describe('updates by ID', () => {
    it('updates through the rules of PATCH and the lifecycle: history, version, allowed transitions only', async () => {
      const measure = await createMeasure(app(), {
        title: 'Update per Datei',
        fieldOfActionId: fieldId('Ehrenamt'),
        leadActorId: sozialraum().id,
      });
      const file = csv(['ID;Titel;Fortschritt;Status', `${measure.id};Update per Datei (neu);20;In Prüfung`]);
      const dryRun = (await upload('dry-run', file, 'u.csv').expect(200)).body as ImportResult;
      expect(dryRun.rows).toEqual([
        {
          row: 2,
          action: 'update',
          measureId: measure.id,
          title: 'Update per Datei (neu)',
          changedFields: ['title', 'progress', 'status'],
          changes: [
            { column: 'Titel', field: 'title', from: 'Update per Datei', to: 'Update per Datei (neu)' },
            { column: 'Fortschritt', field: 'progress', from: null, to: '20' },
            { column: 'Status', field: 'status', from: 'Vorgeschlagen', to: 'In Prüfung' },
          ],
        },
      ]);
      expect((await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body.version).toBe(1);
      await upload('commit', file, 'u.csv').expect(200);
      const after = (await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body as Measure;
      expect(after).toMatchObject({ title: 'Update per Datei (neu)', progress: 20, status: 'in_review', version: 3 });
      const history = (await api(app()).get(`/api/v1/measures/${measure.id}/history`).expect(200)).body.items;
      expect(history.map((entry: { kind: string }) => entry.kind)).toEqual([
        'status_change',
        'field_change',
        'created',
      ]);

      const jump = csv(['ID;Status', `${measure.id};Abgeschlossen`]);
      const refused = (await upload('commit', jump, 'u.csv').expect(422)).body as ImportResult;
      expect(refused.errors).toEqual([
        {
          row: 2,
          column: 'Status',
          message: expect.stringContaining('cannot change from "In Prüfung" to "Abgeschlossen"'),
          code: 'illegal_transition',
          params: { from: 'in_review', to: 'completed', allowed: expect.arrayContaining(['planned']) },
        },
      ]);
    });

    it('reports an unknown ID, a repeated ID and a stale version as row errors', async () => {
      const measure = await createMeasure(app(), { title: 'Versioniert', fieldOfActionId: fieldId('Ehrenamt') });
      await api(app()).patch(`/api/v1/measures/${measure.id}`).set('If-Match', '"1"').send({ progress: 5 }).expect(200);
      const file = csv([
        'ID;Version;Fortschritt',
        '00000000-0000-0000-0000-000000000000;;1',
        `${measure.id};1;50`,
        `${measure.id};2;5`,
      ]);
      const result = (await upload('dry-run', file, 'v.csv').expect(200)).body as ImportResult;
      expect(result.rows.map((row) => [row.action, row.measureId, row.title])).toEqual([
        ['error', null, ''],
        ['error', measure.id, 'Versioniert'],
        ['error', measure.id, 'Versioniert'],
      ]);
      expect(result.errors).toEqual([
        {
          row: 2,
          column: 'ID',
          message: 'no measure with the ID 00000000-0000-0000-0000-000000000000',
          code: 'not_found',
          params: {},
        },
        {
          row: 3,
          column: 'Version',
          message: expect.stringContaining('changed since version 1 (current version 2)'),
          code: 'version_mismatch',
          params: { current: 2 },
        },
        { row: 4, column: 'ID', message: 'the same ID as row 3', code: 'duplicate_id', params: { row: 3 } },
      ]);
    });

    it('lets an editor of an actor import only measures of that actor, and leaves others unchanged without error', async () => {
      const editor = await userWithToken(app(), {
        email: 'import-editor@example.org',
        role: 'editor',
        actorId: integrationsrat().id,
      });
      const own = await createMeasure(app(), {
        title: 'Eigene',
        fieldOfActionId: fieldId('Ehrenamt'),
        leadActorId: integrationsrat().id,
      });
      const foreign = await createMeasure(app(), {
        title: 'Fremde',
        fieldOfActionId: fieldId('Ehrenamt'),
        leadActorId: sozialraum().id,
      });
      const before = await tableCounts();
      const file = csv([
        'ID;Titel;Handlungsfeld;Fortschritt;Federführung',
        `${own.id};Eigene;Ehrenamt;30;Harburger Integrationsrat`,
        `${foreign.id};Fremde;Ehrenamt;;Bezirksamt Harburg – Sozialraummanagement`,
        `${foreign.id.replace(/.$/, (c) => (c === '0' ? '1' : '0'))};x;Ehrenamt;;`,
        `;Neu für andere;Ehrenamt;;Lokale Partnerschaften Harburg`,
        `;Neu ohne Akteur;Ehrenamt;;`,
        `;Neu eigene;Ehrenamt;;Harburger Integrationsrat`,
      ]);
      const result = (await upload('dry-run', file, 'e.csv', editor.token).expect(200)).body as ImportResult;
      expect(result.rows.map((row) => row.action)).toEqual([
        'update',
        'unchanged',
        'error',
        'error',
        'error',
        'create',
      ]);
      expect(result.errors.filter((error) => error.row >= 5)).toEqual([
        {
          row: 5,
          column: 'Federführung',
          message: expect.stringContaining('only measures in which your actor is lead or partner'),
          code: 'not_lead_or_partner',
          params: {},
        },
        {
          row: 6,
          column: 'Federführung',
          message: expect.stringContaining('only measures in which your actor is lead or partner'),
          code: 'not_lead_or_partner',
          params: {},
        },
      ]);
      const changeForeign = csv(['ID;Fortschritt', `${foreign.id};90`]);
      const refused = (await upload('commit', changeForeign, 'e.csv', editor.token).expect(422)).body as ImportResult;
      expect(refused.errors).toEqual([
        {
          row: 2,
          column: 'ID',
          message: expect.stringContaining('only measures in which your actor is lead or partner'),
          code: 'not_lead_or_partner',
          params: {},
        },
      ]);
      expect(await tableCounts()).toEqual(before);

      const viewer = await userWithToken(app(), { email: 'import-viewer@example.org', role: 'viewer' });
      await upload('dry-run', file, 'e.csv', viewer.token).expect(403);
    });
  });

  describe('a CSV file saved in Windows-1252', () => {
    /** What LibreOffice Calc and German Excel do to text when they save "CSV" in Windows-1252. */
    const throughWindows1252 = (text: string) => iconv.decode(iconv.encode(text, 'win1252'), 'win1252');

    it('refuses every cell that lost characters, naming column and values, and writes nothing', async () => {
      const verein = (
        await api(app()).post('/api/v1/actors').send({ name: 'Kulturverein Doğan', type: 'association' }).expect(201)
      ).body as { id: string };
      const iftar = await createMeasure(app(), {
        title: 'Iftar für alle – إفطار للجميع',
        fieldOfActionId: fieldId('Zusammenleben in Harburg'),
        contact: { name: 'Ayşe Yılmaz', email: 'ayse@example.org' },
      });
      const partnerschaft = await createMeasure(app(), {
        title: 'Städtepartnerschaft mit Łódź',
        description: 'Austausch mit Gdańsk und Kazım Doğan',
        fieldOfActionId: fieldId('Ehrenamt'),
      });
      const fest = await createMeasure(app(), {
        title: 'Nachbarschaftsfest',
        fieldOfActionId: fieldId('Ehrenamt'),
        leadActorId: verein.id,
      });
      const intact = await createMeasure(app(), {
        title: 'Sprachcafé „Größe“ – 5 € für alle?',
        fieldOfActionId: fieldId('Ehrenamt'),
      });

      // Exported, opened in a spreadsheet and saved as "CSV" in Windows-1252: no BOM, `?` for what it lacks.
      const exported = ((await exportFile('csv').expect(200)).body as Buffer).toString('utf8').replace(/^\uFEFF/, '');
      const saved = iconv.encode(exported, 'win1252');
      expect(saved.toString('latin1')).toContain(';Ay?e Y?lmaz;');

      const before = await tableCounts();
      const measuresBefore = await allMeasures();
      const dryRun = (await upload('dry-run', saved, 'massnahmen.csv').expect(200)).body as ImportResult;
      const rowOf = (id: string) => dryRun.rows.find((row) => row.measureId === id) as ImportResult['rows'][number];
      const lost = (column: string, from: string) => ({
        row: expect.any(Number),
        column,
        code: 'characters_lost',
        params: {},
        message:
          `the cell "${column}" lost characters when the file was saved: "${throughWindows1252(from)}" instead of ` +
          `"${from}"; save the file as "CSV UTF-8" (Excel) or with the character set "Unicode (UTF-8)" ` +
          '(LibreOffice) and check it again',
      });
      const byRowAndColumn = (a: { row: number; column: string }, b: { row: number; column: string }) =>
        a.row - b.row || a.column.localeCompare(b.column);
      expect([...dryRun.errors].sort(byRowAndColumn)).toEqual(
        [
          { ...lost('Titel', iftar.title), row: rowOf(iftar.id).row },
          { ...lost('Name der Ansprechperson', 'Ayşe Yılmaz'), row: rowOf(iftar.id).row },
          { ...lost('Titel', partnerschaft.title), row: rowOf(partnerschaft.id).row },
          { ...lost('Beschreibung', 'Austausch mit Gdańsk und Kazım Doğan'), row: rowOf(partnerschaft.id).row },
          {
            row: rowOf(fest.id).row,
            column: 'Federführung',
            code: 'characters_lost',
            params: {},
            message:
              '"Kulturverein Do?an" is not a known actor: characters were lost when the file was saved (it looks like ' +
              '"Kulturverein Doğan"); save the file as "CSV UTF-8" (Excel) or with the character set ' +
              '"Unicode (UTF-8)" (LibreOffice) and check it again',
          },
        ].sort(byRowAndColumn),
      );
      expect(dryRun).toMatchObject({ created: 0, updated: 0, unchanged: measuresBefore.length - 3 });
      expect(rowOf(iftar.id)).toMatchObject({
        action: 'error',
        changes: [
          { column: 'Titel', field: 'title', from: iftar.title, to: 'Iftar für alle – ????? ??????' },
          { column: 'Name der Ansprechperson', field: 'contact.name', from: 'Ayşe Yılmaz', to: 'Ay?e Y?lmaz' },
        ],
      });
      expect(rowOf(fest.id).action).toBe('error');
      expect(rowOf(intact.id).action).toBe('unchanged');

      const commit = (await upload('commit', saved, 'massnahmen.csv').expect(422)).body as ImportResult;
      expect([...commit.errors].sort(byRowAndColumn)).toEqual([...dryRun.errors].sort(byRowAndColumn));
      expect(await tableCounts()).toEqual(before);
      expect(await allMeasures()).toEqual(measuresBefore);

      // Saved as UTF-8 instead, the same file is unchanged.
      const utf8 = (await upload('dry-run', Buffer.from(exported, 'utf8'), 'massnahmen.csv').expect(200))
        .body as ImportResult;
      expect(utf8).toMatchObject({ updated: 0, unchanged: measuresBefore.length, errors: [] });
    });

    it('shows every changed cell of a dry run with the stored and the new value, and a "?" typed on purpose is no loss', async () => {
      const measure = await createMeasure(app(), {
        title: 'Wer hilft mit.',
        fieldOfActionId: fieldId('Ehrenamt'),
        leadActorId: sozialraum().id,
        contact: { name: 'Ayşe Yılmaz', email: null },
      });
      const file = csv([
        'ID;Titel;Fortschritt;Federführung;Name der Ansprechperson;Öffentlich;Status',
        `${measure.id};Wer hilft mit?;20;Harburger Integrationsrat;Ayşe Yılmaz-Demir;ja;In Prüfung`,
      ]);
      const result = (await upload('dry-run', file, 'aenderungen.csv').expect(200)).body as ImportResult;
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([
        {
          row: 2,
          action: 'update',
          measureId: measure.id,
          title: 'Wer hilft mit?',
          changedFields: ['title', 'leadActorId', 'contact.name', 'progress', 'public', 'status'],
          changes: [
            { column: 'Titel', field: 'title', from: 'Wer hilft mit.', to: 'Wer hilft mit?' },
            { column: 'Federführung', field: 'leadActorId', from: sozialraum().name, to: 'Harburger Integrationsrat' },
            { column: 'Name der Ansprechperson', field: 'contact.name', from: 'Ayşe Yılmaz', to: 'Ayşe Yılmaz-Demir' },
            { column: 'Fortschritt', field: 'progress', from: null, to: '20' },
            { column: 'Öffentlich', field: 'public', from: 'nein', to: 'ja' },
            { column: 'Status', field: 'status', from: 'Vorgeschlagen', to: 'In Prüfung' },
          ],
        },
      ]);
    });
  });

  describe('export and round trip', () => {
    it('exports CSV as German Excel opens it: BOM, semicolons, German headers and labels, a dated attachment', async () => {
      const response = await exportFile('csv').expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="massnahmen-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const text = (response.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFFID;Version;Titel;Beschreibung;Handlungsfeld;Status;')).toBe(true);
      expect(text).toContain(';In Umsetzung;');
      expect(text.split('\r\n').filter(Boolean)).toHaveLength((await allMeasures()).length + 1);
    });

    it('re-imports an unchanged export as all "unchanged" and writes nothing (CSV, Excel)', async () => {
      const count = (await allMeasures()).length;
      expect(count).toBeGreaterThan(8);
      for (const [format, name] of [
        ['csv', 'export.csv'],
        ['xlsx', 'export.xlsx'],
      ] as const) {
        const file = (await exportFile(format).expect(200)).body as Buffer;
        const before = await tableCounts();
        const measuresBefore = await allMeasures();
        const result = (await upload('commit', file, name).expect(200)).body as ImportResult;
        expect([format, result.errors]).toEqual([format, []]);
        expect(result).toMatchObject({ created: 0, updated: 0, unchanged: count });
        expect(await tableCounts()).toEqual(before);
        expect(await allMeasures()).toEqual(measuresBefore);
      }
    });

    it('neutralises cells a spreadsheet would execute and restores them on import', async () => {
      const formulas = await createMeasure(app(), {
        title: '=1+1',
        description: '@SUM(A1:A2)',
        fieldOfActionId: fieldId('Ehrenamt'),
        contact: { name: '+49 40 123', email: null },
      });
      const quoted = await createMeasure(app(), { title: "'=schon zitiert", fieldOfActionId: fieldId('Ehrenamt') });
      const csvText = ((await exportFile('csv').expect(200)).body as Buffer).toString('utf8');
      expect(csvText).toContain(`${formulas.id};1;'=1+1;'@SUM(A1:A2);`);
      expect(csvText).toContain(";'+49 40 123;");
      expect(csvText).toContain(`;''=schon zitiert;`);

      const xlsx = (await exportFile('xlsx').expect(200)).body as Buffer;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getCell('A1').value).toBe('ID');
      const cells: unknown[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.type)));
      expect(cells).not.toContain(ExcelJS.ValueType.Formula);
      // Excel shows the text as typed: a text cell with the hidden quote prefix, no apostrophe in the text.
      const rowOf = (id: string) => (sheet.getColumn(1).values as unknown[]).indexOf(id);
      const [formulaRow, quotedRow] = [rowOf(formulas.id), rowOf(quoted.id)];
      expect(sheet.getCell(`C${formulaRow}`).value).toBe('=1+1');
      expect(sheet.getCell(`C${formulaRow}`).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(`D${formulaRow}`).value).toBe('@SUM(A1:A2)');
      expect(sheet.getCell(`C${quotedRow}`).value).toBe("'=schon zitiert");
      for (const reference of [`C${formulaRow}`, `D${formulaRow}`, `C${quotedRow}`]) {
        expect([reference, cellHasQuotePrefix(xlsx, reference)]).toEqual([reference, true]);
      }
      const plainRow = (sheet.getColumn(3).values as unknown[]).indexOf('Beratungsstelle gegen Diskriminierung');
      expect(cellHasQuotePrefix(xlsx, `C${plainRow}`)).toBe(false);
      const contactColumn = TRANSFER_COLUMNS.findIndex((column) => column.key === 'contactName') + 1;
      expect(sheet.getRow(formulaRow).getCell(contactColumn).value).toBe('+49 40 123');

      // A workbook exported before the quote prefix has the apostrophe in the text: it still reads as unchanged.
      const legacy = new ExcelJS.Workbook();
      legacy.addWorksheet('Maßnahmen').addRows([
        ['ID', 'Titel', 'Beschreibung'],
        [formulas.id, "'=1+1", "'@SUM(A1:A2)"],
        [quoted.id, "''=schon zitiert", null],
      ]);
      const legacyFile = Buffer.from(await legacy.xlsx.writeBuffer());
      const legacyResult = (await upload('dry-run', legacyFile, 'alt.xlsx').expect(200)).body as ImportResult;
      expect(legacyResult).toMatchObject({ unchanged: 2, updated: 0, errors: [] });

      for (const [file, name] of [
        [Buffer.from(csvText, 'utf8'), 'x.csv'],
        [xlsx, 'x.xlsx'],
      ] as const) {
        const result = (await upload('commit', file, name).expect(200)).body as ImportResult;
        expect(result).toMatchObject({ created: 0, updated: 0, errors: [] });
      }
      expect((await api(app()).get(`/api/v1/measures/${formulas.id}`).expect(200)).body).toMatchObject({
        title: '=1+1',
        description: '@SUM(A1:A2)',
        contact: { name: '+49 40 123' },
        version: 1,
      });
      expect((await api(app()).get(`/api/v1/measures/${quoted.id}`).expect(200)).body.title).toBe("'=schon zitiert");
    });

    it('neutralises a formula after a separator inside a cell in the register and the open data, and restores it', async () => {
      const title = 'Budgetplanung,=HYPERLINK("https://example.org/x","Details")';
      const description = 'Ziele:\n- Beratung; +Begleitung|@Treffen\t=1+1';
      const measure = await createMeasure(app(), {
        title,
        description,
        fieldOfActionId: fieldId('Ehrenamt'),
        public: true,
      });
      const expected = [
        'Budgetplanung,\'=HYPERLINK(""https://example.org/x"",""Details"")',
        "Ziele:\n'- Beratung; '+Begleitung|'@Treffen\t'=1+1",
      ];
      const register = ((await exportFile('csv').expect(200)).body as Buffer).toString('utf8');
      const openData = (
        (
          await anonymous(app())
            .get('/api/v1/public/measures/export')
            .query({ format: 'csv' })
            .buffer(true)
            .parse(binary)
            .expect(200)
        ).body as Buffer
      ).toString('utf8');
      for (const text of [register, openData]) {
        expect(text).toContain(`${measure.id};`);
        expect(text).toContain(`"${expected[0]}"`);
        expect(text).toContain(`"${expected[1]}"`);
        expect(text).not.toContain(',=HYPERLINK');
      }
      // The register's CSV reads back as it was: the file changes nothing.
      const line = register.split('\r\n')[0];
      const row = register.slice(register.indexOf(`${measure.id};`)).split('\r\n')[0];
      const result = (await upload('dry-run', Buffer.from(`${line}\r\n${row}`, 'utf8'), 'zurueck.csv').expect(200))
        .body as ImportResult;
      expect(result).toMatchObject({ unchanged: 1, updated: 0, errorCount: 0 });
      await api(app())
        .patch(`/api/v1/measures/${measure.id}`)
        .set('If-Match', '"1"')
        .send({ public: false })
        .expect(200);
    });

    it('exports JSON with the same fields, and applies the list filters to every format', async () => {
      const ehrenamt = fieldId('Ehrenamt');
      const response = await exportFile('json', { fieldOfAction: ehrenamt }).expect(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(/filename="massnahmen-\d{4}-\d{2}-\d{2}\.json"/);
      const records = JSON.parse((response.body as Buffer).toString('utf8')) as TransferRecord[];
      const expected = (await allMeasures()).filter((measure) => measure.fieldOfActionId === ehrenamt);
      expect(records).toHaveLength(expected.length);
      expect(Object.keys(records[0])).toEqual(TRANSFER_COLUMNS.map((column) => column.header));
      expect(records.every((record) => record.Handlungsfeld === 'Ehrenamt')).toBe(true);
      expect(records.find((record) => record.Titel === '=1+1')).toBeDefined();
      const filteredCsv = ((await exportFile('csv', { status: 'on_hold' }).expect(200)).body as Buffer).toString(
        'utf8',
      );
      expect(filteredCsv.split('\r\n').filter(Boolean)).toHaveLength(2);
      await api(app()).get('/api/v1/measures/export').query({ format: 'pdf' }).expect(400);
      await api(app()).get('/api/v1/measures/export').query({ page: 2 }).expect(400);
    });

    it('imports an exported file edited in a spreadsheet as exactly the edited updates', async () => {
      const file = ((await exportFile('csv', { status: 'on_hold' }).expect(200)).body as Buffer).toString('utf8');
      const edited = file.replace(';10;', ';15;');
      const result = (await upload('commit', Buffer.from(edited, 'utf8'), 'edit.csv').expect(200)).body as ImportResult;
      expect(result).toMatchObject({ updated: 1, unchanged: 0, errors: [] });
      expect(result.rows[0].changedFields).toEqual(['progress']);
    });
  });

  describe('open data', () => {
    it('exports only published measures, without contact data or internal notes, to anonymous callers', async () => {
      const csvResponse = await anonymous(app())
        .get('/api/v1/public/measures/export')
        .query({ format: 'csv' })
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(csvResponse.headers['content-disposition']).toMatch(/massnahmen-offene-daten-\d{4}-\d{2}-\d{2}\.csv/);
      const text = (csvResponse.body as Buffer).toString('utf8');
      const published = (await allMeasures()).filter((measure) => measure.public);
      expect(published.length).toBeGreaterThan(0);
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(published.length + 1);
      expect(text).not.toMatch(/@|Jana|Ansprechperson|Raum fehlt|Statusbegründung/);
      expect(text).toContain('Beratungsstelle gegen Diskriminierung');
      expect(text).not.toContain('Ehrenamtsbörse Harburg');

      const json = await anonymous(app()).get('/api/v1/public/measures/export').query({ format: 'json' }).expect(200);
      expect(json.body).toHaveLength(published.length);
      expect(Object.keys(json.body[0])).toEqual([
        'ID',
        'Titel',
        'Beschreibung',
        'Handlungsfeld',
        'Status',
        'Fortschritt',
        'Geplanter Beginn',
        'Geplantes Ende',
        'Tatsächlicher Beginn',
        'Tatsächliches Ende',
        'Federführung',
        'Beteiligte',
        'Leitsätze',
        'Überfällig',
        'Zuletzt geändert',
      ]);
      await anonymous(app()).get('/api/v1/public/measures/export').query({ format: 'xlsx' }).expect(400);
      await anonymous(app()).get('/api/v1/measures/export').expect(401);
    });

    it('documents upload and downloads in the OpenAPI document', async () => {
      const document = (await anonymous(app()).get('/api/openapi.json').expect(200)).body;
      const upload = document.paths['/api/v1/measures/import'].post;
      expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
      expect(upload.responses['422']).toBeDefined();
      expect(upload.responses['413'].description).toContain('too_many_columns');
      expect(upload.responses['429'].description).toContain('import_in_progress');
      expect(document.components.schemas.ImportResultDto.required).toContain('errorCount');
      expect(Object.keys(document.paths['/api/v1/measures/export'].get.responses['200'].content)).toContain(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const openData = document.paths['/api/v1/public/measures/export'].get;
      expect(openData.security).toEqual([]);
      expect(openData.description).toContain('No personal data');
    });
  });
});

/** Keeps a download as bytes (supertest would parse JSON and leave CSV as text). */
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const stream = response as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

function csv(lines: string[]): Buffer {
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
