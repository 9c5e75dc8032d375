import { ApiProblemException, SignedInContext, TransactionRunner } from '@leitbild-monitor/api/platform';
import {
  ImportSlicer,
  lostCharacters,
  lostCharactersMessage,
  readSpreadsheet,
  spreadsheetKind,
  withErrorCount,
} from '@leitbild-monitor/api/transfer';
import type {
  ImportError,
  ImportMode,
  IndicatorValueColumnKey,
  IndicatorValueImportResult,
  IndicatorValueImportRow,
} from '@leitbild-monitor/shared/contracts';
import { mayWriteIndicator } from '@leitbild-monitor/shared/domain';
import { HttpException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IndicatorEntity, IndicatorValueEntity } from '../indicator.entity';
import { indicatorCodeKey, IndicatorsService } from '../indicators.service';
import { indexValueColumns, readValueRow, ValueColumnIndex, ValueRow } from './indicator-value-rows';

/** Thrown inside the import's transaction to roll it back (dry run, or a commit with errors) with its result. */
class RollBack {
  constructor(readonly result: IndicatorValueImportResult) {}
}

type Result = Omit<IndicatorValueImportResult, 'errorCount'>;

/**
 * Imports indicator values from a spreadsheet (columns Code, Datum, Wert, Anmerkung; the export is its template).
 * It reads the file with the measure import's reader (the same limits on size, rows, columns and unpacked xlsx, the
 * same encodings) and writes every row through the service's own write of a value (rights per indicator, history,
 * audit, version, state) inside ONE transaction, each row in a savepoint of its own. A dry run, and a commit with
 * any error, roll the whole transaction back: all or nothing.
 */
@Injectable()
export class IndicatorValuesImportService {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly transactions: TransactionRunner,
  ) {}

  async import(
    fileName: string,
    content: Buffer,
    mode: ImportMode,
    context: SignedInContext,
  ): Promise<IndicatorValueImportResult> {
    const sheet = await readSpreadsheet(fileName, content);
    // A CSV file from German Excel writes 1234 formatted as "1.234"; an xlsx number cell arrives as "1234".
    const groupingDots = spreadsheetKind(fileName, content) === 'csv';
    const { columns, errors: headerErrors } = indexValueColumns(sheet.header);
    if (headerErrors.length > 0) {
      // A wrong header makes every row meaningless: report it alone.
      return withErrorCount({ mode, created: 0, updated: 0, unchanged: 0, errors: headerErrors, rows: [] });
    }
    const rows = sheet.rows.map((raw) => readValueRow(raw, sheet.header, columns, { groupingDots }));
    // Cells the reader could not read (a formula without result) make their row an error row.
    for (const problem of sheet.problems) rows.find((row) => row.row === problem.row)?.errors.unshift(problem);
    try {
      return withErrorCount(
        await this.transactions.run(async (manager) => {
          const result = await this.importRows(manager, rows, sheet.header, columns, mode, context, fileName);
          if (mode === 'commit' && result.errors.length === 0) return result;
          throw new RollBack(withErrorCount(result));
        }),
      );
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      return error.result;
    }
  }

  private async importRows(
    manager: EntityManager,
    rows: ValueRow[],
    header: string[],
    columns: ValueColumnIndex,
    mode: ImportMode,
    context: SignedInContext,
    fileName: string,
  ): Promise<Result> {
    const indicators = await this.indicators.findByCodes(
      manager,
      rows.map((row) => row.code).filter((code) => code !== ''),
    );
    const stored = await this.indicators.valuesOf(
      manager,
      [...indicators.values()].map((indicator) => indicator.id),
    );
    const columnOf = (key: IndicatorValueColumnKey) => header[columns.get(key) ?? -1] ?? key;
    const result: Result = { mode, created: 0, updated: 0, unchanged: 0, errors: [], rows: [] };
    const seen = new Map<string, number>();
    // Gives the event loop back every few milliseconds, as the measure import does: other requests are answered
    // while a large file is checked; the rows stay in one transaction.
    const slicer = new ImportSlicer(rows.length);
    for (const row of rows) {
      const indicator = indicators.get(indicatorCodeKey(row.code));
      const fail = (key: IndicatorValueColumnKey, error: Omit<ImportError, 'row' | 'column'>) =>
        row.errors.push({ row: row.row, column: columnOf(key), ...error });
      if (row.code !== '' && !indicator) {
        fail('code', {
          message: `no indicator has the code "${row.code}"`,
          code: 'unknown_reference',
          params: {},
        });
      }
      if (indicator && row.date) {
        const key = `${indicator.id}|${row.date}`;
        const first = seen.get(key);
        if (first !== undefined) {
          fail('date', {
            message: `the same indicator and date as row ${first}`,
            code: 'duplicate_entry',
            params: { row: first },
          });
        } else seen.set(key, row.row);
      }
      if (indicator && !mayWriteIndicator(context.principal, indicator)) {
        fail('code', {
          message: `you may change only indicators your actor is responsible for; "${indicator.code}" is not one of them`,
          code: 'not_responsible_actor',
          params: {},
        });
      }
      const existing = indicator ? stored.get(indicator.id)?.find((value) => value.date === row.date) : undefined;
      // A file saved in an encoding that lacks some letters must not write "Ay?e" over "Ayşe".
      if (existing?.note && row.note && lostCharacters(existing.note, row.note)) {
        fail('note', {
          message: lostCharactersMessage(columnOf('note'), existing.note, row.note),
          code: 'characters_lost',
          params: {},
        });
      }
      const outcome = await this.importRow(manager, row, indicator, existing, context, columnOf('value'));
      result.rows.push(outcome);
      result.errors.push(...row.errors);
      if (outcome.action === 'create') result.created++;
      if (outcome.action === 'update') result.updated++;
      if (outcome.action === 'unchanged') result.unchanged++;
      await slicer.step(result.rows.length);
    }
    if (mode === 'commit' && result.errors.length === 0 && result.created + result.updated > 0) {
      await this.indicators.recordImport(manager, context, {
        file: fileName.slice(0, 200),
        created: result.created,
        updated: result.updated,
      });
    }
    return result;
  }

  private async importRow(
    manager: EntityManager,
    row: ValueRow,
    indicator: IndicatorEntity | undefined,
    existing: IndicatorValueEntity | undefined,
    context: SignedInContext,
    valueColumn: string,
  ): Promise<IndicatorValueImportRow> {
    const outcome = (action: IndicatorValueImportRow['action']): IndicatorValueImportRow => ({
      row: row.row,
      action,
      indicatorId: indicator?.id ?? null,
      code: indicator?.code ?? row.code,
      date: row.date,
      from: existing?.value ?? null,
      to: row.value,
    });
    if (row.errors.length > 0 || !indicator || row.date === null || row.value === null) return outcome('error');
    const { date, value } = row;
    try {
      const written = await manager.transaction((savepoint) =>
        this.indicators.putValueIn(savepoint, indicator.id, null, date, { value, note: row.note }, context),
      );
      return outcome(written.action);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const entries =
        error instanceof ApiProblemException
          ? error.entries
          : [{ problem: { field: null, code: 'request_failed' as const, params: {} }, message: error.message }];
      for (const { problem, message } of entries) {
        row.errors.push({ row: row.row, column: valueColumn, message, code: problem.code, params: problem.params });
      }
      return outcome('error');
    }
  }
}
