import type {
  FieldChange,
  ImportCellChange,
  ImportError,
  Measure,
  MeasureStatus,
  TransferColumnHeader,
  TransferColumnKey,
  TransferRecord,
} from '@leitbild-monitor/shared/contracts';
import { TRANSFER_COLUMNS, TRANSFER_LIST_SEPARATOR } from '@leitbild-monitor/shared/contracts';
import {
  BOOLEAN_LABELS_DE,
  councilPapersCell,
  FEASIBILITY_LABELS_DE,
  MEASURE_ORIGIN_LABELS_DE,
  MEASURE_STATUS_LABELS_DE,
  measureFieldProblems,
  noteProblems,
  parseCouncilPapersCell,
  statusRequiresNote,
} from '@leitbild-monitor/shared/domain';
import { findUnsafeInput, ProblemWithMessage } from '@leitbild-monitor/api/platform';
import type { CatalogIndex } from './catalog-index';
import { parseCoded, parseDate, parseProgress, Parsed, parseVersion, parseYesNo, splitList } from './cell-values';
import type { RawSheet } from './spreadsheet-reader';
import { lostCharacters, lostCharactersMessage } from './lost-characters';
import { indexHeader } from './sheet-columns';
import type { CellValue, SheetColumn } from './spreadsheet-writer';

const HEADER: Record<TransferColumnKey, TransferColumnHeader> = Object.fromEntries(
  TRANSFER_COLUMNS.map((column) => [column.key, column.header]),
) as Record<TransferColumnKey, TransferColumnHeader>;

