/** Characters of WinAnsiEncoding above Latin-1's control range (0x80–0x9F), which the standard PDF fonts also have. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/**
 * Text the standard PDF fonts (Helvetica, WinAnsiEncoding) can show: German text — äöüß, „…“, –, € — passes
 * unchanged; letters with other accents lose them (č → c, ő → o); anything else (other scripts, emoji) becomes
 * "?", instead of the wrong glyphs the font would otherwise print. Line breaks and tabs become spaces.
 */
export function toWinAnsi(text: string): string {
  let result = '';
  for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
    if (isWinAnsi(char)) {
      result += char;
      continue;
    }
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    result += base.length > 0 && [...base].every(isWinAnsi) ? base : '?';
  }
  return result;
}
