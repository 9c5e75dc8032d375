import { MEASURE_STATUS_LABELS_DE } from '@leitbild-monitor/shared/domain';
import {
  comparableName,
  neutraliseText,
  parseCoded,
  parseDate,
  parseProgress,
  parseVersion,
  parseYesNo,
  restoreText,
  splitList,
} from './cell-values';

describe('cell values', () => {
  describe('formula neutralisation', () => {
    it.each(['=1+1', '+49 40 123', '-Punkt', '@SUM(A1)', '\tTab', '\rCR'])('puts an apostrophe before %j', (text) => {
      expect(neutraliseText(text)).toBe(`'${text}`);
    });

    it('leaves harmless text alone, including an apostrophe that guards nothing', () => {
      for (const text of ['Sprachcafé', "'zitiert", 'a=b', '', ' =1']) expect(neutraliseText(text)).toBe(text);
    });

    it('round-trips every text losslessly, also text that already starts with apostrophes before a formula', () => {
      for (const text of ['=1+1', "'=1+1", "''-x", "'zitiert", 'Sprachcafé', '-', "'"]) {
        expect(restoreText(neutraliseText(text))).toBe(text);
      }
      expect(neutraliseText("'=1+1")).toBe("''=1+1");
    });
  });

  it('compares names ignoring case, repeated and non-breaking spaces', () => {
    expect(comparableName('  Deutsch\u00a0als   SPRACHE ')).toBe('deutsch als sprache');
    expect(comparableName('Ärztekammer')).toBe(comparableName('ärztekammer'));
  });

  it('reads German and ISO dates and rejects impossible ones', () => {
    expect(parseDate('31.12.2017')).toEqual({ value: '2017-12-31' });
    expect(parseDate('1.3.2017')).toEqual({ value: '2017-03-01' });
    expect(parseDate('2017-12-31')).toEqual({ value: '2017-12-31' });
    expect(parseDate(' ')).toEqual({ value: null });
    for (const bad of ['31.02.2027', '12/31/2017', '31.12.17', '0001-01-01', 'morgen']) {
      expect(parseDate(bad)).toEqual({ problem: expect.stringContaining('is not a date'), code: 'invalid_date' });
    }
  });

  it('reads progress as a whole percentage; empty is unknown, not 0', () => {
    expect(parseProgress('60')).toEqual({ value: 60 });
    expect(parseProgress('60 %')).toEqual({ value: 60 });
    expect(parseProgress('60,0')).toEqual({ value: 60 });
    expect(parseProgress('')).toEqual({ value: null });
    for (const bad of ['150', '-1', '12,5', 'viel']) expect(parseProgress(bad)).toHaveProperty('problem');
    expect(parseProgress('150')).toMatchObject({ code: 'too_large', params: { max: 100 } });
    expect(parseProgress('viel')).toMatchObject({ code: 'not_integer', params: { min: 0, max: 100 } });
  });

  it('reads yes and no in German and English; empty leaves the value as it is', () => {
    expect(parseYesNo('Ja')).toEqual({ value: true });
    expect(parseYesNo('nein')).toEqual({ value: false });
    expect(parseYesNo('x')).toEqual({ value: true });
    expect(parseYesNo('')).toEqual({ value: undefined });
    expect(parseYesNo('vielleicht')).toEqual({
      problem: '"vielleicht" is neither "ja" nor "nein"',
      code: 'not_yes_no',
    });
  });

  it('reads a status by German label or key, and lists the labels when it is neither', () => {
    expect(parseCoded('in umsetzung', MEASURE_STATUS_LABELS_DE, 'status')).toEqual({ value: 'in_progress' });
    expect(parseCoded('IN_PROGRESS', MEASURE_STATUS_LABELS_DE, 'status')).toEqual({ value: 'in_progress' });
    expect(parseCoded('on hold', MEASURE_STATUS_LABELS_DE, 'status')).toEqual({ value: 'on_hold' });
    expect(parseCoded('Erledigt', MEASURE_STATUS_LABELS_DE, 'status')).toEqual({
      problem: expect.stringContaining('"Vorgeschlagen", "In Prüfung"'),
      code: 'not_allowed_value',
      params: { allowed: expect.arrayContaining(['Vorgeschlagen', 'In Prüfung', 'Abgelehnt']) },
    });
  });

  it('splits lists at semicolons and line breaks', () => {
    expect(splitList('1.1; 2.3;\n3.1 ;;')).toEqual(['1.1', '2.3', '3.1']);
  });

  it('reads versions as whole numbers from 1', () => {
    expect(parseVersion('3')).toEqual({ value: 3 });
    expect(parseVersion('')).toEqual({ value: null });
    expect(parseVersion('0')).toHaveProperty('problem');
  });
});
