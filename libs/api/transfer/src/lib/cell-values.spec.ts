import { MEASURE_STATUS_LABELS_DE } from '@leitbild-monitor/shared/domain';
import fc from 'fast-check';
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
      for (const text of ['Sprachcafé', "'zitiert", 'a=b', '', 'Zeitraum 2020 - 2024', 'a, b; c', "x,'y", 'E-Mail']) {
        expect(neutraliseText(text)).toBe(text);
      }
    });

    it('puts an apostrophe before a formula character after any character a spreadsheet may split the cell at', () => {
      expect(neutraliseText('Budgetplanung,=HYPERLINK("https://example.org","Klick")')).toBe(
        `Budgetplanung,'=HYPERLINK("https://example.org","Klick")`,
      );
      expect(neutraliseText('a;+1|-2\t@3')).toBe("a;'+1|'-2\t'@3");
      expect(neutraliseText('Ziele:\r\n- Beratung\n=1+1')).toBe("Ziele:\r\n'- Beratung\n'=1+1");
      // Spaces and quotes a reader drops before the formula character, and a tab that is separator and trigger.
      expect(neutraliseText(' =1, "=2";  "@3')).toBe(` '=1, "'=2";  "'@3`);
      expect(neutraliseText('\t=1')).toBe("'\t'=1");
    });

    it('round-trips every text losslessly, also text that already has apostrophes before a formula', () => {
      for (const text of ['=1+1', "'=1+1", "''-x", "'zitiert", 'Sprachcafé', '-', "'", "a,'=b", "a;''@b", ' "\'+']) {
        expect(restoreText(neutraliseText(text))).toBe(text);
      }
      expect(neutraliseText("'=1+1")).toBe("''=1+1");
      expect(neutraliseText("a,'=b")).toBe("a,''=b");
    });

    // Every text over the characters that matter, so no combination of separators, padding, apostrophes and
    // formula characters slips through or loses a character on the way back.
    const ALPHABET = ['a', ',', ';', '|', '\t', '\r', '\n', ' ', '"', "'", '=', '+', '-', '@'];
    const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((characters) => characters.join(''));

    it('leaves no part of a neutralised text that a spreadsheet could run as a formula, whatever it splits at', () => {
      fc.assert(
        fc.property(texts, (text) => {
          for (const part of neutraliseText(text).split(/[,;|\t\r\n]/)) {
            expect(part.replace(/^[ "]*/, '')).not.toMatch(/^[=+\-@]/);
          }
        }),
        { numRuns: 5000, seed: 20_251_206 },
      );
    });

    it('restores exactly the text that was neutralised', () => {
      fc.assert(
        fc.property(texts, (text) => restoreText(neutraliseText(text)) === text),
        { numRuns: 5000, seed: 20_251_206 },
      );
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
