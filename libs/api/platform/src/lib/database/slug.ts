const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A readable machine key from a name: "Deutsch als Sprache" → "deutsch-als-sprache". */
export function slugify(name: string, maxLength = 64): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => GERMAN_LETTERS[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'item';
}
