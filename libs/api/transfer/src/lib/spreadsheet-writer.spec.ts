import ExcelJS from 'exceljs';
import { turnsWhile } from '../test-fixtures/event-loop-turns';
import { cellHasQuotePrefix } from '../test-fixtures/xlsx-parts';
import { readSpreadsheet } from './spreadsheet-reader';
import { PassThrough } from 'node:stream';
import {
  datedFileName,
  SheetColumn,
  sheetArchiveInput,
  WRITE_SLICE_ROWS,
  writeCsv,
  writeXlsx,
} from './spreadsheet-writer';

const COLUMNS: SheetColumn[] = [
  { header: 'Titel' },
  { header: 'Fortschritt' },
  { header: 'Geplantes Ende', kind: 'date' },
  { header: 'Öffentlich' },
];
const ROWS = [
  ['=1+1', 60, '2027-12-31', true],
  ['Sprachcafé; dienstags', null, null, false],
];

describe('spreadsheet writer', () => {
  it('writes CSV for German Excel: BOM, semicolons, CRLF, quoting, ja/nein, neutralised formulas', async () => {
    const text = (await writeCsv(COLUMNS, ROWS)).toString('utf8');
    expect(text).toBe(
      '\uFEFFTitel;Fortschritt;Geplantes Ende;Öffentlich\r\n' +
        "'=1+1;60;2027-12-31;ja\r\n" +
        '"Sprachcafé; dienstags";;;nein\r\n',
    );
  });

  it('writes numbers with the decimal comma when asked, never as exponents, and not as text to neutralise', async () => {
    const text = await writeCsv([{ header: 'Wert' }], [[12.5], [-3.25], [1e-7], [1234567]], { decimalComma: true });
    expect(text.toString('utf8')).toBe('\uFEFFWert\r\n12,5\r\n-3,25\r\n0,0000001\r\n1234567\r\n');
  });

  it('neutralises a formula character after a separator inside a CSV cell too, and reads the file back as written', async () => {
    const rows = [
      ['Budgetplanung,=HYPERLINK("https://example.org")', null, null, false],
      ['Ziele:\n- Beratung\n- Begleitung', null, null, false],
      ["a|@b;'+c", null, null, false],
    ];
    const content = await writeCsv(COLUMNS, rows);
    expect(content.toString('utf8').split('\r\n').slice(1, 4)).toEqual([
      `"Budgetplanung,'=HYPERLINK(""https://example.org"")";;;nein`,
      `"Ziele:\n'- Beratung\n'- Begleitung";;;nein`,
      `"a|'@b;''+c";;;nein`,
    ]);
    expect((await readSpreadsheet('m.csv', content)).rows.map((row) => row.cells[0])).toEqual(
      rows.map((row) => row[0]),
    );
  });

  it('writes a workbook with date cells, number cells and text cells, which reads back as written', async () => {
    const content = await writeXlsx('Maßnahmen', COLUMNS, ROWS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Maßnahmen') as ExcelJS.Worksheet;
    expect(sheet.getCell('A2').value).toBe('=1+1');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe(60);
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2027, 11, 31)));
    expect(sheet.getCell('C2').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('D2').value).toBe('ja');

    const read = await readSpreadsheet('m.xlsx', content);
    expect(read.rows.map((row) => row.cells)).toEqual([
      ['=1+1', '60', '2027-12-31', 'ja'],
      ['Sprachcafé; dienstags', '', '', 'nein'],
    ]);
  });

  it('writes text that begins like a formula as typed, with the quote prefix instead of a visible apostrophe', async () => {
    const texts = [
      '=1+1',
      '+49 40 123',
      '-',
      '@SUM(A1:A2)',
      "'=schon zitiert",
      'Budget,=1+1',
      "Budget; '=zitiert",
      "'harmlos",
      'Sprachcafé',
    ];
    const content = await writeXlsx(
      'Maßnahmen',
      [{ header: 'Titel' }],
      texts.map((text) => [text]),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const cells = texts.map((_, index) => sheet.getCell(`A${index + 2}`));
    expect(cells.map((cell) => [cell.value, cell.type])).toEqual(texts.map((text) => [text, ExcelJS.ValueType.String]));
    expect(texts.map((_, index) => cellHasQuotePrefix(content, `A${index + 2}`))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(cellHasQuotePrefix(content, 'A1')).toBe(false);
    // The importer reads every one of them back as written: the round trip is lossless.
    expect((await readSpreadsheet('m.xlsx', content)).rows.map((row) => row.cells[0])).toEqual(texts);
  });

  it('finds the stream the archive compresses a sheet from, which a streamed workbook waits for', async () => {
    // exceljs' inner workings: should an update change them, the workbook would be written without waiting for zlib.
    const output = new PassThrough().resume();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
    const sheet = workbook.addWorksheet('Maßnahmen');
    sheet.columns = [{ header: 'Titel' }];
    sheet.getRow(1).commit();
    const input = sheetArchiveInput(sheet);
    expect(input?._writableState.needDrain).toBe(false);
    sheet.addRow(['x'.repeat(200_000)]).commit();
    sheet.addRow(['y'.repeat(200_000)]).commit();
    expect(input?._writableState.needDrain).toBe(true);
    sheet.commit();
    await workbook.commit();
  });

  it('names downloads by the day', () => {
    expect(datedFileName('massnahmen', 'csv', new Date('2026-11-23T10:00:00Z'))).toBe('massnahmen-2026-11-23.csv');
  });

  describe('a large file', () => {
    const many = Array.from({ length: WRITE_SLICE_ROWS * 3 + 1 }, (_, index) => [
      `Maßnahme ${index + 1}`,
      index % 100,
      '2027-12-31',
      index % 2 === 0,
    ]);

    it('is written as CSV in slices, giving the event loop back between them, as one piece would be', async () => {
      const { value, turns } = await turnsWhile(writeCsv(COLUMNS, many));
      expect(turns).toBeGreaterThanOrEqual(3);
      const lines = value.toString('utf8').split('\r\n');
      expect(lines).toHaveLength(many.length + 2);
      expect(lines[1]).toBe('Maßnahme 1;0;2027-12-31;ja');
      expect(lines[many.length]).toBe(`Maßnahme ${many.length};${(many.length - 1) % 100};2027-12-31;ja`);
    });

    it('is written as a workbook row by row, giving the event loop back, and reads back complete', async () => {
      const { value, turns } = await turnsWhile(writeXlsx('Maßnahmen', COLUMNS, many));
      expect(turns).toBeGreaterThanOrEqual(3);
      const sheet = await readSpreadsheet('m.xlsx', value);
      expect(sheet.rows).toHaveLength(many.length);
      expect(sheet.rows[many.length - 1].cells.slice(0, 2)).toEqual([`Maßnahme ${many.length}`, '0']);
    });
  });
});
