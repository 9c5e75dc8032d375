import type { ReportingFigures, ReportingReport, SnapshotMeasure } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES, REPORT_LIST_LIMITS } from '@leitbild-monitor/shared/contracts';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type PDFDocument from 'pdfkit';
import { joinContentOfFinishedPages } from './report-page-buffer';
import {
  formatDate,
  formatNumber,
  formatPeriod,
  formatPoint,
  formatProgress,
  formatTimestamp,
  formatValue,
  INDICATOR_STATES_DE,
  indicatorsCount,
  measuresCount,
  responsibleOf,
  stateCounts,
  STATUS_LABELS_DE,
} from './report-text';
import { isolate, pdfText, PdfText } from './report-bidi';
import { embedFontsInTurns, loadReportFonts, REPORT_FONT, registerReportFonts } from './report-fonts';
import { developmentSentence } from './reporting-development';

type Doc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;
type Cell =
  | string
  | {
      text: string;
      type?: 'TH' | 'TD';
      scope?: 'Column' | 'Row';
      font?: { src: string };
      textOptions?: PDFKit.Mixins.TextOptions;
    };

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const FONT = REPORT_FONT.regular;
const FONT_BOLD = REPORT_FONT.bold;
const TEXT_SIZE = 10;
const INK = '#1a1a1a';
/** Bars in a dark blue on a light grey track: 8.6:1 against white, and the track still visible. */
const BAR = '#1f4e79';
const TRACK = '#e3e7ec';
const RULE = '#8a9199';
/** The table cells' padding left and right (see `table`), and their font size. */
const CELL_PADDING_X = 4;
const CELL_TEXT_SIZE = 9;
/**
 * Lines with right-to-left text are wrapped here rather than by pdfkit (see report-bidi); half a point of slack keeps
 * pdfkit, which measures word by word, from breaking such a line once more.
 */
const WRAP_SLACK = 0.5;

/** The author named in the document's properties. */
export const REPORT_AUTHOR = 'Leitbild-Monitor';

/**
 * The most measures one list of the PDF names (the overdue ones, those of a field of action, those with council
 * papers); a list that has more says how many and where the others are. A district's plan has tens or hundreds of
 * measures and is printed whole; a city's register of 100,000 made a PDF of thousands of pages that ran the server
 * out of memory (4 GB) while it was built. The figures and tables above the lists always count every measure.
 */
export const PDF_MEASURES_PER_LIST = REPORT_LIST_LIMITS.printed;

/**
 * Table rows laid out before other requests get a turn of the event loop (about 10 ms of work here): a report with
 * long lists takes seconds to lay out, and no other request may wait that long.
 */
export const TABLE_ROWS_PER_TURN = 10;

/**
 * The longest the layout keeps the event loop between turns, whatever the rows (as an import's slices,
 * `IMPORT_SLICE_MS`). Ten rows took 25–100 ms on a machine half as fast as usual, and a static file, which takes
 * several turns of the loop, waited that long at each (p99 295–316 ms during a PDF of 100,000 measures).
 */
export const PDF_SLICE_MS = 5;

export function reportTitle(report: ReportingReport, name = report.reportingDate.name): string {
  return `Bericht zum Stichtag ${name} (${formatDate(report.reportingDate.date)})`;
}

/** The sentence with the key figures, printed in the PDF and asserted by the tests. */
export function summarySentence(report: ReportingReport): string {
  const { summary } = report;
  const progress =
    summary.meanProgress === null
      ? 'Ein mittlerer Fortschritt lässt sich nicht angeben, weil von keiner laufenden Maßnahme der Fortschritt bekannt ist.'
      : `Der mittlere Fortschritt beträgt ${formatProgress(summary.meanProgress)} (über ${measuresCount(summary.progressBasis)} mit bekanntem Fortschritt).`;
  return (
    `Zum Stichtag umfasst der Bericht ${measuresCount(summary.total)}; ` +
    `${formatNumber(summary.overdue)} davon ${summary.overdue === 1 ? 'ist' : 'sind'} überfällig. ${progress}`
  );
}

let pdfKit: typeof PDFDocument | undefined;