const DATE_KEYS: ReadonlySet<TransferColumnKey> = new Set(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd']);
const WIDE_KEYS: Partial<Record<TransferColumnKey, number>> = {
  id: 38,
  title: 50,
  description: 60,
  fieldOfAction: 28,
  leadActor: 36,
  partnerActors: 40,
  feasibilityReason: 40,
  councilPapers: 40,
};

/** The columns of the import/export format as the writers need them. */
export const TRANSFER_SHEET_COLUMNS: SheetColumn[] = TRANSFER_COLUMNS.map((column) => ({
  header: column.header,
  kind: DATE_KEYS.has(column.key) ? 'date' : 'text',
  width: WIDE_KEYS[column.key],
}));

export function headerOf(key: TransferColumnKey): TransferColumnHeader {
  return HEADER[key];
}

// ------------------------------------------------------------------------------------------------- export

/** A measure as one record of the export: names instead of ids, German labels instead of keys. */
export function transferRecordOf(measure: Measure, catalogue: CatalogIndex): TransferRecord {
  const values: Record<TransferColumnKey, CellValue> = {
    id: measure.id,
    version: measure.version,
    title: measure.title,
    description: measure.description,
    fieldOfAction: catalogue.fieldName(measure.fieldOfActionId),
    status: MEASURE_STATUS_LABELS_DE[measure.status],
    statusNote: measure.statusNote,
    progress: measure.progress,
    plannedStart: measure.plannedStart,
    plannedEnd: measure.plannedEnd,
    actualStart: measure.actualStart,
    actualEnd: measure.actualEnd,
    leadActor: catalogue.actorName(measure.leadActorId),
    partnerActors: joined(catalogue.actorNames(measure.partnerActorIds)),
    guidelines: joined(catalogue.guidelineCodes(measure.guidelineIds)),
    origin: measure.origin ? MEASURE_ORIGIN_LABELS_DE[measure.origin] : null,
    feasibility: measure.feasibility ? FEASIBILITY_LABELS_DE[measure.feasibility] : null,
    feasibilityReason: measure.feasibilityReason,
    public: measure.public,
    contactName: measure.contact.name,
    contactEmail: measure.contact.email,
    councilPapers: councilPapersCell(measure.councilPapers),
  };
  return Object.fromEntries(TRANSFER_COLUMNS.map((column) => [column.header, values[column.key]])) as TransferRecord;
}

export function recordCells<H extends string>(record: Record<H, CellValue>, columns: { header: H }[]): CellValue[] {
  return columns.map((column) => record[column.header]);
}

function joined(items: string[]): string | null {
  return items.length > 0 ? items.join(TRANSFER_LIST_SEPARATOR) : null;
}

// ------------------------------------------------------------------------------------------------- import

export type ColumnIndex = Map<TransferColumnKey, number>;

/** Finds the known columns in the header row; unknown and repeated headers are errors of row 1. */
export function indexColumns(header: string[]): { columns: ColumnIndex; errors: ImportError[] } {
  const { columns, errors } = indexHeader(header, TRANSFER_COLUMNS, '"Titel", "Handlungsfeld"');
  if (!columns.has('id') && !(columns.has('title') && columns.has('fieldOfAction'))) {
    errors.push({
      row: 1,
      column: HEADER.id,
      message: `the file needs the column "ID" (to update measures) or the columns "Titel" and "Handlungsfeld" (to create them)`,
      code: 'column_required',
      params: { column: HEADER.id },
    });
  }
  return { columns, errors };
}

/** One data row, read: what it asks for, in the measure's field names, and what is wrong with it. */
export interface ImportRow {
  row: number;
  id: string | null;
  version: number | null;
  title: string;
  /** The fields the file has a column for, as a create/update request body (not yet validated). */
  edit: Record<string, unknown>;
  status: MeasureStatus | null;
  statusNote: string | null;
  errors: ImportError[];
}

/** Reads the cells of one row; problems with single cells become errors naming their column. */
export function readRow(
  raw: RawSheet['rows'][number],
  header: string[],
  columns: ColumnIndex,
  catalogue: CatalogIndex,
): ImportRow {
  const errors: ImportError[] = [];
  const has = (key: TransferColumnKey) => columns.has(key);
  const text = (key: TransferColumnKey) => raw.cells[columns.get(key) ?? -1] ?? '';
  const column = (key: TransferColumnKey) => header[columns.get(key) ?? -1] ?? HEADER[key];
  const take = <T>(key: TransferColumnKey, parsed: Parsed<T>): T | undefined => {
    if ('problem' in parsed) {
      const { problem, code, params } = parsed;
      errors.push({ row: raw.row, column: column(key), message: problem, code, params: params ?? {} });
      return undefined;
    }
    return parsed.value;
  };
  const edit: Record<string, unknown> = {};
  const set = (property: string, value: unknown) => {
    if (value !== undefined) edit[property] = value;
  };

  // The checks every JSON body gets (no NUL characters, well-formed Unicode) apply to every cell of a file too.
  raw.cells.forEach((cell, index) => {
    const found = index < header.length ? findUnsafeInput(cell, 'the cell') : null;
    if (found) {
      const { code, params } = found.problem;
      errors.push({ row: raw.row, column: header[index], message: found.message, code, params });
    }
  });
  const id = has('id') ? text('id').trim() || null : null;
  const version = has('version') ? (take('version', parseVersion(text('version'))) ?? null) : null;
  if (has('title')) set('title', text('title'));
  if (has('description')) set('description', nullIfBlank(text('description')));
  if (has('fieldOfAction')) {
    const cell = text('fieldOfAction');
    const [missing] = measureFieldProblems('fieldOfActionId', cell);
    if (missing) {
      const { code, params } = missing;
      errors.push({ row: raw.row, column: column('fieldOfAction'), message: code, code, params });
    } else set('fieldOfActionId', take('fieldOfAction', catalogue.findField(cell)));
  }
  const status = has('status')
    ? (take('status', parseCoded(text('status'), MEASURE_STATUS_LABELS_DE, 'status')) ?? null)
    : null;
  const statusNote = has('statusNote') ? nullIfBlank(text('statusNote')) : null;
  for (const { code, params } of noteProblems(statusNote)) {
    const message = `note must be shorter than or equal to ${params['max']} characters`;
    errors.push({ row: raw.row, column: column('statusNote'), message, code, params });
  }
  if (has('progress')) set('progress', take('progress', parseProgress(text('progress'))));
  for (const key of ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const) {
    if (has(key)) set(key, take(key, parseDate(text(key))));
  }
  if (has('leadActor')) {
    const cell = text('leadActor');
    set('leadActorId', cell.trim() === '' ? null : take('leadActor', catalogue.findActor(cell)));
  }
  if (has('partnerActors')) {
    set('partnerActorIds', take('partnerActors', catalogue.findActors(text('partnerActors'), splitList)));
  }
  if (has('guidelines'))
    set('guidelineIds', take('guidelines', catalogue.findGuidelines(text('guidelines'), splitList)));
  if (has('origin')) set('origin', take('origin', parseCoded(text('origin'), MEASURE_ORIGIN_LABELS_DE, 'origin')));
  if (has('feasibility')) {
    set(
      'feasibility',
      take('feasibility', parseCoded(text('feasibility'), FEASIBILITY_LABELS_DE, 'feasibility verdict')),
    );
  }
  if (has('feasibilityReason')) set('feasibilityReason', nullIfBlank(text('feasibilityReason')));
  if (has('public')) set('public', take('public', parseYesNo(text('public'))));
  if (has('councilPapers')) set('councilPapers', parseCouncilPapersCell(text('councilPapers')));
  if (has('contactName') || has('contactEmail')) {
    const contact: Record<string, string | null> = {};
    if (has('contactName')) contact['name'] = nullIfBlank(text('contactName'));
    if (has('contactEmail')) contact['email'] = nullIfBlank(text('contactEmail'))?.trim() ?? null;
    edit['contact'] = contact;
  }

  if (id === null) {
    for (const key of ['title', 'fieldOfAction'] as const) {
      if (!has(key)) {
        errors.push({
          row: raw.row,
          column: HEADER[key],
          message: `a row without ID creates a measure, which needs the column "${HEADER[key]}"`,
          code: 'column_required',
          params: { column: HEADER[key] },
        });
      }
    }
  }
  const title = has('title') ? text('title').trim() : '';
  return { row: raw.row, id, version, title, edit, status, statusNote, errors };
}

function nullIfBlank(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** The column a request field or an error message about it belongs to (`contact.email` → its column). */
const KEY_BY_PROPERTY: Record<string, TransferColumnKey> = {
  title: 'title',
  description: 'description',
  fieldOfActionId: 'fieldOfAction',
  guidelineIds: 'guidelines',
  leadActorId: 'leadActor',
  partnerActorIds: 'partnerActors',
  contact: 'contactName',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  origin: 'origin',
  plannedStart: 'plannedStart',
  plannedEnd: 'plannedEnd',
  actualStart: 'actualStart',
  actualEnd: 'actualEnd',
  progress: 'progress',
  public: 'public',
  feasibility: 'feasibility',
  feasibilityReason: 'feasibilityReason',
  councilPapers: 'councilPapers',
  status: 'status',
  note: 'statusNote',
  'If-Match': 'version',
  ID: 'id',
};

/** A status change an import row asks for, with the note that goes with it. */
export interface StatusEdit {
  status: MeasureStatus;
  note: string | null;
}

/**
 * The cells an update changes, one per changed field (and the status), each with the stored and the new value
 * as the export writes them: what a person checks before committing the file.
 */
export function cellChangesOf(
  current: Measure,
  changes: FieldChange[],
  statusEdit: StatusEdit | null,
  catalogue: CatalogIndex,
  columnOf: (key: TransferColumnKey) => string,
): ImportCellChange[] {
  const next: Measure = { ...current, contact: { ...current.contact } };
  const fields = changes.map((change) => change.field);
  for (const change of changes) {
    if (change.field === 'contact.name') next.contact.name = change.to as string | null;
    else if (change.field === 'contact.email') next.contact.email = change.to as string | null;
    else (next as unknown as Record<string, unknown>)[change.field] = change.to;
  }
  if (statusEdit) {
    next.status = statusEdit.status;
    next.statusNote = statusRequiresNote(statusEdit.status) ? statusEdit.note : null;
    fields.push('status');
    if ((next.statusNote ?? null) !== (current.statusNote ?? null)) fields.push('note');
  }
  const before = transferRecordOf(current, catalogue);
  const after = transferRecordOf(next, catalogue);
  return fields.flatMap((field) => {
    const key = KEY_BY_PROPERTY[field];
    if (!key) return [];
    const header = HEADER[key];
    return [
      {
        column: columnOf(key),
        field: field === 'note' ? 'statusNote' : field,
        from: cellDisplay(before[header]),
        to: cellDisplay(after[header]),
      },
    ];
  });
}

/** A value as the cell shows it; an empty cell is null. */
function cellDisplay(value: CellValue): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'boolean') return value ? BOOLEAN_LABELS_DE.true : BOOLEAN_LABELS_DE.false;
  return String(value);
}

