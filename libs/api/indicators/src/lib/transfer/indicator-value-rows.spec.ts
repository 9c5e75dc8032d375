import { indexValueColumns, readValueRow } from './indicator-value-rows';

const HEADER = ['Code', 'Kennzahl', 'Datum', 'Wert', 'Anmerkung'];

function read(cells: string[], options = { groupingDots: true }) {
  const { columns } = indexValueColumns(HEADER);
  return readValueRow({ row: 2, cells }, HEADER, columns, options);
}

describe('indicator value rows', () => {
  it('finds the columns by header or key and names missing ones', () => {
    expect(indexValueColumns(HEADER).errors).toEqual([]);
    expect(indexValueColumns(['code', 'date', 'VALUE']).errors).toEqual([]);
    expect(indexValueColumns(['Code', 'Datum']).errors).toEqual([
      expect.objectContaining({ row: 1, column: 'Wert', code: 'column_required', params: { column: 'Wert' } }),
    ]);
  });

  it('reads German dates and decimal commas, and an empty note as none', () => {
    expect(read(['EA-01', 'egal', '31.12.2024', '1.234,5', ''])).toEqual({
      row: 2,
      code: 'EA-01',
      date: '2024-12-31',
      value: 1234.5,
      note: null,
      errors: [],
    });
    expect(read(['EA-01', '', '2024-12-31', '1.234', ' Schätzung '])).toMatchObject({ value: 1234, note: 'Schätzung' });
    // In an xlsx file a dot is a decimal point.
    expect(read(['EA-01', '', '2024-12-31', '1.234', ''], { groupingDots: false }).value).toBe(1.234);
  });

  it('names every cell that is wrong, and takes an empty value for no value, not zero', () => {
    const row = read(['', '', '31.02.2024', '', 'x'.repeat(2001)]);
    expect(row.errors.map((error) => [error.column, error.code])).toEqual([
      ['Code', 'required'],
      ['Datum', 'invalid_date'],
      ['Wert', 'required'],
      ['Anmerkung', 'too_long'],
    ]);
    expect(row.value).toBeNull();
    expect(read(['EA-01', '', '2024-12-31', '12 %', '']).errors).toEqual([
      expect.objectContaining({ column: 'Wert', code: 'not_number' }),
    ]);
  });

  it('keeps the stored note when the file has no note column', () => {
    const header = ['Code', 'Datum', 'Wert'];
    const { columns } = indexValueColumns(header);
    expect(
      readValueRow({ row: 2, cells: ['EA-01', '2024-12-31', '5'] }, header, columns, { groupingDots: true }).note,
    ).toBe(undefined);
  });
});