/**
 * pdfkit with its font engine (about 20 MB of memory) is loaded with the first report, not at every start: most
 * instances serve far more requests than reports. Loaded after the fonts (which load fontkit, pdfkit's largest
 * part), in a turn of the event loop of its own.
 */
async function loadPdfKit(): Promise<typeof PDFDocument> {
  if (!pdfKit) {
    await nextTurn();
    pdfKit = require('pdfkit') as typeof PDFDocument;
  }
  return pdfKit;
}

/**
 * The council report as a PDF: German, tagged (headings, paragraphs, tables and the chart as a figure with
 * alternative text in the structure tree; page numbers as artifacts), in an embedded font that covers the letters
 * of every name in the register (see report-fonts).
 */
export async function renderReportPdf(report: ReportingReport): Promise<Buffer> {
  const fonts = await loadReportFonts();
  const title = reportTitle(report);
  const doc = new (await loadPdfKit())({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    tagged: true,
    lang: 'de-DE',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: title,
      Author: REPORT_AUTHOR,
      Subject: 'Umsetzungsstand der Maßnahmen des Leitbilds für den Integrationsrat und die Bezirksversammlung',
      Keywords: 'Leitbild, Maßnahmen, Stichtag, Bericht',
      Creator: REPORT_AUTHOR,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // Awaited at the end; until then an error of the stream must not count as unhandled.
  done.catch(() => undefined);
  joinContentOfFinishedPages(doc);
  registerReportFonts(doc, fonts);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const totals = report.listTotals;
  const writer = new ReportWriter(doc, root);

  // Names set into a German sentence are isolated (report-bidi), so that an Arabic name keeps to itself.
  writer.heading(1, reportTitle(report, isolate(report.reportingDate.name)));
  writer.paragraph(
    `Stand der Daten: Momentaufnahme vom ${formatTimestamp(report.reportingDate.createdAt)}, ` +
      `erstellt von ${isolate(report.reportingDate.createdBy)}. Alle Zahlen beziehen sich auf diese Momentaufnahme; ` +
      `überfällig heißt: das geplante Ende lag vor dem Stichtag, und die Maßnahme war weder abgeschlossen noch abgelehnt.`,
  );

  writer.heading(2, 'Kennzahlen');
  writer.paragraph(summarySentence(report));
  await writer.table(
    [280, 120],
    [
      [th('Kennzahl'), th('Wert')],
      ['Maßnahmen insgesamt', formatNumber(report.summary.total)],
      ...MEASURE_STATUSES.map((status) => [
        `Status „${STATUS_LABELS_DE[status]}“`,
        formatNumber(report.summary.byStatus[status]),
      ]),
      ['Mittlerer Fortschritt', formatProgress(report.summary.meanProgress)],
      ['Überfällig zum Stichtag', formatNumber(report.summary.overdue)],
    ],
  );

  writer.heading(2, 'Fortschritt nach Handlungsfeld');
  writer.paragraph(
    'Mittlerer Fortschritt der Maßnahmen mit bekanntem Fortschritt, ohne zurückgestellte und abgelehnte. ' +
      'Die Tabelle nach dem Diagramm enthält dieselben Zahlen.',
  );
  writer.progressChart(report);
  await writer.table(
    [165, 65, 80, 90, 83],
    [
      [th('Handlungsfeld'), th('Maßnahmen'), th('Abgeschlossen'), th('Mittlerer Fortschritt'), th('Überfällig')],
      ...report.fieldsOfAction.map((field) => [
        field.name,
        formatNumber(field.total),
        formatNumber(field.byStatus.completed),
        formatProgress(field.meanProgress),
        formatNumber(field.overdue),
      ]),
    ],
  );

  await writer.development(report);

  await writer.indicators(report);

  await writer.changes(report);

  writer.heading(2, 'Überfällige Maßnahmen');
  if (totals.overdue === 0) writer.paragraph('Zum Stichtag war keine Maßnahme überfällig.');
  else {
    writer.paragraph(`${measuresCount(totals.overdue)} mit überschrittenem geplanten Ende:`);
    await writer.table(
      [150, 90, 70, 173],
      [
        [th('Maßnahme'), th('Handlungsfeld'), th('Geplantes Ende'), th('Verantwortlich')],
        ...report.overdue.slice(0, PDF_MEASURES_PER_LIST).map((measure) => [
          measure.title,
          measure.fieldOfActionName,
          formatDate(measure.plannedEnd),
          responsibleOf({
            leadActorName: measure.leadActorName === null ? null : isolate(measure.leadActorName),
            partnerActorNames: measure.partnerActorNames.map(isolate),
          }),
        ]),
      ],
    );
    writer.moreThanListed(totals.overdue);
  }

  writer.heading(2, 'Maßnahmen nach Handlungsfeld');
  if (report.fieldsOfAction.length === 0) writer.paragraph('Zum Stichtag gab es keine Maßnahmen.');
  for (const field of report.fieldsOfAction) {
    writer.heading(3, `${isolate(field.name)} (${measuresCount(field.total)})`);
    await writer.table(
      [150, 75, 60, 88, 110],
      [
        [th('Maßnahme'), th('Status'), th('Fortschritt'), th('Zeitraum (geplant)'), th('Federführung')],
        ...field.measures
          .slice(0, PDF_MEASURES_PER_LIST)
          .map((measure) => [
            measure.title,
            STATUS_LABELS_DE[measure.status] + (measure.overdue ? ' (überfällig)' : ''),
            formatProgress(measure.progress),
            formatPeriod(measure),
            measure.leadActorName ?? '–',
          ]),
      ],
    );
    writer.moreThanListed(field.total);
  }

  writer.heading(2, 'Drucksachen und Beschlüsse');
  if (totals.councilPapers === 0) writer.paragraph('Die Maßnahmen nennen keine Drucksachen.');
  else {
    await writer.table(
      [170, 70, 173, 70],
      [
        [th('Maßnahme'), th('Drucksache'), th('Titel'), th('Datum')],
        ...report.councilPapers
          .slice(0, PDF_MEASURES_PER_LIST)
          .flatMap((measure) =>
            measure.councilPapers.map((paper, index) => [
              index === 0 ? measure.title : '',
              paper.reference,
              paper.title ?? '–',
              paper.date ? formatDate(paper.date) : '–',
            ]),
          ),
      ],
    );
  }

  if (totals.councilPapers > 0) writer.moreThanListed(totals.councilPapers);

  root.end();
  await nextTurn();
  await writer.pageNumbers(`${REPORT_AUTHOR} · ${isolate(report.reportingDate.name)}`);
  await embedFontsInTurns(doc);
  // Ending the document compresses every page held for the page numbers.
  await nextTurn();
  doc.end();
  return done;
}

/**
 * pdfkit's `features` option goes unchanged to fontkit's `layout(text, features)`, which takes a string there as the
 * script to lay the text out in (its signature `layout(text, script, language, direction)`): a whole line at a
 * time, shaped and — for a right-to-left script — reversed (see report-bidi). Nothing for text without such letters.
 */
function layoutOptions(script: string | undefined): { features?: PDFKit.Mixins.OpenTypeFeatures[] } {
  return script === undefined ? {} : { features: script as unknown as PDFKit.Mixins.OpenTypeFeatures[] };
}

function th(text: string): Cell {
  return { text, type: 'TH', scope: 'Column', font: { src: FONT_BOLD } };
}

/** Writes the report's blocks one after the other, each into the structure tree under the document element. */
class ReportWriter {
  private sliceStart = performance.now();

  constructor(
    private readonly doc: Doc,
    private readonly root: StructElement,
  ) {
    doc.font(FONT).fontSize(TEXT_SIZE).fillColor(INK);
  }

  /** Gives the event loop a turn and starts a new slice. */
  private async nextTurn(): Promise<void> {
    await nextTurn();
    this.sliceStart = performance.now();
  }

  /** A turn once the current slice has taken PDF_SLICE_MS. */
  private async turnIfSliceUsed(): Promise<void> {
    if (performance.now() - this.sliceStart >= PDF_SLICE_MS) await this.nextTurn();
  }

  private get contentWidth(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  /**
   * `text` in visual order for pdfkit (report-bidi): unchanged without right-to-left letters, else wrapped to
   * `width` in the current font and size and each line reordered.
   */
  private wrapped(text: string, width: number): PdfText {
    return pdfText(text, {
      width: width - WRAP_SLACK,
      // pdfkit counts the line feed that ends a line into its last word, with the width of the font's .notdef glyph.
      measure: (line, script) => this.doc.widthOfString(`${line}\n`, layoutOptions(script)),
    });
  }

  /** Starts a new page unless `height` points still fit, so a heading never ends up alone at a page's foot. */
  private keepSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.maxY()) this.doc.addPage();
    this.doc.x = MARGIN.left;
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 18 : level === 2 ? 14 : 11.5;
    this.keepSpace(size * 5);
    if (level > 1) this.doc.moveDown(0.8);
    this.doc.font(FONT_BOLD).fontSize(size).fillColor(INK);
    const line = this.wrapped(text, this.contentWidth);
    this.doc.text(line.text, MARGIN.left, this.doc.y, {
      width: this.contentWidth,
      structParent: this.root,
      structType: `H${level}`,
      ...layoutOptions(line.script),
    });
    this.doc.moveDown(0.4).font(FONT).fontSize(TEXT_SIZE);
  }

  paragraph(text: string): void {
    this.keepSpace(TEXT_SIZE * 3);
    this.doc.font(FONT).fontSize(TEXT_SIZE).fillColor(INK);
    const line = this.wrapped(text, this.contentWidth);
    this.doc.text(line.text, MARGIN.left, this.doc.y, {
      width: this.contentWidth,
      structParent: this.root,
      structType: 'P',
      ...layoutOptions(line.script),
    });
    this.doc.moveDown(0.5);
  }

  /**
   * A table with a header row; rows that do not fit move to the next page whole. Written row by row, with a turn of
   * the event loop before it and after every TABLE_ROWS_PER_TURN rows.
   */
  async table(widths: number[], rows: Cell[][]): Promise<void> {
    await this.nextTurn();
    this.keepSpace(TEXT_SIZE * 6);
    this.doc.font(FONT).fontSize(CELL_TEXT_SIZE).fillColor(INK);
    const table = this.doc.table({
      position: { x: MARGIN.left, y: this.doc.y },
      columnStyles: widths,
      defaultStyle: { border: 0.5, borderColor: RULE, padding: [3, CELL_PADDING_X, 3, CELL_PADDING_X] },
      rowStyles: (row: number) => (row === 0 ? { backgroundColor: TRACK } : undefined),
      structParent: this.root,
    } as PDFKit.Mixins.TableOptions) as unknown as { row(cells: Cell[]): unknown; end(): unknown };
    for (const [index, row] of rows.entries()) {
      if (index > 0 && index % TABLE_ROWS_PER_TURN === 0) await this.nextTurn();
      else await this.turnIfSliceUsed();
      table.row(row.map((cell, column) => this.cellText(cell, widths[column] - 2 * CELL_PADDING_X)));
    }
    table.end();
    this.doc.x = MARGIN.left;
    this.doc.font(FONT).fontSize(TEXT_SIZE).moveDown(0.8);
  }

  /** A cell's text in visual order (see `wrapped`); the font is set only to measure right-to-left lines. */
  private cellText(cell: Cell, width: number): Cell {
    const object = typeof cell === 'string' ? { text: cell } : cell;
    const content = pdfText(object.text, {
      width: width - WRAP_SLACK,
      measure: (line, script) => {
        // Setting a font is costly in pdfkit (it compares the font's name tables), so not for every cell.
        this.doc.font(object.font?.src ?? FONT).fontSize(CELL_TEXT_SIZE);
        const measured = this.doc.widthOfString(`${line}\n`, layoutOptions(script));
        this.doc.font(FONT).fontSize(CELL_TEXT_SIZE);
        return measured;
      },
    });
    if (!content.script) return typeof cell === 'string' ? content.text : { ...cell, text: content.text };
    return { ...object, text: content.text, textOptions: layoutOptions(content.script) };
  }

  /**
   * The development across reporting dates up to this one: a sentence, then one table over all measures and one per
   * field of action, a row per reporting date with its measures per status, mean progress and overdue count.
   */
  async development(report: ReportingReport): Promise<void> {
    const { development } = report;
    this.heading(2, 'Entwicklung über die Stichtage');
    this.paragraph(developmentSentence(development));
    this.paragraph(
      'Je Stichtag eine Spalte (höchstens sechs je Tabelle; weitere folgen in einer weiteren Tabelle): die ' +
        'Maßnahmen insgesamt und nach Status, der mittlere Fortschritt und die zum Stichtag überfälligen.',
    );
    const scopes = [
      { name: 'Alle Handlungsfelder', figures: development.points.map((point) => point.summary) },
      ...development.fieldsOfAction.map((field, index) => ({
        name: isolate(field.name),
        figures: development.points.map((point) => point.fieldsOfAction[index]),
      })),
    ];
    const perTable = 6;
    for (const scope of scopes) {
      // The heading and its table of eleven rows stay together on one page.
      this.keepSpace(220);
      this.heading(3, scope.name);
      for (let start = 0; start < development.points.length; start += perTable) {
        const dates = development.points.slice(start, start + perTable).map((point) => point.reportingDate.date);
        const figures = scope.figures.slice(start, start + perTable);
        const rows: [string, (figures: ReportingFigures) => string][] = [
          ['Maßnahmen insgesamt', (f) => formatNumber(f.total)],
          ...MEASURE_STATUSES.map((status): [string, (figures: ReportingFigures) => string] => [
            STATUS_LABELS_DE[status],
            (f) => formatNumber(f.byStatus[status]),
          ]),
          ['Mittlerer Fortschritt', (f) => formatProgress(f.meanProgress)],
          ['Überfällig', (f) => formatNumber(f.overdue)],
        ];
        await this.table(
          [111, ...dates.map(() => 62)],
          [
            [th('Kennzahl'), ...dates.map((date) => th(formatDate(date)))],
            ...rows.map(([label, value]): Cell[] => [
              { text: label, type: 'TH', scope: 'Row' },
              ...figures.map((f) => value(f)),
            ]),
          ],
        );
      }
    }
  }

  /** Horizontal vector bars, one per field of action: the mean progress on a 0–100 % track. */
  progressChart(report: ReportingReport): void {
    const fields = report.fieldsOfAction;
    if (fields.length === 0) return;
    const rowHeight = 22;
    const labelWidth = 170;
    const valueWidth = 60;
    const trackWidth = this.contentWidth - labelWidth - valueWidth - 16;
    this.keepSpace(fields.length * rowHeight + 30);
    const top = this.doc.y;
    const alt =
      'Balkendiagramm: mittlerer Fortschritt je Handlungsfeld. ' +
      fields.map((field) => `${field.name}: ${formatProgress(field.meanProgress)}`).join('; ') +
      '.';
    const figure = this.doc.struct('Figure', { alt: alt }, () => {
      const doc = this.doc;
      fields.forEach((field, index) => {
        const y = top + index * rowHeight;
        const trackX = MARGIN.left + labelWidth + 8;
        const label = pdfText(field.name);
        doc
          .font(FONT)
          .fontSize(9)
          .fillColor(INK)
          .text(label.text, MARGIN.left, y + 4, {
            ...layoutOptions(label.script),
            width: labelWidth,
            height: rowHeight,
            ellipsis: true,
            lineBreak: false,
          });
        doc.rect(trackX, y + 3, trackWidth, rowHeight - 8).fill(TRACK);
        if (field.meanProgress !== null && field.meanProgress > 0) {
          doc.rect(trackX, y + 3, (trackWidth * Math.min(field.meanProgress, 100)) / 100, rowHeight - 8).fill(BAR);
        }
        doc.fillColor(INK).text(formatProgress(field.meanProgress), trackX + trackWidth + 8, y + 4, {
          width: valueWidth,
          lineBreak: false,
        });
      });
      // Scale: 0, 50 and 100 % under the track.
      const scaleY = top + fields.length * rowHeight + 2;
      const trackX = MARGIN.left + labelWidth + 8;
      doc.fontSize(8).fillColor(INK);
      for (const percent of [0, 50, 100]) {
        const x = trackX + (trackWidth * percent) / 100;
        doc.moveTo(x, top).lineTo(x, scaleY).lineWidth(0.5).strokeColor(RULE).stroke();
        doc.text(`${percent} %`, x - 15, scaleY + 2, { width: 30, align: 'center', lineBreak: false });
      }
    });
    this.root.add(figure);
    figure.end();
    this.doc.x = MARGIN.left;
    this.doc.y = top + fields.length * rowHeight + 20;
    this.doc.font(FONT).fontSize(TEXT_SIZE).fillColor(INK).moveDown(0.8);
  }

  async changes(report: ReportingReport): Promise<void> {
    const changes = report.changes;
    if (!changes) {
      this.heading(2, 'Änderungen seit dem letzten Stichtag');
      this.paragraph('Dies ist der erste Stichtag; es gibt keinen früheren Stichtag zum Vergleich.');
      return;
    }
    this.heading(2, `Änderungen seit dem Stichtag ${isolate(changes.from.name)} (${formatDate(changes.from.date)})`);
    const totals = changes.totals;
    const counts = [
      `${formatNumber(totals.added)} neu`,
      `${formatNumber(totals.removed)} entfallen`,
      `${formatNumber(totals.statusChanges)} mit geändertem Status`,
      `${formatNumber(totals.progressChanges)} mit geändertem Fortschritt`,
      `${formatNumber(totals.newlyOverdue)} neu überfällig`,
    ];
    this.paragraph(`Maßnahmen: ${counts.join(', ')}.`);
    await this.measureList('Neue Maßnahmen', changes.added, totals.added, 'Keine neuen Maßnahmen.');
    await this.measureList('Entfallene Maßnahmen', changes.removed, totals.removed, 'Keine Maßnahme ist entfallen.');
    this.heading(3, 'Statusänderungen');
    if (totals.statusChanges === 0) this.paragraph('Keine Statusänderungen.');
    else {
      await this.table(
        [190, 90, 90, 113],
        [
          [th('Maßnahme'), th('Status vorher'), th('Status nachher'), th('Handlungsfeld')],
          ...changes.statusChanges
            .slice(0, PDF_MEASURES_PER_LIST)
            .map((change) => [
              change.measure.title,
              STATUS_LABELS_DE[change.from],
              STATUS_LABELS_DE[change.to],
              change.measure.fieldOfActionName,
            ]),
        ],
      );
      this.moreThanListed(totals.statusChanges);
    }
    this.heading(3, 'Fortschrittsänderungen');
    if (totals.progressChanges === 0) this.paragraph('Keine Fortschrittsänderungen.');
    else {
      await this.table(
        [190, 90, 90, 113],
        [
          [th('Maßnahme'), th('Fortschritt vorher'), th('Fortschritt nachher'), th('Handlungsfeld')],
          ...changes.progressChanges
            .slice(0, PDF_MEASURES_PER_LIST)
            .map((change) => [
              change.measure.title,
              formatProgress(change.from),
              formatProgress(change.to),
              change.measure.fieldOfActionName,
            ]),
        ],
      );
      this.moreThanListed(totals.progressChanges);
    }
    await this.measureList(
      'Neu überfällige Maßnahmen',
      changes.newlyOverdue,
      totals.newlyOverdue,
      'Keine Maßnahme ist neu überfällig.',
    );
    this.heading(3, 'Neue Werte der Kennzahlen');
    if (changes.newIndicatorValues.length === 0) this.paragraph('Keine neuen oder berichtigten Werte.');
    else
      await this.table(
        [190, 70, 110, 113],
        [
          [th('Kennzahl'), th('Datum'), th('Wert vorher'), th('Wert')],
          ...changes.newIndicatorValues.map((change) => [
            `${change.indicator.code} ${change.indicator.name}`,
            formatDate(change.date),
            change.from === null ? 'neu' : formatValue(change.from, change.indicator.unit),
            formatValue(change.to, change.indicator.unit),
          ]),
        ],
      );
    this.heading(3, 'Geänderte Stände der Kennzahlen');
    if (changes.indicatorStateChanges.length === 0) this.paragraph('Kein Stand einer Kennzahl hat sich geändert.');
    else
      await this.table(
        [190, 90, 90, 113],
        [
          [th('Kennzahl'), th('Stand vorher'), th('Stand nachher'), th('Handlungsfeld')],
          ...changes.indicatorStateChanges.map((change) => [
            `${change.indicator.code} ${change.indicator.name}`,
            INDICATOR_STATES_DE[change.from],
            INDICATOR_STATES_DE[change.to],
            change.indicator.fieldOfActionName,
          ]),
        ],
      );
  }

  /** Per field of action: how many indicators are in each state, and each with its latest value, goal and state. */
  async indicators(report: ReportingReport): Promise<void> {
    this.heading(2, 'Wirkung: Kennzahlen nach Handlungsfeld');
    if (report.indicators.length === 0) {
      this.paragraph('Zum Stichtag gab es keine Kennzahlen.');
      return;
    }
    this.paragraph(
      'Je Kennzahl der letzte Wert bis zum Stichtag, das Endziel und der Stand: „Ziel erreicht“, wenn der Wert das ' +
        'Endziel erreicht; „auf Kurs“, wenn er die Ziellinie vom Basiswert zu den Zielen erreicht; „ohne Daten“, wenn ' +
        'es keinen Wert nach dem Basiswert oder kein Ziel gibt.',
    );
    for (const field of report.indicators) {
      this.heading(3, `${isolate(field.name)} (${indicatorsCount(field.total)})`);
      this.paragraph(`${stateCounts(field.byState)}.`);
      await this.table(
        [150, 70, 95, 95, 73],
        [
          [th('Kennzahl'), th('Stand'), th('Letzter Wert'), th('Ziel'), th('Fortschritt')],
          ...field.indicators.map((indicator) => [
            `${indicator.code} ${indicator.name}`,
            INDICATOR_STATES_DE[indicator.state],
            formatPoint(indicator.latest, indicator.unit),
            formatPoint(indicator.finalGoal, indicator.unit),
            formatProgress(indicator.progress),
          ]),
        ],
      );
    }
  }

  /** After a list of at most PDF_MEASURES_PER_LIST measures: how many more there are, and where to find them. */
  moreThanListed(total: number): void {
    if (total <= PDF_MEASURES_PER_LIST) return;
    this.paragraph(
      `Die Liste nennt die ersten ${formatNumber(PDF_MEASURES_PER_LIST)} von ${formatNumber(total)} Maßnahmen; ` +
        'alle enthält der Export des Maßnahmenregisters (CSV oder Excel).',
    );
  }

  private async measureList(heading: string, measures: SnapshotMeasure[], total: number, empty: string): Promise<void> {
    this.heading(3, heading);
    if (total === 0) {
      this.paragraph(empty);
      return;
    }
    await this.table(
      [190, 110, 70, 113],
      [
        [th('Maßnahme'), th('Handlungsfeld'), th('Status'), th('Federführung')],
        ...measures
          .slice(0, PDF_MEASURES_PER_LIST)
          .map((measure) => [
            measure.title,
            measure.fieldOfActionName,
            STATUS_LABELS_DE[measure.status],
            measure.leadActorName ?? '–',
          ]),
      ],
    );
    this.moreThanListed(total);
  }

  /** "Seite 2 von 7" in every page's footer, marked as a pagination artifact (not part of the text's structure). */
  async pageNumbers(footer: string): Promise<void> {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      await this.turnIfSliceUsed();
      doc.switchToPage(index);
      // Writing below the bottom margin would otherwise start a new page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination' });
      const line = pdfText(`${footer} · Seite ${index - range.start + 1} von ${range.count}`);
      doc
        .font(FONT)
        .fontSize(8)
        .fillColor(INK)
        .text(line.text, MARGIN.left, doc.page.height - bottom + 24, {
          width: this.contentWidth,
          align: 'center',
          lineBreak: false,
          ...layoutOptions(line.script),
        });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }
}
