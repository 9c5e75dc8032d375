import { MeasureFilters, MeasuresService } from '@leitbild-monitor/api/measures';
import type {
  ExportFormat,
  MeasureListItem,
  OpenDataColumnHeader,
  OpenDataFormat,
  OpenDataRecord,
} from '@leitbild-monitor/shared/contracts';
import { OPEN_DATA_COLUMNS, TRANSFER_LIST_SEPARATOR } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUS_LABELS_DE } from '@leitbild-monitor/shared/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogIndex } from './catalog-index';
import { recordCells, TRANSFER_SHEET_COLUMNS, transferRecordOf } from './measure-rows';
import { CellValue, CONTENT_TYPES, datedFileName, SheetColumn, writeCsv, writeXlsx } from './spreadsheet-writer';

export interface ExportFile {
  content: Buffer;
  contentType: string;
  fileName: string;
}

const OPEN_DATA_SHEET_COLUMNS: SheetColumn[] = OPEN_DATA_COLUMNS.map((column) => ({ header: column.header }));

/** The register as a file in the import format, and the published measures as open data. */
@Injectable()
export class MeasureExportService {
  constructor(
    private readonly measures: MeasuresService,
    private readonly dataSource: DataSource,
  ) {}

  /** Every measure matching the list's filters, in exactly the columns and labels the import reads. */
  async export(filters: MeasureFilters, format: ExportFormat): Promise<ExportFile> {
    const [items, catalogue] = await Promise.all([
      this.measures.listAll(filters),
      CatalogIndex.load(this.dataSource.manager),
    ]);
    const records = items.map((measure) => transferRecordOf(measure, catalogue));
    const stem = 'massnahmen';
    if (format === 'json') return jsonFile(records, stem);
    const rows = records.map((record) => recordCells(record, TRANSFER_SHEET_COLUMNS));
    if (format === 'xlsx') {
      return {
        content: await writeXlsx('Maßnahmen', TRANSFER_SHEET_COLUMNS, rows),
        contentType: CONTENT_TYPES.xlsx,
        fileName: datedFileName(stem, 'xlsx'),
      };
    }
    return {
      content: writeCsv(TRANSFER_SHEET_COLUMNS, rows),
      contentType: CONTENT_TYPES.csv,
      fileName: datedFileName(stem, 'csv'),
    };
  }

  /**
   * Published measures only, built field by field from an allow-list (OPEN_DATA_COLUMNS): no contact person,
   * no internal notes, no feasibility reasoning, no version.
   */
  async openData(filters: MeasureFilters, format: OpenDataFormat): Promise<ExportFile> {
    const [items, catalogue] = await Promise.all([
      this.measures.listAll(filters, { publicOnly: true }),
      CatalogIndex.load(this.dataSource.manager),
    ]);
    const records = items.map((measure) => openDataRecordOf(measure, catalogue));
    const stem = 'massnahmen-offene-daten';
    if (format === 'json') return jsonFile(records, stem);
    const rows = records.map((record) =>
      recordCells(record, OPEN_DATA_SHEET_COLUMNS as { header: OpenDataColumnHeader }[]),
    );
    return {
      content: writeCsv(OPEN_DATA_SHEET_COLUMNS, rows),
      contentType: CONTENT_TYPES.csv,
      fileName: datedFileName(stem, 'csv'),
    };
  }
}

function jsonFile(records: object[], stem: string): ExportFile {
  return {
    content: Buffer.from(JSON.stringify(records, null, 1), 'utf8'),
    contentType: CONTENT_TYPES.json,
    fileName: datedFileName(stem, 'json'),
  };
}

function openDataRecordOf(measure: MeasureListItem, catalogue: CatalogIndex): OpenDataRecord {
  const values: Record<(typeof OPEN_DATA_COLUMNS)[number]['key'], CellValue> = {
    id: measure.id,
    title: measure.title,
    description: measure.description,
    fieldOfAction: measure.fieldOfActionName,
    status: MEASURE_STATUS_LABELS_DE[measure.status],
    progress: measure.progress,
    plannedStart: measure.plannedStart,
    plannedEnd: measure.plannedEnd,
    actualStart: measure.actualStart,
    actualEnd: measure.actualEnd,
    leadActor: measure.leadActorName,
    partnerActors: catalogue.actorNames(measure.partnerActorIds).join(TRANSFER_LIST_SEPARATOR) || null,
    guidelines: catalogue.guidelineCodes(measure.guidelineIds).join(TRANSFER_LIST_SEPARATOR) || null,
    overdue: measure.overdue,
    updatedAt: measure.updatedAt,
  };
  return Object.fromEntries(OPEN_DATA_COLUMNS.map((column) => [column.header, values[column.key]])) as OpenDataRecord;
}
