import type { ReportingDate } from '@leitbild-monitor/shared/contracts';
import { spawnSync } from 'node:child_process';
import { turnsWhile } from '@leitbild-monitor/api/transfer/testing';
import { PDF_MEASURES_PER_LIST, PDF_SLICE_MS, renderReportPdf, TABLE_ROWS_PER_TURN } from './report-pdf';
import { buildReport } from '../testing/whole-states';
import { FrozenMeasure, toSnapshotMeasure } from './reporting-figures';

/**
 * The text of a PDF as pdf-parse (pdf.js) reads it — in logical order, as a screen reader or copy and paste gets
 * it. pdf.js loads its worker with a dynamic import, which Jest's module sandbox does not allow, so the parsing
 * runs in a plain Node process.
 */
const PARSE_PDF = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(result.text);
});`;

function pdfText(pdf: Buffer): string {
  const result = spawnSync(process.execPath, ['-e', PARSE_PDF], { input: pdf, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdf-parse could not read the PDF: ${result.stderr}`);
  return result.stdout;
}

const reportingDate: ReportingDate = {
  id: 'r1',
  name: 'Sitzung „إفطار للجميع“',
  date: '2026-03-12',
  createdAt: '2026-03-10T09:00:00.000Z',
  createdBy: 'Erika Redaktion',
  measureCount: 1,
};

const measure: FrozenMeasure = {
  measureId: 'm1',
  // The title of one of the demo measures.
  title: 'Offenes Nachbarschafts-Iftar „Iftar für alle – إفطار للجميع“',
  fieldOfActionId: 'f1',
  fieldOfActionName: 'Zusammenleben im Quartier',
  fieldOfActionPosition: 1,
  status: 'in_progress',
  progress: 40,
  plannedStart: '2026-01-01',
  plannedEnd: '2026-12-31',
  actualStart: null,
  actualEnd: null,
  leadActorId: null,
  leadActorName: 'Moscheegemeinde Harburg',
  partnerActorNames: [],
  public: true,
  overdue: false,
};

