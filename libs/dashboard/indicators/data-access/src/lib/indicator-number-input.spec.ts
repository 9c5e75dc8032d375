import { indicatorInputText, parseIndicatorInput } from './indicator-number-input';

describe('parseIndicatorInput', () => {
  it.each([
    ['12,5', 'de', 12.5],
    ['1.234,5', 'de', 1234.5],
    ['-3', 'de', -3],
    ['0', 'de', 0],
    ['12.5', 'en', 12.5],
    ['1,234.5', 'en', 1234.5],
    ['12,5', 'en', 12.5],
  ])('reads %s in the %s interface as %s', (text, language, value) => {
    expect(parseIndicatorInput(text, language)).toEqual({ value });
  });

  it('reads an empty field as no value, never as zero', () => {
    expect(parseIndicatorInput('  ', 'de')).toEqual({ value: null });
  });

  it('names the problem of text that is no number', () => {
    expect(parseIndicatorInput('zwölf', 'de')).toEqual({ problem: { field: 'value', code: 'not_number', params: {} } });
    expect(parseIndicatorInput('1e13', 'de')).toMatchObject({ problem: { code: 'too_large' } });
  });
});

describe('indicatorInputText', () => {
  it('writes a value for correcting it, with the language’s decimal sign and without grouping', () => {
    expect(indicatorInputText(1234.5, 'de')).toBe('1234,5');
    expect(indicatorInputText(1234.5, 'en')).toBe('1234.5');
    expect(indicatorInputText(null, 'de')).toBe('');
  });
});
