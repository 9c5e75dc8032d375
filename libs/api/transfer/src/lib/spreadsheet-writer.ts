import { BOOLEAN_LABELS_DE } from '@leitbild-monitor/shared/domain';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import type { EventEmitter } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { looksLikeFormula, neutraliseText } from './cell-values';
import { loadExcelJs } from './exceljs-loader';
import { QuotePrefixStyle } from './xlsx-quote-prefix';

/** A cell before it is written: text, a number, yes/no, or empty. */
export type CellValue = string | number | boolean | null;

export interface SheetColumn {
  header: string;
  /** Dates are ISO text (YYYY-MM-DD); in a workbook they become real date cells. */
  kind?: 'text' | 'date';
  /** Width in characters in the workbook. */
  width?: number;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
} as const;

const BOM = '\uFEFF';

/**
 * Text for a CSV cell or a text cell of a workbook: yes/no in German, formula characters neutralised (at the start
 * and after every character a spreadsheet may split the cell at, see `neutraliseText`).
 */
function cellText(value: CellValue, decimalComma = false): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? BOOLEAN_LABELS_DE.true : BOOLEAN_LABELS_DE.false;
  if (typeof value === 'number') return decimalComma ? decimalText(value).replace('.', ',') : String(value);
  return neutraliseText(value);
}

/** Rows per slice of a file being written: between slices the event loop serves other requests. */
export const WRITE_SLICE_ROWS = 500;

/**
 * CSV as German Excel opens it with a double click: UTF-8 with BOM (else Excel reads Windows-1252), `;` as
 * separator (`,` is the decimal comma), CRLF line ends. A cell with a line break of its own is quoted (csv-stringify
 * quotes only the record delimiter, CRLF, by itself; a lone LF from a text field would end the row in Excel).
 * `decimalComma`: numbers with German Excel's decimal comma (`12,5`), as it reads and writes them. Written in
 * slices of WRITE_SLICE_ROWS rows with a turn of the event loop between them.
 */
export async function writeCsv(
  columns: SheetColumn[],
  rows: CellValue[][],
  options: { decimalComma?: boolean } = {},
): Promise<Buffer> {
  const parts: string[] = [];
  for await (const part of csvChunks(columns, slicesOf(rows), options)) parts.push(part);
  return Buffer.from(parts.join(''), 'utf8');
}

/**
 * The CSV of `writeCsv` as it is written, one piece of text per slice of rows, with a turn of the event loop before
 * each: an export of 100,000 measures goes to the client slice by slice instead of being built whole first. Each
 * record ends with its own CRLF, so the pieces joined are the file written in one piece.
 */
