import { INDICATOR_CODE_PATTERN, indicatorStateProblems, MONTH_DAY_PATTERN } from './indicator-rules';

describe('indicator rules', () => {
  it('accepts codes of letters, digits and . _ / - without spaces', () => {
    for (const code of ['EA-01', 'DS.2', 'Ä1', 'K/3_b']) expect(INDICATOR_CODE_PATTERN.test(code)).toBe(true);
    for (const code of ['-1', 'EA 01', '', '=1+1']) expect(INDICATOR_CODE_PATTERN.test(code)).toBe(false);
  });

  it('accepts a day of the year as MM-DD only when every year (or leap year) has it', () => {
    for (const day of ['03-31', '02-29', '12-31', '04-30']) expect(MONTH_DAY_PATTERN.test(day)).toBe(true);
    for (const day of ['02-30', '04-31', '13-01', '3-31', '00-10']) expect(MONTH_DAY_PATTERN.test(day)).toBe(false);
  });

  it('keeps a due day to yearly values and shown progress to linked measures', () => {
    expect(indicatorStateProblems({ dueEvery: 'year', dueMonthDay: '03-31' })).toEqual([]);
    expect(indicatorStateProblems({ dueEvery: 'quarter', dueMonthDay: '03-31' })).toEqual([
      { field: 'dueMonthDay', code: 'invalid_value', params: {} },
    ]);
    expect(indicatorStateProblems({ measureIds: ['m1', 'm2'], progressMeasureIds: ['m2'] })).toEqual([]);
    expect(indicatorStateProblems({ measureIds: ['m1'], progressMeasureIds: ['m2'] })).toEqual([
      { field: 'progressMeasureIds', code: 'unknown_reference', params: {} },
    ]);
  });
});
