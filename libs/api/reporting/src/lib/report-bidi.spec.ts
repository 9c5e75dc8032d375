import { isolate, paragraphDirection, pdfText } from './report-bidi';

const reversed = (text: string) => [...text].reverse().join('');
/** What fontkit makes of handed lines: it reverses each (see pdfText), giving the order from left to right. */
const visual = (text: string) => text.split('\n').map(reversed);

const IFTAR = 'إفطار';
const ALL = 'للجميع';

describe('pdfText', () => {
  it('leaves text without right-to-left letters as it is', () => {
    expect(pdfText('Sitzung „Integrationsrat“ (12.03.2026) – Kadınlar Buluşması')).toEqual({
      text: 'Sitzung „Integrationsrat“ (12.03.2026) – Kadınlar Buluşması',
    });
  });

  it('puts an Arabic run into visual order in a German line, the closing quote after it', () => {
    const result = pdfText(`Offenes Nachbarschafts-Iftar „Iftar für alle – ${IFTAR} ${ALL}“`);
    expect(result.script).toBe('arab');
    // From left to right: the last Arabic word first, each word's letters from right to left.
    expect(visual(result.text)).toEqual([
      `Offenes Nachbarschafts-Iftar „Iftar für alle – ${reversed(ALL)} ${reversed(IFTAR)}“`,
    ]);
  });

  it('sets a text only in Arabic right to left, with mirrored brackets', () => {
    expect(paragraphDirection(`${IFTAR} (${ALL})`)).toBe('rtl');
    expect(paragraphDirection(`${IFTAR} – Iftar`)).toBe('ltr');
    expect(visual(pdfText(`${IFTAR} (${ALL})`).text)).toEqual([`(${reversed(ALL)}) ${reversed(IFTAR)}`]);
  });

  it('keeps an isolated name from pulling the following date into its run, and prints no control characters', () => {
    const plain = visual(pdfText(`Stichtag ${IFTAR} (12.03.2026)`).text)[0];
    // Without isolation the algorithm rightly takes the date into the Arabic run (digits after Arabic letters).
    expect(plain).toBe(`Stichtag (12.03.2026) ${reversed(IFTAR)}`);
    const result = pdfText(`Stichtag ${isolate(IFTAR)} (12.03.2026)`);
    expect(visual(result.text)).toEqual([`Stichtag ${reversed(IFTAR)} (12.03.2026)`]);
    expect(result.text).not.toMatch(/[\u2066-\u2069]/);
    expect(isolate('Harburg')).toBe('Harburg');
  });

  it('wraps first and reorders each line, so a run broken across lines reads on', () => {
    // One point per character: 22 fit on a line.
    const result = pdfText(`Iftar für alle – ${IFTAR} ${ALL}“ im Bürgerhaus`, {
      width: 22,
      measure: (line) => [...line].length,
    });
    expect(visual(result.text)).toEqual([`Iftar für alle – ${reversed(IFTAR)}`, `${reversed(ALL)}“ im Bürgerhaus`]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(visual(pdfText(`${IFTAR} 🌙 ${ALL}`).text)).toEqual([`${reversed(ALL)} 🌙 ${reversed(IFTAR)}`]);
  });
});