export async function* csvChunks(
  columns: SheetColumn[],
  rowSlices: AsyncIterable<CellValue[][]>,
  options: { decimalComma?: boolean } = {},
): AsyncGenerator<string> {
  const cells = (row: CellValue[]) => row.map((value) => cellText(value, options.decimalComma));
  const text = (records: string[][]) =>
    stringify(records, { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
  yield BOM + text([columns.map((column) => column.header)]);
  for await (const rows of rowSlices) {
    await nextTurn();
    if (rows.length > 0) yield text(rows.map(cells));
  }
}

/**
 * An Excel workbook with one sheet: a bold, frozen header row with a filter, dates as date cells shown as
 * 31.12.2027, numbers as numbers and every text as a text cell. A text cell is never run as a formula, so text
 * that begins like one (`=1+1`) is written as typed, with Excel's hidden quote prefix: Excel shows it as typed
 * and keeps it text when the cell is edited. (The CSV has no cell types and neutralises such text instead.)
 */
export async function writeXlsx(sheetName: string, columns: SheetColumn[], rows: CellValue[][]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxStream(sheetName, columns, slicesOf(rows))) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The workbook of `writeXlsx` as a stream, written while it is read: exceljs' streaming writer, row by row, with a
 * turn of the event loop before each slice of rows (the in-memory writer rendered the whole sheet's XML in one go,
 * which for 100,000 measures held the server for 25 s). The archive is compressed by zlib's streams, off the event
 * loop. exceljs writes on without waiting for either, so the next slice is asked for only once zlib has taken the
 * sheet's XML written so far and the stream's reader what was compressed: the workbook holds a slice or two, not the
 * whole file, however slow the download. A failure destroys the stream with the error; a stream destroyed by its
 * reader (the download was cancelled) stops asking for slices.
 */
export function xlsxStream(
  sheetName: string,
  columns: SheetColumn[],
  rowSlices: AsyncIterable<CellValue[][]>,
): Readable {
  const output = new PassThrough();
  writeWorkbook(output, sheetName, columns, rowSlices).catch((error: Error) => output.destroy(error));
  return output;
}

async function writeWorkbook(
  output: PassThrough,
  sheetName: string,
  columns: SheetColumn[],
  rowSlices: AsyncIterable<CellValue[][]>,
): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Leitbild-Monitor';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length + 2),
    style: column.kind === 'date' ? { numFmt: 'dd.mm.yyyy' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.getRow(1).commit();
  const archiveInput = sheetArchiveInput(sheet);
  for await (const rows of rowSlices) {
    await nextTurn();
    if (output.destroyed) return;
    for (const row of rows) addRow(sheet, columns, row);
    if (archiveInput) await drained(archiveInput, archiveInput._writableState.needDrain, output);
    await drained(output, output.writableNeedDrain, output);
  }
  sheet.commit();
  await workbook.commit();
}

function addRow(sheet: ExcelJS.Worksheet, columns: SheetColumn[], row: CellValue[]): void {
  const added = sheet.addRow(
    row.map((value, index) => {
      if (value === null) return null;
      if (columns[index].kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return value;
      return cellText(value);
    }),
  );
  row.forEach((value, index) => {
    if (typeof value !== 'string' || columns[index].kind === 'date' || !looksLikeFormula(value)) return;
    const cell = added.getCell(index + 1);
    cell.style = { ...cell.style, quotePrefix: true } as QuotePrefixStyle as ExcelJS.Style;
  });
  added.commit();
}

/** A stream of the `readable-stream` package (v2), as archiver makes them: its state under its old name. */
interface LegacyWritable extends EventEmitter {
  _writableState: { needDrain: boolean };
}

/**
 * The stream archiver reads the sheet's XML from, to compress it: exceljs (4.4) writes the XML to its own buffer
 * (the worksheet writer's `stream`), which writes it on to the stream archiver made of it, without heeding
 * back-pressure. zlib compresses a 16 KB chunk per turn of the event loop, far slower than the rows are written
 * while the loop is busy: without waiting for this stream an export of 100,000 measures gathered 150 MB of XML
 * there. Undefined when exceljs changes its inner workings (a test checks that it has not).
 */
export function sheetArchiveInput(sheet: ExcelJS.Worksheet): LegacyWritable | undefined {
  const buffer = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream;
  const input = buffer?.pipes?.[0] as Partial<LegacyWritable> | undefined;
  return typeof input?._writableState?.needDrain === 'boolean' && typeof input.once === 'function'
    ? (input as LegacyWritable)
    : undefined;
}

/**
 * Resolves once the stream emits 'drain' (its reader took what was written) when it `needsDrain`, or once `output`
 * is gone (the download was cancelled: nothing drains any more).
 */
function drained(stream: EventEmitter, needsDrain: boolean, output: Readable): Promise<void> {
  if (!needsDrain || output.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      output.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    output.on('close', done);
  });
}

/** Rows already in memory as slices of WRITE_SLICE_ROWS. */
async function* slicesOf<T>(rows: T[]): AsyncGenerator<T[]> {
  for (let start = 0; start < rows.length; start += WRITE_SLICE_ROWS) yield rows.slice(start, start + WRITE_SLICE_ROWS);
}

/** A number in plain decimal notation, never as `1e-7`: what a spreadsheet reads back as the same number. */
function decimalText(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}

/** `massnahmen-2026-11-23.csv`: the day of the export in the name, so downloads do not overwrite each other. */
export function datedFileName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}

export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
