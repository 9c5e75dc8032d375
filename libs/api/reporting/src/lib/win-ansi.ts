/** Characters of WinAnsiEncoding above Latin-1's control range (0x80–0x9F), which the standard PDF fonts also have. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Letters without a decomposition into base letter and accent, as they occur in names in Harburg (Turkish,
 * Polish, ...), and dashes beyond the en and em dash.
 */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/**
 * Text the standard PDF fonts (Helvetica, WinAnsiEncoding) can show: German text — äöüß, „…“, –, € — passes
 * unchanged; letters with other accents lose them (ş → s, ğ → g, ı → i, ł → l); anything else (other scripts, emoji) becomes
 * "?", instead of the wrong glyphs the font would otherwise print. Line breaks and tabs become spaces.
 */
export function toWinAnsi(text: string): string {
  let result = '';
  for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
    if (isWinAnsi(char)) {
      result += char;
      continue;
    }
    if (TRANSLITERATION[char]) {
      result += TRANSLITERATION[char];
      continue;
    }
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    result += base.length > 0 && [...base].every(isWinAnsi) ? base : '?';
  }
  return result;
}
