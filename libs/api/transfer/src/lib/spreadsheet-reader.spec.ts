import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS } from '@leitbild-monitor/shared/contracts';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editedWorkbook, zipBomb } from '../test-fixtures/crafted-archives';
import { workbookWithFormulaAndDateCells, workbookWithUncalculatedFormula } from '../test-fixtures/workbooks';
import {
  decodeText,
  detectDelimiter,
  namedWidthOfFirstRecord,
  readSpreadsheet,
  spreadsheetKind,
} from './spreadsheet-reader';
import { loadExcelJs } from './exceljs-loader';
import { XLSX_MAX_UNPACKED_BYTES } from './xlsx-archive';
import type { QuotePrefixStyle } from './xlsx-quote-prefix';

const fixture = (name: string) => readFileSync(join(__dirname, '../test-fixtures', name));

describe('spreadsheet reader', () => {
  describe('text encodings', () => {
    it('reads UTF-8 with and without BOM, UTF-16 and Windows-1252', () => {
      expect(decodeText(Buffer.from('\uFEFFFörderung', 'utf8'))).toBe('Förderung');
      expect(decodeText(Buffer.from('Förderung', 'utf8'))).toBe('Förderung');
      expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Förderung', 'utf16le')]))).toBe(
        'Förderung',
      );
      expect(decodeText(iconv.encode('Förderung – „Straße“ €', 'win1252'))).toBe('Förderung – „Straße“ €');
    });

    it('reads the Windows-1252 fixture with its umlauts', async () => {
      const sheet = await readSpreadsheet('liste.csv', fixture('semicolon-windows-1252.csv'));
      expect(sheet.header).toEqual([
        'Titel',
        'Handlungsfeld',
        'Status',
        'Fortschritt',
        'Geplantes Ende',
        'Federführung',
      ]);
      expect(sheet.rows[0].cells[0]).toBe('Förderung von Begegnungsorten');
      expect(sheet.rows[1].cells[0]).toBe('Übersetzungen für Elternabende');
    });
  });

  it('detects the separator from the header line, not counting quoted text', () => {
    expect(detectDelimiter('Titel;Handlungsfeld\n1,2,3')).toBe(';');
    expect(detectDelimiter('Titel,"Begründung; lang",Status')).toBe(',');
    expect(detectDelimiter('Titel\tStatus')).toBe('\t');
    expect(detectDelimiter('Titel')).toBe(';');
  });

  it('numbers rows as the spreadsheet does, skipping blank ones, with quoted separators and line breaks', async () => {
    const text = '\uFEFFTitel;Beschreibung\r\n"A; B";"Zeile 1\r\nZeile 2"\r\n;\r\nC;\r\n';
    const sheet = await readSpreadsheet('a.csv', Buffer.from(text, 'utf8'));
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['A; B', 'Zeile 1\r\nZeile 2'] },
      { row: 4, cells: ['C', ''] },
    ]);
  });

  it('reads formula results, date cells and rich text from a workbook, and only its first sheet', async () => {
    const sheet = await readSpreadsheet('liste.xlsx', await workbookWithFormulaAndDateCells());
    expect(sheet.header[4]).toBe('Fortschritt');
    expect(sheet.rows.map((row) => row.cells)).toEqual([
      [
        'Interkulturelle Öffnung der Sportvereine',
        'Schulungen für Übungsleitende',
        'Antidiskriminierung',
        'In Umsetzung',
        '60',
        '2017-12-31',
        '30.06.2028',
      ],
      ['Lesepatenschaften', '', 'Deutsch als Sprache', 'Geplant', '30', '2027-01-15', '2027-07-14'],
    ]);
    expect(sheet.problems).toEqual([]);
  });

  it('reports a formula without stored result as a problem of its cell', async () => {
    const sheet = await readSpreadsheet('x.xlsx', await workbookWithUncalculatedFormula());
    expect(sheet.problems).toEqual([
      {
        row: 2,
        column: 'Fortschritt',
        message: expect.stringContaining('formula'),
        code: 'cell_without_value',
        params: {},
      },
    ]);
  });

  it('reads a percentage-formatted cell in percent', async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet('a');
    worksheet.addRow(['Fortschritt']);
    worksheet.addRow([0.6]);
    worksheet.getCell('A2').numFmt = '0%';
    const sheet = await readSpreadsheet('p.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(sheet.rows[0].cells).toEqual(['60']);
  });

  it('refuses a workbook that would unpack to more than the limit before unpacking it', async () => {
    const workbook = Buffer.from(await workbookWithFormulaAndDateCells());
    // Rewrite the first central-directory entry's declared size, as a zip bomb's would be.
    const central = workbook.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    workbook.writeUInt32LE(XLSX_MAX_UNPACKED_BYTES + 1, central + 24);
    await expect(readSpreadsheet('bomb.xlsx', workbook)).rejects.toMatchObject({
      status: 413,
      message: expect.stringContaining('unpacks to more, more than the 100 MB'),
    });
  });

  it('refuses a workbook whose part unpacks to more than it declares, before the spreadsheet library reads it', async () => {
    const bomb = await zipBomb({ unpackedBytes: 4 * 1024 * 1024, declaredBytes: 1000 });
    const load = jest.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx), 'load');
    await expect(readSpreadsheet('bomb.xlsx', bomb)).rejects.toMatchObject({
      status: 413,
      problems: [{ field: 'file', code: 'payload_too_large', params: { max: XLSX_MAX_UNPACKED_BYTES } }],
    });
    expect(load).not.toHaveBeenCalled();
    load.mockRestore();
  });

  it('refuses a first row with more columns than the limit as one problem of the file, CSV and workbook alike', async () => {
    const wide = Array.from({ length: 200_000 }, (_, index) => `Spalte ${index + 1}`);
    const csv = Buffer.from(`${wide.join(';')}\r\n${wide.map(() => 'x').join(';')}\r\n`, 'utf8');
    const refusal = {
      status: 413,
      message: `file: the first row has 200000 columns, more than ${IMPORT_MAX_COLUMNS} (the limit); the import format has 22 columns`,
      problems: [{ field: 'file', code: 'too_many_columns', params: { max: IMPORT_MAX_COLUMNS } }],
    };
    await expect(readSpreadsheet('breit.csv', csv)).rejects.toMatchObject(refusal);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('a');
    sheet.addRow(['Titel', 'Handlungsfeld']);
    sheet.getCell('XFD1').value = 'Ende';
    await expect(readSpreadsheet('breit.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))).rejects.toMatchObject({
      ...refusal,
      message: expect.stringContaining('the first row has 16384 columns'),
    });
  });

  it('counts the named columns of the first row of a CSV file in one pass, quoted separators and line breaks included', () => {
    expect(namedWidthOfFirstRecord('Titel;"A;B";"x""y";;\r\n1;2;3;4;5;6', ';')).toBe(3);
    expect(namedWidthOfFirstRecord('"Zeile 1\nZeile 2",Status\nx,y,z', ',')).toBe(2);
    expect(namedWidthOfFirstRecord(';"";  ;\r\nx', ';')).toBe(0);
    expect(namedWidthOfFirstRecord('', ';')).toBe(0);
  });

  it('reads a first row up to its last named column: blank cells after it are formatting', async () => {
    const csv = Buffer.from('Titel;Handlungsfeld' + ';'.repeat(500) + '\r\nA;Ehrenamt;;;;x\r\n', 'utf8');
    const sheet = await readSpreadsheet('a.csv', csv);
    expect(sheet.header).toEqual(['Titel', 'Handlungsfeld']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['A', 'Ehrenamt'] }]);
  });

  it('walks only the rows a sheet has, however far down its last cell is', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('a');
    sheet.addRow(['Titel', 'Handlungsfeld']);
    sheet.addRow(['Sprachcafé', 'Ehrenamt']);
    sheet.getCell('A1048576').value = 'ganz unten';
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const worksheet = Object.getPrototypeOf(sheet) as ExcelJS.Worksheet;
    const getRow = jest.spyOn(worksheet, 'getRow');
    const read = await readSpreadsheet('tief.xlsx', content);
    expect(read.rows).toEqual([
      { row: 2, cells: ['Sprachcafé', 'Ehrenamt'] },
      { row: 1_048_576, cells: ['ganz unten', ''] },
    ]);
    // Not one row object per row the sheet claims to have (1 048 576).
    expect(getRow.mock.calls.length).toBeLessThan(10);
    getRow.mockRestore();
  });

  it('reads a workbook whose merged cells, validations and names span the whole sheet, as its cells', async () => {
    const workbook = await editedWorkbook((path, xml) =>
      path === 'xl/worksheets/sheet1.xml'
        ? xml.replace(
            '</sheetData>',
            '</sheetData><mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>' +
              '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576">' +
              '<formula1>"a,b"</formula1></dataValidation></dataValidations>',
          )
        : path === 'xl/workbook.xml'
          ? xml.replace(
              '</sheets>',
              '</sheets><definedNames><definedName name="alles">Maßnahmen!$A$1:$XFD$1048576</definedName></definedNames>',
            )
          : xml,
    );
    const read = await readSpreadsheet('bereiche.xlsx', workbook);
    expect(read.rows).toEqual([{ row: 2, cells: ['Sprachcafé', 'Ehrenamt'] }]);
  });

  it('reads a merged area as Excel saves it as CSV: its value in its first cell only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('a');
    sheet.addRow(['Titel', 'Handlungsfeld', 'Status']);
    sheet.addRow(['A', 'Ehrenamt', 'Geplant']);
    sheet.addRow(['B', null, null]);
    sheet.addRow(['C', null, null]);
    sheet.mergeCells('B2:C4');
    const read = await readSpreadsheet('verbunden.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.rows.map((row) => row.cells)).toEqual([
      ['A', 'Ehrenamt', ''],
      ['B', '', ''],
      ['C', '', ''],
    ]);
  });

  it('refuses files with more data rows than the limit, naming it', async () => {
    const text = ['Titel', ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, index) => `M${index}`)].join('\n');
    await expect(readSpreadsheet('a.csv', Buffer.from(text))).rejects.toMatchObject({
      status: 413,
      message: `file: the file has more than ${IMPORT_MAX_ROWS} data rows (the limit); split it into smaller files`,
    });
  });

  it('takes text with the quote prefix as typed, and removes the apostrophe earlier exports put before a formula', async () => {
    // The reader teaches exceljs the quote prefix when it first loads the library; this workbook is written before.
    await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Maßnahmen');
    sheet.addRow(['Titel', 'Beschreibung']);
    // An export from before the quote prefix: the apostrophe is in the text.
    sheet.addRow(["'=1+1", "''=schon zitiert"]);
    // A cell typed as '=2+2 in Excel, or written by today's export: the text as typed, with the quote prefix.
    sheet.addRow(["'=2+2", '=3+3']);
    for (const reference of ['A3', 'B3'])
      sheet.getCell(reference).style = { quotePrefix: true } as QuotePrefixStyle as ExcelJS.Style;
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await readSpreadsheet('m.xlsx', content);
    expect(read.rows.map((row) => row.cells)).toEqual([
      ['=1+1', "'=schon zitiert"],
      ["'=2+2", '=3+3'],
    ]);
  });

  it('removes the apostrophe a CSV export put before a formula, and only that one', async () => {
    const csv = Buffer.from("\uFEFFTitel;Beschreibung\r\n'=1+1;''=schon zitiert\r\n'harmlos;x\r\n", 'utf8');
    expect((await readSpreadsheet('m.csv', csv)).rows.map((row) => row.cells)).toEqual([
      ['=1+1', "'=schon zitiert"],
      ["'harmlos", 'x'],
    ]);
  });

  it('tells file types apart by name and content', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    expect(spreadsheetKind('a.CSV', Buffer.from('x'))).toBe('csv');
    expect(spreadsheetKind('a.xlsx', zip)).toBe('xlsx');
    expect(() => spreadsheetKind('a.xlsx', Buffer.from('Titel'))).toThrow('not an Excel workbook');
    expect(() => spreadsheetKind('a.csv', zip)).toThrow('is an Excel workbook');
    expect(() => spreadsheetKind('a.ods', zip)).toThrow('neither a .csv nor an .xlsx');
  });

  it('refuses a file without header', async () => {
    await expect(readSpreadsheet('a.csv', Buffer.from(';;\n'))).rejects.toMatchObject({ status: 400 });
  });
});
