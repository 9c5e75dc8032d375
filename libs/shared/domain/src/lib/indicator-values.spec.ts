import { indicatorNumberProblems, parseDecimal } from './indicator-values';

describe('parseDecimal', () => {
  it.each([
    ['12,5', 12.5],
    ['-3,25', -3.25],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['0', 0],
    ['-0', 0],
    ['12.5', 12.5],
    ['0.125', 0.125],
    ['1e-7', 1e-7],
    ['+7', 7],
    ['\u22125', -5],
  ])('reads %s as %s', (text, value) => {
    expect(parseDecimal(text)).toEqual({ value });
  });

  it('reads dots grouping thousands as such only where the file kind says so (CSV from German Excel)', () => {
    expect(parseDecimal('1.234', { groupingDots: true })).toEqual({ value: 1234 });
    expect(parseDecimal('12.345.678', { groupingDots: true })).toEqual({ value: 12345678 });
    expect(parseDecimal('1.234')).toEqual({ value: 1.234 });
    // Not a grouping: a decimal point in either case.
    expect(parseDecimal('0.125', { groupingDots: true })).toEqual({ value: 0.125 });
    expect(parseDecimal('12.5', { groupingDots: true })).toEqual({ value: 12.5 });
  });

  it('reads an empty cell as missing, never as zero', () => {
    expect(parseDecimal('')).toEqual({ value: null });
    expect(parseDecimal('   ')).toEqual({ value: null });
  });

  it.each(['zwölf', '12,5,1', '1.23,5', '12 %', '1,234.5', 'NaN', 'Infinity', '--1', ','])(
    'refuses %s as not a number',
    (text) => {
      expect(parseDecimal(text, { field: 'Wert' })).toEqual({
        problem: { field: 'Wert', code: 'not_number', params: {} },
      });
    },
  );

  it('refuses numbers beyond the limit', () => {
    expect(parseDecimal('2e12')).toEqual({
      problem: { field: 'value', code: 'too_large', params: { max: 1_000_000_000_000 } },
    });
    expect(indicatorNumberProblems(-2e12)).toEqual([
      { field: 'value', code: 'too_small', params: { min: -1_000_000_000_000 } },
    ]);
    expect(indicatorNumberProblems('12')).toEqual([{ field: 'value', code: 'not_number', params: {} }]);
    expect(indicatorNumberProblems(12.5)).toEqual([]);
  });
});
