import { AuditService } from '@leitbild-monitor/api/audit';
import { changesOfEdit, CreateMeasureDto, MeasuresService, UpdateMeasureDto } from '@leitbild-monitor/api/measures';
import {
  ApiProblemException,
  conflict,
  createValidationPipe,
  genericProblems,
  problem,
  ProblemWithMessage,
  SignedInContext,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type {
  ImportCellChange,
  ImportMode,
  ImportResult,
  ImportRowOutcome,
  Measure,
  TransferColumnKey,
} from '@leitbild-monitor/shared/contracts';
import { allowedNextStatuses, MEASURE_STATUS_LABELS_DE } from '@leitbild-monitor/shared/domain';
import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogIndex } from './catalog-index';
import {
  cellChangesOf,
  ColumnIndex,
  headerOf,
  ImportRow,
  indexColumns,
  lostCharacterErrors,
  readRow,
  rowErrorOf,
} from './measure-rows';
import { ImportProgressListener, ImportSlicer } from './jobs/import-progress';
import { withErrorCount } from './sheet-columns';
import { readSpreadsheet } from './spreadsheet-reader';

/** Thrown inside the import's transaction to roll it back (dry run, or a commit with errors) with its result. */
class RollBack {
  constructor(readonly result: ImportResult) {}
}

const validation = createValidationPipe();
const LABEL_OF = MEASURE_STATUS_LABELS_DE as Record<string, string>;

/**
 * Imports measures from a spreadsheet. Every row runs through the same service methods as the API's own
 * create, PATCH and status change (validation, rights per record, lifecycle, history, audit, version) inside
 * ONE transaction; each row in a savepoint of its own, so one bad row neither hides the errors of later rows
 * nor leaves anything behind. A dry run, and a commit with any error, roll the whole transaction back.
 */
