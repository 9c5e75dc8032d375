import { crc32, deflateRawSync } from 'node:zlib';
import { editedWorkbook, zipBomb, zipOf } from '../test-fixtures/crafted-archives';
import { workbookWithFormulaAndDateCells } from '../test-fixtures/workbooks';
import { xlsxPart } from '../test-fixtures/xlsx-parts';
import {
  storedZip,
  unpackZip,
  withoutElement,
  workbookForReading,
  XLSX_MAX_CELL_ELEMENTS,
  XLSX_MAX_OTHER_ELEMENTS,
  XLSX_MAX_ROW_ELEMENTS,
  XLSX_MAX_UNPACKED_BYTES,
} from './xlsx-archive';

const entry = (name: string, text: string, method = 8) => {
  const data = Buffer.from(text, 'utf8');
  return { name, data: method === 8 ? deflateRawSync(data) : data, method, crc: crc32(data), size: data.length };
};

describe('xlsx archive', () => {
  it('unpacks every part of a workbook, and packs them again so that they read the same', async () => {
    const workbook = await workbookWithFormulaAndDateCells();
    const parts = unpackZip(workbook);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    const repacked = storedZip(parts);
    expect(xlsxPart(repacked, 'xl/worksheets/sheet1.xml')).toBe(xlsxPart(workbook, 'xl/worksheets/sheet1.xml'));
    expect(unpackZip(repacked)).toEqual(parts);
  });

  it('stops inflating a part at the size it declares: a zip bomb that lies about its size is refused with 413', async () => {
    // 2 MiB of zeros, declared as 1 000 bytes in both headers (the whole archive is about 2 KB).
    const bomb = await zipBomb({ unpackedBytes: 2 * 1024 * 1024, declaredBytes: 1000 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => unpackZip(bomb)).toThrow(
      expect.objectContaining({
        status: 413,
        message: expect.stringContaining('unpacks to more than its directory declares'),
        problems: [{ field: 'file', code: 'payload_too_large', params: { max: XLSX_MAX_UNPACKED_BYTES } }],
      }),
    );
  });

  it('refuses an archive that declares more than the limit before inflating anything', () => {
    const parts = [entry('a.xml', 'x'), entry('b.xml', 'y')];
    parts[1].size = XLSX_MAX_UNPACKED_BYTES;
    expect(() => unpackZip(zipOf(parts))).toThrow(
      expect.objectContaining({ status: 413, message: expect.stringMatching(/unpacks to more, more than the 100 MB/) }),
    );
  });

  it.each([
    ['a part shorter than declared', () => ({ ...entry('a.xml', 'abc'), size: 4 }), 'a part is damaged'],
    ['a wrong checksum', () => ({ ...entry('a.xml', 'abc'), crc: 1 }), 'a part is damaged'],
    ['a stored part longer than declared', () => ({ ...entry('a.xml', 'abcdef', 0), size: 3 }), 'a part is damaged'],
    ['an encrypted part', () => ({ ...entry('a.xml', 'abc'), flags: 1 }), 'it is encrypted'],
    ['another compression method', () => ({ ...entry('a.xml', 'abc'), method: 14 }), 'compressed with method 14'],
    ['a ZIP64 size', () => ({ ...entry('a.xml', 'abc'), size: 0xffffffff }), 'ZIP64'],
    ['data that does not inflate', () => ({ ...entry('a.xml', 'abc'), data: Buffer.from([0xff, 0xff]) }), 'damaged'],
  ])('refuses %s with 400', (_, make, reason) => {
    expect(() => unpackZip(zipOf([make()]))).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringContaining(reason) }),
    );
  });

  it('refuses what is no ZIP archive, one cut off, and one naming a part twice', () => {
    for (const content of [
      Buffer.from('PK\u0003\u0004 no directory'),
      zipOf([entry('a.xml', 'abc')]).subarray(0, 30),
      zipOf([entry('a.xml', 'abc'), entry('a.xml', 'def')]),
    ]) {
      expect(() => unpackZip(content)).toThrow(expect.objectContaining({ status: 400 }));
    }
  });

  it('takes out merged cells, data validations and defined names, which the library would expand cell by cell', async () => {
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
    const checked = workbookForReading(workbook);
    const sheet = xlsxPart(checked, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A2"');
    expect(sheet).not.toMatch(/mergeCell|dataValidation/);
    expect(xlsxPart(checked, 'xl/workbook.xml')).not.toContain('definedName');
  });

  it('takes elements out by plain search, self-closing or not, and refuses one without its end', () => {
    expect(
      withoutElement('<a><mergeCells/><b/><mergeCells n="1"><x/></mergeCells ><mergeCellsX/></a>', 'mergeCells'),
    ).toBe('<a><b/><mergeCellsX/></a>');
    expect(() => withoutElement('<a><definedName>x</a>', 'definedName')).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringContaining('<definedName> is malformed') }),
    );
  });

  it('refuses a workbook with more rows or cells than the library may build, counted before it reads them', async () => {
    const rows = await editedWorkbook((path, xml) =>
      path === 'xl/worksheets/sheet1.xml'
        ? xml.replace('</sheetData>', `${'<row r="9"/>'.repeat(XLSX_MAX_ROW_ELEMENTS)}</sheetData>`)
        : xml,
    );
    expect(() => workbookForReading(rows)).toThrow(
      expect.objectContaining({
        status: 413,
        message: expect.stringContaining(`more than ${XLSX_MAX_ROW_ELEMENTS} rows`),
      }),
    );
    const cells = await editedWorkbook((path, xml) =>
      path === 'xl/worksheets/sheet1.xml'
        ? xml.replace('</sheetData>', `<row r="9">${'<c/>'.repeat(XLSX_MAX_CELL_ELEMENTS)}</row></sheetData>`)
        : xml,
    );
    expect(() => workbookForReading(cells)).toThrow(
      expect.objectContaining({
        status: 413,
        message: expect.stringContaining(`more than ${XLSX_MAX_CELL_ELEMENTS} cells`),
      }),
    );
    const styles = await editedWorkbook((path, xml) =>
      path === 'xl/styles.xml'
        ? xml.replace(/<cellXfs[^>]*>/, (start) => start + '<xf/>'.repeat(XLSX_MAX_OTHER_ELEMENTS))
        : xml,
    );
    expect(() => workbookForReading(styles)).toThrow(
      expect.objectContaining({
        status: 413,
        message: expect.stringContaining(`more than ${XLSX_MAX_OTHER_ELEMENTS} XML elements outside its worksheets`),
      }),
    );
  });
});