/**
 * The cells of an update whose new text is the stored text with characters lost to `?` or U+FFFD (a file
 * saved as Windows-1252): errors of those cells, so such a file writes nothing.
 */
export function lostCharacterErrors(row: number, changes: ImportCellChange[]): ImportError[] {
  return changes.flatMap((change) =>
    change.from !== null && change.to !== null && lostCharacters(change.from, change.to)
      ? [
          {
            row,
            column: change.column,
            message: lostCharactersMessage(change.column, change.from, change.to),
            code: 'characters_lost' as const,
            params: {},
          },
        ]
      : [],
  );
}

/**
 * Turns a problem the API's checks found (`date_before_start` of `plannedEnd`, `illegal_transition` of
 * `status`) into a row error at the column of its field; problems of no particular field go to `fallback`.
 */
export function rowErrorOf(
  row: number,
  found: ProblemWithMessage,
  header: string[],
  columns: ColumnIndex,
  fallback: TransferColumnKey,
): ImportError {
  // `partnerActorIds.2` and `councilPapers.0.url` are problems of their list's column.
  const field = found.problem.field?.replace(/\.\d+$/, '').replace(/^councilPapers\..*$/, 'councilPapers');
  const key = (field && KEY_BY_PROPERTY[field]) || fallback;
  const index = columns.get(key);
  const { code, params } = found.problem;
  return { row, column: index === undefined ? HEADER[key] : header[index], message: found.message, code, params };
}