describe('renderReportPdf', () => {
  it('prints Arabic words in reading order, with the quotes and the date where they belong', async () => {
    const pdf = await renderReportPdf(buildReport(reportingDate, [measure], null, '2026-03-12T10:00:00.000Z'));
    const flat = pdfText(pdf).replace(/\s+/g, ' ');
    // Title (wrapped before the date), footer: a German sentence with the Arabic name in its place.
    expect(flat).toContain('Bericht zum Stichtag Sitzung „إفطار للجميع“ (12.03.2026)');
    expect(flat).toContain('Leitbild-Monitor · Sitzung „إفطار للجميع“ · Seite 1 von');
    // The measure's title in a narrow table cell, wrapped over two lines: its words in their order.
    expect(flat).toContain('Offenes Nachbarschafts-Iftar');
    expect(flat).toContain('إفطار للجميع');
    expect(flat).not.toContain('للجميع إفطار');
    // German text is set as before.
    expect(flat).toContain('Zum Stichtag umfasst der Bericht 1 Maßnahme; 0 davon sind überfällig.');
  }, 30_000);

  it('names at most PDF_MEASURES_PER_LIST measures per list, counts every one, and says where the others are', async () => {
    const many: FrozenMeasure[] = Array.from({ length: PDF_MEASURES_PER_LIST + 5 }, (_, index) => ({
      ...measure,
      measureId: `m${index}`,
      title: `Vorhaben ${String(index + 1).padStart(4, '0')}`,
      plannedEnd: '2026-01-31',
      overdue: true,
    }));
    const { value: pdf, turns } = await turnsWhile(
      renderReportPdf(
        buildReport({ ...reportingDate, measureCount: many.length }, many, null, '2026-03-12T10:00:00.000Z'),
      ),
    );
    // Other requests had a turn of the event loop at least every TABLE_ROWS_PER_TURN rows of the two long lists.
    expect(turns).toBeGreaterThanOrEqual((2 * PDF_MEASURES_PER_LIST) / TABLE_ROWS_PER_TURN);
    const flat = pdfText(pdf).replace(/\s+/g, ' ');
    expect(flat).toContain(`Zum Stichtag umfasst der Bericht ${many.length} Maßnahmen`);
    expect(flat).toContain(`Vorhaben ${String(PDF_MEASURES_PER_LIST).padStart(4, '0')}`);
    expect(flat).not.toContain(`Vorhaben ${String(PDF_MEASURES_PER_LIST + 1).padStart(4, '0')}`);
    // Once after the overdue ones, once after the field of action's.
    const more = `Die Liste nennt die ersten ${PDF_MEASURES_PER_LIST} von ${many.length} Maßnahmen; alle enthält der Export`;
    expect(flat.split(more)).toHaveLength(3);
  }, 60_000);

  it('gives the event loop a turn whenever a slice of PDF_SLICE_MS is used up, however few the rows', async () => {
    const many: FrozenMeasure[] = Array.from({ length: PDF_MEASURES_PER_LIST }, (_, index) => ({
      ...measure,
      measureId: `m${index}`,
      overdue: true,
    }));
    // A machine on which every row takes a whole slice.
    let clock = 0;
    const now = jest.spyOn(performance, 'now').mockImplementation(() => (clock += PDF_SLICE_MS));
    try {
      const { turns } = await turnsWhile(
        renderReportPdf(
          buildReport({ ...reportingDate, measureCount: many.length }, many, null, '2026-03-12T10:00:00.000Z'),
        ),
      );
      // A turn after (nearly) every row of the two long lists, not only after every TABLE_ROWS_PER_TURN.
      expect(turns).toBeGreaterThanOrEqual(PDF_MEASURES_PER_LIST);
    } finally {
      now.mockRestore();
    }
  }, 60_000);

  it('counts the lists of a report cut for print by their totals, changes included', async () => {
    const listed: FrozenMeasure[] = Array.from({ length: 3 }, (_, index) => ({
      ...measure,
      measureId: `m${index}`,
      title: `Vorhaben ${index + 1}`,
    }));
    const snapshots = listed.map(toSnapshotMeasure);
    const report = buildReport(reportingDate, listed, null, '2026-03-12T10:00:00.000Z');
    report.changes = {
      from: { id: 'r0', name: 'Sitzung im Januar', date: '2026-01-15' },
      to: { id: 'r1', name: reportingDate.name, date: reportingDate.date },
      added: snapshots,
      removed: [],
      statusChanges: snapshots.map((changed) => ({
        measure: changed,
        from: 'planned' as const,
        to: 'in_progress' as const,
      })),
      progressChanges: [],
      newlyOverdue: [],
      // The lists are cut: they name 3 of 2,500 and of 1,200.
      totals: { added: 2_500, removed: 0, statusChanges: 1_200, progressChanges: 0, newlyOverdue: 0 },
      newIndicatorValues: [],
      indicatorStateChanges: [],
    };
    const flat = pdfText(await renderReportPdf(report)).replace(/\s+/g, ' ');
    expect(flat).toContain('Maßnahmen: 2.500 neu, 0 entfallen, 1.200 mit geändertem Status');
    expect(flat).toContain(`Die Liste nennt die ersten ${PDF_MEASURES_PER_LIST} von 2.500 Maßnahmen`);
    expect(flat).toContain(`Die Liste nennt die ersten ${PDF_MEASURES_PER_LIST} von 1.200 Maßnahmen`);
  }, 30_000);

  it('sets the letters of each report in its own PDF when the parsed fonts are shared', async () => {
    // The first report uses none of the letters below; the second must embed them in its own subset.
    await renderReportPdf(buildReport(reportingDate, [measure], null, '2026-03-12T10:00:00.000Z'));
    const names = 'Łukasz Şahin, Ярослава, Ηλέκτρα';
    const pdf = await renderReportPdf(
      buildReport(reportingDate, [{ ...measure, leadActorName: names }], null, '2026-03-12T10:00:00.000Z'),
    );
    const flat = pdfText(pdf).replace(/\s+/g, ' ');
    expect(flat).toContain('Łukasz Şahin');
    expect(flat).toContain('Ярослава');
    expect(flat).toContain('Ηλέκτρα');
  }, 30_000);
});
