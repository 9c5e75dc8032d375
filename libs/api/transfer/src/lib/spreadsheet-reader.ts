import type { ImportError } from '@leitbild-monitor/shared/contracts';
import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS, TRANSFER_COLUMNS } from '@leitbild-monitor/shared/contracts';
import { HttpStatus } from '@nestjs/common';
import { fileProblem } from './uploads';
import type { Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { restoreText } from './cell-values';
import { workbookForReading } from './xlsx-archive';
import { loadExcelJs } from './exceljs-loader';
import { hasQuotePrefix } from './xlsx-quote-prefix';

/**
 * A sheet as text: the header row and the data rows, each cell as the text the importer reads — with the
 * apostrophe an export put before formula characters taken away again (see `restoreText`).
 */
export interface RawSheet {
  /** The first row up to its last named column (at most IMPORT_MAX_COLUMNS). */
  header: string[];
  /**
   * `row` is the spreadsheet row number (the header is row 1); `cells` as many as the header has. Rows blank in
   * those columns are left out.
   */
  rows: { row: number; cells: string[] }[];
  /** Cells that could not be read as text (a formula without a stored result, an Excel error value). */
  problems: ImportError[];
}

export type SpreadsheetKind = 'csv' | 'xlsx';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Which reader a file needs, by its name and its first bytes: .xlsx (a ZIP archive) or CSV (text). Anything
 * else is refused with 415 naming the field.
 */
export function spreadsheetKind(fileName: string, content: Buffer): SpreadsheetKind {
  const name = fileName.toLowerCase();
  const zip = content.subarray(0, 4).equals(ZIP_MAGIC);
  if (name.endsWith('.xls') || content.subarray(0, 4).equals(OLE_MAGIC)) {
    throw fileProblem(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'file_type_unsupported',
      'file: Excel 97–2003 files (.xls) cannot be read; save the file as .xlsx or as CSV',
    );
  }
  if (name.endsWith('.xlsx')) {
    if (!zip)
      throw fileProblem(400, 'file_type_mismatch', 'file: the file is named .xlsx but is not an Excel workbook');
    return 'xlsx';
  }
  if (name.endsWith('.csv') || name.endsWith('.txt')) {
    if (zip)
      throw fileProblem(
        400,
        'file_type_mismatch',
        'file: the file is named .csv but is an Excel workbook; name it .xlsx',
      );
    return 'csv';
  }
  throw fileProblem(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    'file_type_unsupported',
    `file: "${fileName}" is neither a .csv nor an .xlsx file; export the list from Excel as one of these`,
  );
}

export async function readSpreadsheet(fileName: string, content: Buffer): Promise<RawSheet> {
  const sheet = spreadsheetKind(fileName, content) === 'xlsx' ? await readXlsx(content) : readCsv(content);
  if (sheet.header.every((cell) => cell.trim() === '')) {
    throw fileProblem(
      400,
      'header_missing',
      'file: the first row must name the columns (for example "Titel", "Handlungsfeld")',
    );
  }
  return sheet;
}

// ---------------------------------------------------------------------------------------------------- CSV

/**
 * The text of a CSV file as Excel and other tools save it: UTF-8 with or without BOM, UTF-16 ("Unicode
 * text"), or, when the bytes are not valid UTF-8, Windows-1252 (German Excel's "CSV (Trennzeichen-getrennt)").
 */
export function decodeText(content: Buffer): string {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) return content.subarray(3).toString('utf8');
  if (content[0] === 0xff && content[1] === 0xfe) return iconv.decode(content.subarray(2), 'utf-16le');
  if (content[0] === 0xfe && content[1] === 0xff) return iconv.decode(content.subarray(2), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return iconv.decode(content, 'win1252');
  }
}

/** The separator the header line uses most: `;` (German Excel), `,` or tab. Quoted text is not counted. */
export function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : ';';
}

function readCsv(content: Buffer): RawSheet {
  const text = decodeText(content);
  const delimiter = detectDelimiter(text);
  // The header first, so a file with too many columns is refused before any data row is read, and before the
  // parser builds the cells of a first row thousands of columns wide.
  assertColumnLimit(namedWidthOfFirstRecord(text, delimiter));
  const [firstRecord = []] = parseCsv(text, { delimiter, to: 1 });
  const header = namedColumns(firstRecord.map((cell) => restoreText(cell)));
  const records = parseCsv(text, {
    delimiter,
    // One more data row than allowed is enough to know the file is too long.
    to: IMPORT_MAX_ROWS + 2,
    // Cells right of the last named column are read by nothing: they are not kept.
    on_record: (record: string[]) => (record.length > header.length ? record.slice(0, header.length) : record),
  });
  // A CSV file has no cell types: the apostrophe before formula characters is the export's, remove it.
  const rows = records
    .slice(1)
    .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => restoreText(cell)) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  assertRowLimit(rows.length);
  return { header, rows, problems: [] };
}

