import { indexHeader, withErrorCount } from './sheet-columns';

const FORMAT = [
  { key: 'code', header: 'Code' },
  { key: 'date', header: 'Datum' },
] as const;

describe('sheet columns', () => {
  it('finds columns by header or key, ignoring case and spaces, and names unknown and repeated ones', () => {
    expect(indexHeader([' code ', 'DATUM', ''], FORMAT, '"Code"')).toEqual({
      columns: new Map([
        ['code', 0],
        ['date', 1],
      ]),
      errors: [],
    });
    const { columns, errors } = indexHeader(['Code', 'Wert', 'Datum', 'date'], FORMAT, '"Code"');
    expect(columns).toEqual(
      new Map([
        ['code', 0],
        ['date', 2],
      ]),
    );
    expect(errors).toEqual([
      expect.objectContaining({ row: 1, column: 'Wert', code: 'unknown_column' }),
      expect.objectContaining({ row: 1, column: 'date', code: 'duplicate_column', params: { column: 'Datum' } }),
    ]);
  });

  it('answers the first 200 errors and counts them all', () => {
    const errors = Array.from({ length: 250 }, (_, index) => ({
      row: index + 2,
      column: 'Wert',
      message: 'x',
      code: 'not_number' as const,
      params: {},
    }));
    const answered = withErrorCount({ errors, mode: 'dry-run' });
    expect(answered.errors).toHaveLength(200);
    expect(answered.errors[199].row).toBe(201);
    expect(answered.errorCount).toBe(250);
  });
});
