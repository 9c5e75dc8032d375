/** Letters that Unicode normalisation does not reduce to ASCII, or that German spells out differently. */
const SPELLED_OUT: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
};

/** A readable machine key from a name: "Deutsch als Sprache" → "deutsch-als-sprache". */
export function slugify(name: string, maxLength = 64): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüßıłøđæœ]/g, (char) => SPELLED_OUT[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'item';
}