function parseCsv(text: string, options: { delimiter: string; to: number; on_record?: Options['on_record'] }) {
  try {
    return parse(text, { ...options, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw fileProblem(
      400,
      'file_unreadable',
      `file: the CSV file cannot be read${line ? ` (near line ${line})` : ''}: ${(error as Error).message}`,
      line ? { line } : {},
    );
  }
}

/**
 * The first row up to its last named column (blank cells after it are formatting, not columns), refused as a
 * whole when it names more columns than IMPORT_MAX_COLUMNS.
 */
function namedColumns(cells: string[]): string[] {
  let width = cells.length;
  while (width > 0 && cells[width - 1].trim() === '') width--;
  assertColumnLimit(width);
  return cells.slice(0, width);
}

function assertColumnLimit(width: number): void {
  if (width > IMPORT_MAX_COLUMNS) {
    throw fileProblem(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'too_many_columns',
      `file: the first row has ${width} columns, more than ${IMPORT_MAX_COLUMNS} (the limit); the import format has ` +
        `${TRANSFER_COLUMNS.length} columns`,
      { max: IMPORT_MAX_COLUMNS },
    );
  }
}

/**
 * The number of columns of a CSV text's first record up to its last non-blank cell, found by one pass over that
 * record (quoted cells may hold separators and line breaks, `""` is a quote inside them) without building cells.
 */
export function namedWidthOfFirstRecord(text: string, delimiter: string): number {
  let width = 0;
  let cells = 1;
  let quoted = false;
  let cellStart = true;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] !== '"') {
        quoted = false;
        continue;
      }
      if (character === '"') index++;
    } else if (character === delimiter) {
      cells++;
      cellStart = true;
      continue;
    } else if (character === '\n' || character === '\r') {
      break;
    } else if (character === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      continue;
    }
    cellStart = false;
    if (character.trim() !== '') width = cells;
  }
  return width;
}

function assertRowLimit(dataRows: number): void {
  if (dataRows > IMPORT_MAX_ROWS) {
    throw fileProblem(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'too_many_rows',
      `file: the file has more than ${IMPORT_MAX_ROWS} data rows (the limit); split it into smaller files`,
      { max: IMPORT_MAX_ROWS },
    );
  }
}

// --------------------------------------------------------------------------------------------------- XLSX

async function readXlsx(content: Buffer): Promise<RawSheet> {
  // Unpacked within hard limits and checked before the spreadsheet library sees any of it (see xlsx-archive.ts).
  const checked = workbookForReading(content);
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ExcelJS.Buffer);
  } catch {
    throw fileProblem(400, 'file_unreadable', 'file: the file is not a readable Excel workbook (.xlsx)');
  }
  const worksheet = workbook.worksheets.find((sheet) => sheet.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!worksheet) throw fileProblem(400, 'file_empty', 'file: the workbook has no worksheet');

  const firstRow: string[] = [];
  worksheet.findRow(1)?.eachCell((cell, column) => (firstRow[column - 1] = workbookText(cell).text));
  const header = namedColumns(Array.from(firstRow, (text) => text ?? ''));
  const rows: RawSheet['rows'] = [];
  const problems: ImportError[] = [];
  // Only the rows the sheet has: a single cell in row 1 048 576 makes the sheet that long, but is one row.
  let dataRows = 0;
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    assertRowLimit(++dataRows);
    const cells = header.map((column, index) => {
      const { text, problem } = workbookText(row.getCell(index + 1));
      if (problem) {
        problems.push({
          row: number,
          column: column || `Spalte ${index + 1}`,
          message: problem,
          code: 'cell_without_value',
          params: {},
        });
      }
      return text;
    });
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: number, cells });
  });
  return { header, rows, problems };
}

/**
 * The text of a workbook cell as the importer reads it. A cell with Excel's quote prefix holds the text as
 * typed (this product's exports since they use it, and what Excel stores for `'=1+1` typed into a cell).
 * Without it, an apostrophe before formula characters is one an earlier export of this product put there,
 * and is removed as in a CSV file.
 */
function workbookText(cell: ExcelJS.Cell): { text: string; problem?: string } {
  const read = cellText(cell);
  return hasQuotePrefix(cell) ? read : { ...read, text: restoreText(read.text) };
}

/**
 * The text of an Excel cell: a formula's stored result, a date cell as ISO date, rich text as plain text,
 * a percentage-formatted number in percent (0.6 shown as 60 % is 60).
 */
export function cellText(cell: ExcelJS.Cell): { text: string; problem?: string } {
  return valueText(cell.value, cell.numFmt ?? '');
}

function valueText(value: ExcelJS.CellValue | undefined, numberFormat: string): { text: string; problem?: string } {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: isoDateOf(value) };
  if (typeof value === 'number') {
    const number = numberFormat.includes('%') ? Math.round(value * 1e6) / 1e4 : value;
    return { text: String(number) };
  }
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'ja' : 'nein' };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('error' in value) return { text: '', problem: `the cell shows the Excel error ${value.error}` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) {
      return {
        text: '',
        problem: 'the cell holds a formula without a stored result; open the file in Excel and save it again',
      };
    }
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      return { text: '', problem: `the formula results in the Excel error ${result.error}` };
    }
    return valueText(result as ExcelJS.CellValue, numberFormat);
  }
  if ('hyperlink' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
    return typeof text === 'string' ? { text } : valueText(text as ExcelJS.CellValue, numberFormat);
  }
  return { text: String(value) };
}

/** Excel dates carry no time zone; exceljs reads them as UTC midnight. */
function isoDateOf(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
