import type { ProblemCode, ProblemParams } from '@leitbild-monitor/shared/contracts';
import { CSV_SPLIT_CHARACTERS, FORMULA_TRIGGER_CHARACTERS } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate, parseProgress as parseProgressText } from '@leitbild-monitor/shared/domain';

/** The characters of a list as the inside of a regular expression's character class. */
const characterClass = (characters: readonly string[]) =>
  characters.map((character) => (/[\\\]^-]/.test(character) ? `\\${character}` : character)).join('');
const TRIGGERS = characterClass(FORMULA_TRIGGER_CHARACTERS);
const SPLITS = characterClass(CSV_SPLIT_CHARACTERS);
/**
 * Where a spreadsheet may begin a cell inside the text: its start, or right after a character it may split at,
 * with spaces and quotes a reader drops in between. `$1` is that padding, `$2` the apostrophes (an export's, or
 * typed) between it and the formula character that follows.
 */
const FORMULA_START = new RegExp(`(?<=^|[${SPLITS}])([ "]*)('*)(?=[${TRIGGERS}])`, 'g');
/** The same places once neutralised: at least one apostrophe, of which the first is the export's. */
const NEUTRALISED_START = new RegExp(`(?<=^|[${SPLITS}])([ "]*)'('*)(?=[${TRIGGERS}])`, 'g');

/**
 * Neutralises text a spreadsheet would execute when it reads a CSV file (OWASP "CSV injection"): a formula
 * character (`=`, `+`, `-`, `@`, tab, carriage return) at the start of the text, or right after a character a
 * spreadsheet may split the text at (`,`, `;`, tab, `|`, line breaks; spaces and quotes in between), gets an
 * apostrophe in front, so that no part of the cell can start a formula, whatever separator the spreadsheet
 * reads the file with (`Budgetplanung,'=HYPERLINK(…)`). Apostrophes already there get one more, so
 * `restoreText` can always take exactly one away and the round trip is lossless.
 */
export function neutraliseText(text: string): string {
  return text.replace(FORMULA_START, "$1'$2");
}

/**
 * Whether a spreadsheet could run part of the text as a formula, or the text has apostrophes where
 * `neutraliseText` puts them: the CSV neutralises such text, the workbook marks its cell with Excel's quote
 * prefix, so that its import takes the text as typed.
 */
export function looksLikeFormula(text: string): boolean {
  return neutraliseText(text) !== text;
}

/** Undoes `neutraliseText`: removes the one apostrophe an export put before each formula character. */
export function restoreText(text: string): string {
  return text.replace(NEUTRALISED_START, '$1$2');
}

/** A name as the importer compares it: Unicode-normalised, lower case, spaces collapsed (including NBSP). */
export function comparableName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('de');
}

/** A cell's value, or what is wrong with it: in English (`problem`) and as a code of PROBLEM_CODES. */
export type Parsed<T> = { value: T } | { problem: string; code: ProblemCode; params?: ProblemParams };

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** `31.12.2017`, `2017-12-31` (or the ISO date of an Excel date cell) → `2017-12-31`; empty → null. */
export function parseDate(cell: string): Parsed<string | null> {
  const text = cell.trim();
  if (text === '') return { value: null };
  const german = GERMAN_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  const parts = german ? [german[3], german[2], german[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  const value = parts ? `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}` : null;
  if (value === null || !isIsoCalendarDate(value)) {
    return {
      problem: `"${text}" is not a date; write it as 31.12.2027 or 2027-12-31 (years 1900–2999)`,
      code: 'invalid_date',
    };
  }
  return { value };
}

/** `60`, `60 %`, `60,0` → 60; empty → null (unknown, which is not 0). Past a spreadsheet's spelling, the shared rule. */
export function parseProgress(cell: string): Parsed<number | null> {
  const parsed = parseProgressText(
    cell
      .trim()
      .replace(/\s*%$/, '')
      .replace(/^(\d+)[.,]0+$/, '$1'),
  );
  if ('value' in parsed) return parsed;
  const { code, params } = parsed.problem;
  return {
    problem: `"${cell.trim()}" is not a progress; write a whole number from 0 to 100, or leave it empty`,
    code,
    params,
  };
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0']);

/** `ja`/`nein` (also yes/no, true/false, 1/0, x); empty → undefined (left as it is). */
export function parseYesNo(cell: string): Parsed<boolean | undefined> {
  const text = comparableName(cell);
  if (text === '') return { value: undefined };
  if (YES.has(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  return { problem: `"${cell.trim()}" is neither "ja" nor "nein"`, code: 'not_yes_no' };
}

/** A whole number ≥ 1 (the version column); empty → null. */
export function parseVersion(cell: string): Parsed<number | null> {
  const text = cell.trim();
  if (text === '') return { value: null };
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
    return { problem: `"${text}" is not a version number`, code: 'not_integer' };
  }
  return { value: Number(text) };
}

/**
 * A coded value by its German label or its key (`In Umsetzung` or `in_progress`), ignoring case and spaces;
 * empty → null.
 */
export function parseCoded<K extends string>(
  cell: string,
  labels: Readonly<Record<K, string>>,
  what: string,
): Parsed<K | null> {
  const text = comparableName(cell);
  if (text === '') return { value: null };
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    if (text === comparableName(label) || text === key.toLowerCase() || text === key.replace(/_/g, ' ')) {
      return { value: key };
    }
  }
  const labelled = Object.values<string>(labels);
  const allowed = labelled.map((label) => `"${label}"`).join(', ');
  return {
    problem: `"${cell.trim()}" is not a known ${what}; use one of ${allowed}`,
    code: 'not_allowed_value',
    params: { allowed: labelled },
  };
}

/** The entries of a list cell: separated by semicolons or line breaks, empty entries dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
