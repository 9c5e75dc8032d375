/** What a character becomes that the file's encoding lacks: `?` when saving, U+FFFD when reading. */
const LOST_MARKS = new Set(['?', '\uFFFD']);
/** How much of a value an error message quotes. */
const QUOTED_LENGTH = 80;

/**
 * Whether `imported` is `stored` with characters lost on the way, as when a spreadsheet saves a CSV file in
 * Windows-1252 ("CSV (Trennzeichen-getrennt)" in German Excel, LibreOffice's default "Westeuropa"): ş, ı, ğ, ł,
 * Arabic and every other character the encoding lacks becomes `?` (or U+FFFD in tools that read it wrongly).
 * That is: both have the same shape (counted in characters, or in UTF-16 units, as some tools write one `?`
 * per surrogate half), they differ somewhere, and wherever they differ `imported` has `?` or U+FFFD and
 * `stored` a character beyond ASCII (ASCII survives every encoding). Real edits, such as "Wer hilft." →
 * "Wer hilft?", are not losses.
 */
export function lostCharacters(stored: string, imported: string): boolean {
  if (stored === imported) return false;
  return (
    onlyLostCharacters(Array.from(stored), Array.from(imported)) ||
    onlyLostCharacters(stored.split(''), imported.split(''))
  );
}

function onlyLostCharacters(stored: string[], imported: string[]): boolean {
  if (stored.length !== imported.length) return false;
  let lost = false;
  for (let index = 0; index < stored.length; index++) {
    if (stored[index] === imported[index]) continue;
    if (!LOST_MARKS.has(imported[index]) || (stored[index].codePointAt(0) ?? 0) <= 0x7f) return false;
    lost = true;
  }
  return lost;
}

/** The known value `imported` is a damaged copy of, if any (for names looked up in the catalogue). */
export function damagedCopyOf(imported: string, known: Iterable<string>): string | null {
  const text = imported.trim();
  for (const name of known) if (lostCharacters(name, text)) return name;
  return null;
}

/** The advice every error about lost characters ends with. */
export const SAVE_AS_UTF8 =
  'save the file as "CSV UTF-8" (Excel) or with the character set "Unicode (UTF-8)" (LibreOffice) and check it again';

/** The error of a cell whose new value is the stored one with characters lost, naming the column. */
export function lostCharactersMessage(column: string, stored: string, imported: string): string {
  return (
    `the cell "${column}" lost characters when the file was saved: "${quoted(imported)}" instead of ` +
    `"${quoted(stored)}"; ${SAVE_AS_UTF8}`
  );
}

function quoted(text: string): string {
  const characters = Array.from(text);
  return characters.length > QUOTED_LENGTH ? `${characters.slice(0, QUOTED_LENGTH - 1).join('')}…` : text;
}
