/**
 * A `LIKE` pattern that finds `text` anywhere, with the wildcards of the user's text taken literally.
 * Use with `ESCAPE '\'` and compare lower-cased on both sides: SQLite's LIKE ignores ASCII case only and
 * PostgreSQL's not at all.
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
