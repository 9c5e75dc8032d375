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

/** One problem in an imported file. `row` is the spreadsheet row number (the header is row 1). */
export interface ImportError {
  row: number;
  /** The column header as it appears in the file (or the expected header when it is missing). */
  column: string;
  message: string;
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
}

/** Answer of the import: 200 for a dry run or a successful commit, 422 (same body) for a commit with errors. */
export interface ImportResult {
  mode: ImportMode;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
  rows: ImportRowOutcome[];
}