@Injectable()
export class MeasureImportService {
  constructor(
    private readonly measures: MeasuresService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /**
   * `onProgress` hears how many rows are done as the import goes (see ImportSlicer: the work gives the event loop
   * back every few milliseconds, so other requests are answered while a large file is checked or written).
   */
  async import(
    fileName: string,
    content: Buffer,
    mode: ImportMode,
    context: SignedInContext,
    onProgress?: ImportProgressListener,
  ): Promise<ImportResult> {
    const sheet = await readSpreadsheet(fileName, content);
    const { columns, errors: headerErrors } = indexColumns(sheet.header);
    const run = (manager: EntityManager) =>
      this.importRows(
        manager,
        sheet,
        columns,
        mode,
        context,
        fileName,
        new ImportSlicer(sheet.rows.length, onProgress),
      );
    if (headerErrors.length > 0) {
      // A wrong header makes every row meaningless: report it alone.
      return answer({ mode, created: 0, updated: 0, unchanged: 0, errors: headerErrors, errorCount: 0, rows: [] });
    }
    try {
      return answer(
        // A transaction of its own: a dry run (or a file with errors) rolls back whole, and cheaply.
        await this.transactions.runAlone(async (manager) => {
          const result = await run(manager);
          if (mode === 'commit' && result.errors.length === 0) return result;
          throw new RollBack(result);
        }),
      );
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      // Measures created before the roll-back no longer exist: their ids must not be shown.
      for (const row of error.result.rows) if (row.action === 'create') row.measureId = null;
      return answer(error.result);
    }
  }

  private async importRows(
    manager: EntityManager,
    sheet: Awaited<ReturnType<typeof readSpreadsheet>>,
    columns: ColumnIndex,
    mode: ImportMode,
    context: SignedInContext,
    fileName: string,
    slicer: ImportSlicer,
  ): Promise<ImportResult> {
    const catalogue = await CatalogIndex.load(manager);
    const reading = new ImportSlicer(sheet.rows.length);
    const rows: ImportRow[] = [];
    for (const raw of sheet.rows) {
      rows.push(readRow(raw, sheet.header, columns, catalogue));
      await reading.step(rows.length);
    }
    // The cells are read: a large file's text need not stay in memory while its rows are written.
    sheet.rows.length = 0;
    // Cells the reader could not read (a formula without result) make their row an error row.
    for (const problem of sheet.problems) rows.find((row) => row.row === problem.row)?.errors.unshift(problem);
    const existing = await this.measures.findIn(
      manager,
      rows.flatMap((row) => (row.id ? [row.id] : [])),
    );
    const result: ImportResult = { mode, created: 0, updated: 0, unchanged: 0, errors: [], errorCount: 0, rows: [] };
    const seenIds = new Map<string, number>();
    for (const row of rows) {
      if (row.id) {
        const first = seenIds.get(row.id);
        if (first !== undefined) {
          row.errors.push({
            row: row.row,
            column: sheet.header[columns.get('id') ?? 0],
            message: `the same ID as row ${first}`,
            code: 'duplicate_id',
            params: { row: first },
          });
        } else seenIds.set(row.id, row.row);
      }
      const outcome = await this.importRow(manager, row, existing, sheet.header, columns, catalogue, mode, context);
      row.edit = {};
      result.rows.push(outcome);
      result.errors.push(...row.errors);
      if (outcome.action === 'create') result.created++;
      if (outcome.action === 'update') result.updated++;
      if (outcome.action === 'unchanged') result.unchanged++;
      await slicer.step(result.rows.length);
    }
    slicer.finish();
    if (mode === 'commit' && result.errors.length === 0 && result.created + result.updated > 0) {
      await this.audit.record(manager, context, {
        action: 'measure.import',
        targetType: 'measure',
        details: { file: fileName.slice(0, 200), created: result.created, updated: result.updated },
      });
    }
    return result;
  }

  private async importRow(
    manager: EntityManager,
    row: ImportRow,
    existing: Map<string, Measure>,
    header: string[],
    columns: ColumnIndex,
    catalogue: CatalogIndex,
    mode: ImportMode,
    context: SignedInContext,
  ): Promise<ImportRowOutcome> {
    const outcome = (
      action: ImportRowOutcome['action'],
      measureId: string | null,
      changedFields: string[] = [],
      changes: ImportCellChange[] = [],
    ): ImportRowOutcome => ({
      row: row.row,
      action,
      measureId,
      title: row.title,
      changedFields,
      changes,
    });
    const fail = (error: unknown, fallback: TransferColumnKey) => {
      for (const entry of entriesOf(error)) row.errors.push(rowErrorOf(row.row, entry, header, columns, fallback));
    };
    const current = row.id === null ? undefined : existing.get(row.id);
    // A file of updates may leave out the title: the preview still names the measure.
    if (current) row.title ||= current.title;
    if (row.errors.length > 0) return outcome('error', current ? current.id : null);

    if (row.id === null) {
      const dto = await validated(CreateMeasureDto, row.edit).catch((error) => fail(error, 'title'));
      if (!dto || row.errors.length > 0) return outcome('error', null);
      try {
        const created = await manager.transaction((savepoint) =>
          this.measures.createIn(savepoint, dto, context, {
            status: row.status ?? 'proposed',
            note: row.statusNote,
          }),
        );
        return outcome('create', mode === 'commit' ? created.id : null);
      } catch (error) {
        fail(hasStatus(error, HttpStatus.FORBIDDEN) ? withColumn(error, 'leadActor') : error, 'title');
        return outcome('error', null);
      }
    }

    if (!current) {
      const missing = { problem: problem('not_found', 'ID'), message: `no measure with the ID ${row.id}` };
      row.errors.push(rowErrorOf(row.row, missing, header, columns, 'id'));
      return outcome('error', null);
    }
    const dto = await validated(UpdateMeasureDto, row.edit).catch((error) => fail(error, 'title'));
    if (!dto || row.errors.length > 0) return outcome('error', row.id);
    const fieldChanges = changesOfEdit(current, dto);
    const statusChanges = row.status !== null && row.status !== current.status;
    const changedFields = [...fieldChanges.map((change) => change.field), ...(statusChanges ? ['status'] : [])];
    if (changedFields.length === 0) return outcome('unchanged', row.id);
    const changes = cellChangesOf(
      current,
      fieldChanges,
      statusChanges && row.status ? { status: row.status, note: row.statusNote } : null,
      catalogue,
      (key) => header[columns.get(key) ?? -1] ?? headerOf(key),
    );
    // A file saved in an encoding that lacks some letters must not write "Ay?e" over "Ayşe".
    row.errors.push(...lostCharacterErrors(row.row, changes));
    if (row.errors.length > 0) return outcome('error', row.id, changedFields, changes);
    if (row.version !== null && row.version !== current.version) {
      const stale = {
        problem: problem('version_mismatch', 'If-Match', { current: current.version }),
        message:
          `If-Match: the measure was changed since version ${row.version} (current version ${current.version}); ` +
          'export it again and reapply your edits',
      };
      row.errors.push(rowErrorOf(row.row, stale, header, columns, 'version'));
      return outcome('error', row.id, changedFields, changes);
    }
    try {
      await manager.transaction(async (savepoint) => {
        const { measure } = await this.measures.updateIn(savepoint, row.id as string, current.version, dto, context);
        if (statusChanges && row.status) {
          await this.measures
            .changeStatusIn(
              savepoint,
              measure.id,
              measure.version,
              { status: row.status, note: row.statusNote },
              context,
            )
            .catch((error) => {
              throw hasStatus(error, HttpStatus.CONFLICT) ? transitionError(current, row.status as string) : error;
            });
        }
      });
      return outcome('update', row.id, changedFields, changes);
    } catch (error) {
      fail(
        hasStatus(error, HttpStatus.FORBIDDEN) || hasStatus(error, HttpStatus.NOT_FOUND)
          ? withColumn(error, 'id')
          : error,
        'title',
      );
      return outcome('error', row.id, changedFields, changes);
    }
  }
}

/**
 * The result as answered: every error counted, the first IMPORT_MAX_ERRORS listed (by row, as they were found),
 * so a file with an error in every cell does not make an answer many times its own size.
 */
function answer(result: ImportResult): ImportResult {
  return withErrorCount(result);
}

async function validated<T extends object>(type: new () => T, body: Record<string, unknown>): Promise<T> {
  return (await validation.transform({ ...body }, { type: 'body', metatype: type })) as T;
}

function hasStatus(error: unknown, status: HttpStatus): error is HttpException {
  return error instanceof HttpException && error.getStatus() === status;
}

/** Each problem of a refused row with its sentence; anything but an HTTP error is a fault and rethrown. */
function entriesOf(error: unknown): ProblemWithMessage[] {
  if (error instanceof ApiProblemException) return error.entries;
  if (!(error instanceof HttpException)) throw error;
  const response = error.getResponse();
  const message = typeof response === 'object' ? (response as { message?: unknown }).message : response;
  return genericProblems(error.getStatus()).map((found) => ({ problem: found, message: String(message) }));
}

/** A rights error belongs to a column: the lead actor for a new measure, the ID for an existing one. */
function withColumn(error: HttpException, key: TransferColumnKey): ApiProblemException {
  const field = key === 'leadActor' ? 'leadActorId' : 'ID';
  return ApiProblemException.of(
    error.getStatus(),
    entriesOf(error).map(({ problem: found, message }) => ({
      problem: { ...found, field },
      message: `${field}: ${message}`,
    })),
  );
}

function transitionError(current: Measure, to: string): ApiProblemException {
  const next = allowedNextStatuses(current.status);
  const allowed = next.map((status) => `"${LABEL_OF[status]}"`);
  return conflict(
    'illegal_transition',
    'status',
    `status: a measure cannot change from "${LABEL_OF[current.status]}" to "${LABEL_OF[to]}" in one step; ` +
      `from "${LABEL_OF[current.status]}" it can change to ${allowed.join(', ') || 'nothing'}`,
    { from: current.status, to, allowed: next },
  );
}
