import type { ProblemCode, ProblemParams } from './problems';

/**
 * Spreadsheet round trip of the measure register: `POST /api/v1/measures/import?mode=dry-run|commit`
 * (multipart field `file`, .csv or .xlsx) and `GET /api/v1/measures/export?format=csv|xlsx|json`.
 */
export const IMPORT_MODES = ['dry-run', 'commit'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Open data comes as CSV and JSON only. */
export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

/** Files above this size are refused (413) before they are parsed. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Files with more data rows than this are refused with a message naming the limit. */
export const IMPORT_MAX_ROWS = 20_000;
/**
 * A first row naming more columns than this is refused before any data row is read (the format has 22 columns;
 * room is left for columns a spreadsheet adds, which are reported as unknown).
 */
export const IMPORT_MAX_COLUMNS = 64;
/** The import's answer lists at most this many errors (the first ones, by row); `errorCount` counts them all. */
export const IMPORT_MAX_ERRORS = 200;

/** One problem in an imported file. `row` is the spreadsheet row number (the header is row 1). */
export interface ImportError {
  row: number;
  /** The column header as it appears in the file (or the expected header when it is missing). */
  column: string;
  /** What is wrong, in English, for people. */
  message: string;
  /**
   * What is wrong, as data (PROBLEM_CODES, the same as in error answers), e.g. `characters_lost` for a cell that
   * lost letters to `?` or U+FFFD, as when a file is saved as Windows-1252 instead of "CSV UTF-8".
   */
  code: ProblemCode;
  params: ProblemParams;
}

/**
 * One cell an update changes: its column as the file names it, the measure's field (as in `changedFields`)
 * and the value before and after, written as the export writes it (names, German labels, ISO dates);
 * null is an empty cell.
 */
export interface ImportCellChange {
  column: string;
  field: string;
  from: string | null;
  to: string | null;
}

/** What the import does (dry run) or did (commit) with one data row. */
export interface ImportRowOutcome {
  row: number;
  action: 'create' | 'update' | 'unchanged' | 'error';
  /** The measure's id: the existing one for updates, null for rows that would create a measure in a dry run. */
  measureId: string | null;
  title: string;
  /** Names of the fields an update changes. */
  changedFields: string[];
  /** Every cell an update changes, with the stored and the new value (empty for other rows). */
  changes: ImportCellChange[];
}

/** Answer of the import: 200 for a dry run or a successful commit, 422 (same body) for a commit with errors. */
export interface ImportResult {
  mode: ImportMode;
  created: number;
  updated: number;
  unchanged: number;
  /** The first IMPORT_MAX_ERRORS errors, by row. */
  errors: ImportError[];
  /** How many errors the file has in all; more than `errors.length` when the list was cut off. */
  errorCount: number;
  rows: ImportRowOutcome[];
}

/**
 * The columns of the import and export format, in file order. `header` is what the file's first row says
 * (German, as staff name the fields); the importer also accepts `key`, and matches both ignoring case and
 * extra spaces. Only the columns a file has are read: a file with `ID` and `Fortschritt` updates the
 * progress and nothing else.
 */
export const TRANSFER_COLUMNS = [
  { key: 'id', header: 'ID' },
  { key: 'version', header: 'Version' },
  { key: 'title', header: 'Titel' },
  { key: 'description', header: 'Beschreibung' },
  { key: 'fieldOfAction', header: 'Handlungsfeld' },
  { key: 'status', header: 'Status' },
  { key: 'statusNote', header: 'Statusbegründung' },
  { key: 'progress', header: 'Fortschritt' },
  { key: 'plannedStart', header: 'Geplanter Beginn' },
  { key: 'plannedEnd', header: 'Geplantes Ende' },
  { key: 'actualStart', header: 'Tatsächlicher Beginn' },
  { key: 'actualEnd', header: 'Tatsächliches Ende' },
  { key: 'leadActor', header: 'Federführung' },
  { key: 'partnerActors', header: 'Beteiligte' },
  { key: 'guidelines', header: 'Leitsätze' },
  { key: 'origin', header: 'Herkunft' },
  { key: 'feasibility', header: 'Umsetzbarkeit' },
  { key: 'feasibilityReason', header: 'Begründung der Umsetzbarkeit' },
  { key: 'public', header: 'Öffentlich' },
  { key: 'contactName', header: 'Name der Ansprechperson' },
  { key: 'contactEmail', header: 'E-Mail der Ansprechperson' },
  /** `21-1234 https://…; 21-2000`: each reference, a space and its link if it has one (docs/editing.md). */
  { key: 'councilPapers', header: 'Drucksachen' },
] as const;
export type TransferColumnKey = (typeof TRANSFER_COLUMNS)[number]['key'];
export type TransferColumnHeader = (typeof TRANSFER_COLUMNS)[number]['header'];

/** Columns a file must have to create measures (a file of updates only needs `ID`). */
export const TRANSFER_REQUIRED_FOR_CREATE: readonly TransferColumnKey[] = ['title', 'fieldOfAction'];

/** Several actors or guidelines in one cell are separated by this (a line break is accepted too). */
export const TRANSFER_LIST_SEPARATOR = '; ';

/**
 * A text cell starting with one of these would run as a formula in a spreadsheet: CSV exports put `'` before
 * it; Excel exports write it as a text cell with Excel's hidden quote prefix, so it shows as typed.
 */
export const FORMULA_TRIGGER_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'] as const;
/**
 * Characters a spreadsheet may split a CSV cell's text at when it reads the file with other settings than it was
 * written with (its separator, a list separator, a line break): a formula character right after one of them
 * (spaces and quotes in between) starts a cell of its own, so CSV exports put `'` before it there too.
 */
export const CSV_SPLIT_CHARACTERS = [',', ';', '\t', '|', '\r', '\n'] as const;

/** One measure in the JSON export: the same columns as the spreadsheet, keyed by their German header. */
export type TransferRecord = Record<TransferColumnHeader, string | number | boolean | null>;

/**
 * The open-data export (`GET /api/v1/public/measures/export`): published measures only and no personal data —
 * no contact person, no internal notes or feasibility reasoning. Keys as in TRANSFER_COLUMNS where they agree.
 */
export const OPEN_DATA_COLUMNS = [
  { key: 'id', header: 'ID' },
  { key: 'title', header: 'Titel' },
  { key: 'description', header: 'Beschreibung' },
  { key: 'fieldOfAction', header: 'Handlungsfeld' },
  { key: 'status', header: 'Status' },
  { key: 'progress', header: 'Fortschritt' },
  { key: 'plannedStart', header: 'Geplanter Beginn' },
  { key: 'plannedEnd', header: 'Geplantes Ende' },
  { key: 'actualStart', header: 'Tatsächlicher Beginn' },
  { key: 'actualEnd', header: 'Tatsächliches Ende' },
  { key: 'leadActor', header: 'Federführung' },
  { key: 'partnerActors', header: 'Beteiligte' },
  { key: 'guidelines', header: 'Leitsätze' },
  { key: 'overdue', header: 'Überfällig' },
  { key: 'updatedAt', header: 'Zuletzt geändert' },
] as const;
export type OpenDataColumnHeader = (typeof OPEN_DATA_COLUMNS)[number]['header'];
export type OpenDataRecord = Record<OpenDataColumnHeader, string | number | boolean | null>;
