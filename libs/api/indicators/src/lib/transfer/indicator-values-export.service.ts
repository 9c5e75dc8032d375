import type { CellValue, ExportFile, SheetColumn } from '@leitbild-monitor/api/transfer';
import { CONTENT_TYPES, datedFileName, writeCsv, writeXlsx } from '@leitbild-monitor/api/transfer';
import { FieldOfActionEntity } from '@leitbild-monitor/api/catalog';
import type {
  IndicatorExportFormat,
  IndicatorOpenDataRecord,
  OpenDataFormat,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_OPEN_DATA_COLUMNS, INDICATOR_VALUE_COLUMNS } from '@leitbild-monitor/shared/contracts';
import { INDICATOR_TREND_LABELS_DE } from '@leitbild-monitor/shared/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sortedByDate } from '../indicator-view';
import { IndicatorsService } from '../indicators.service';

const VALUE_SHEET_COLUMNS: SheetColumn[] = INDICATOR_VALUE_COLUMNS.map((column) => ({
  header: column.header,
  kind: column.key === 'date' ? 'date' : 'text',
  width: { code: 14, name: 50, date: 12, value: 14, note: 50 }[column.key],
}));

const OPEN_DATA_SHEET_COLUMNS: SheetColumn[] = INDICATOR_OPEN_DATA_COLUMNS.map((column) => ({ header: column.header }));

/** The values of the indicators as the import's template, and those of the public indicators as open data. */
@Injectable()
export class IndicatorValuesExportService {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Every value of every indicator (by code, then date) in the columns the import reads: CSV as German Excel opens
   * it (decimal comma, `;`, UTF-8 with BOM), or xlsx with number and date cells.
   */
  async export(format: IndicatorExportFormat): Promise<ExportFile> {
    const all = await this.indicators.listAllWithSeries(this.dataSource.manager);
    const rows: CellValue[][] = all.flatMap(({ entity, series }) =>
      sortedByDate(series.values).map((value) => [entity.code, entity.name, value.date, value.value, value.note]),
    );
    const stem = 'kennzahlen-werte';
    if (format === 'xlsx') {
      return {
        content: await writeXlsx('Werte', VALUE_SHEET_COLUMNS, rows),
        contentType: CONTENT_TYPES.xlsx,
        fileName: datedFileName(stem, 'xlsx'),
      };
    }
    return {
      content: await writeCsv(VALUE_SHEET_COLUMNS, rows, { decimalComma: true }),
      contentType: CONTENT_TYPES.csv,
      fileName: datedFileName(stem, 'csv'),
    };
  }

  /**
   * Open data: every value and goal of the public indicators, built column by column from an allow-list
   * (INDICATOR_OPEN_DATA_COLUMNS): no notes, nobody's name, nothing of indicators that are not public.
   */
  async openData(format: OpenDataFormat): Promise<ExportFile> {
    const manager = this.dataSource.manager;
    const all = await this.indicators.listAllWithSeries(manager, { publicOnly: true });
    const fieldName = new Map((await manager.find(FieldOfActionEntity)).map((field) => [field.id, field.name]));
    const records: IndicatorOpenDataRecord[] = all.flatMap(({ entity, series }) => {
      const record = (kind: string, point: { date: string; value: number }): IndicatorOpenDataRecord => {
        const values: Record<(typeof INDICATOR_OPEN_DATA_COLUMNS)[number]['key'], string | number | null> = {
          code: entity.code,
          name: entity.name,
          unit: entity.unit,
          fieldOfAction: fieldName.get(entity.fieldOfActionId) ?? null,
          desiredTrend: INDICATOR_TREND_LABELS_DE[entity.desiredTrend],
          source: entity.source,
          kind,
          date: point.date,
          value: point.value,
        };
        return Object.fromEntries(
          INDICATOR_OPEN_DATA_COLUMNS.map((column) => [column.header, values[column.key]]),
        ) as IndicatorOpenDataRecord;
      };
      return [
        ...sortedByDate(series.values).map((value) => record('Wert', value)),
        ...sortedByDate(series.goals).map((goal) => record('Ziel', goal)),
      ];
    });
    const stem = 'kennzahlen-offene-daten';
    if (format === 'json') {
      return {
        content: Buffer.from(JSON.stringify(records, null, 1), 'utf8'),
        contentType: CONTENT_TYPES.json,
        fileName: datedFileName(stem, 'json'),
      };
    }
    const rows = records.map((record) =>
      OPEN_DATA_SHEET_COLUMNS.map((column) => record[column.header as keyof IndicatorOpenDataRecord]),
    );
    return {
      content: await writeCsv(OPEN_DATA_SHEET_COLUMNS, rows, { decimalComma: true }),
      contentType: CONTENT_TYPES.csv,
      fileName: datedFileName(stem, 'csv'),
    };
  }
}
