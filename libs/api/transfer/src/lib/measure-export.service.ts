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
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { CatalogIndex } from './catalog-index';
import { recordCells, TRANSFER_SHEET_COLUMNS, transferRecordOf } from './measure-rows';
import {
  CellValue,
  CONTENT_TYPES,
  datedFileName,
  SheetColumn,
  WRITE_SLICE_ROWS,
  writeCsv,
  writeXlsx,
} from './spreadsheet-writer';

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
    const records = await mapInSlices(items, (measure) => transferRecordOf(measure, catalogue));
    const stem = 'massnahmen';
    if (format === 'json') return jsonFile(records, stem);
    const rows = await mapInSlices(records, (record) => recordCells(record, TRANSFER_SHEET_COLUMNS));
    if (format === 'xlsx') {
      return {
        content: await writeXlsx('Maßnahmen', TRANSFER_SHEET_COLUMNS, rows),
        contentType: CONTENT_TYPES.xlsx,
        fileName: datedFileName(stem, 'xlsx'),
      };
    }
    return {
      content: await writeCsv(TRANSFER_SHEET_COLUMNS, rows),
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
    const records = await mapInSlices(items, (measure) => openDataRecordOf(measure, catalogue));
    const stem = 'massnahmen-offene-daten';
    if (format === 'json') return jsonFile(records, stem);
    const rows = await mapInSlices(records, (record) =>
      recordCells(record, OPEN_DATA_SHEET_COLUMNS as { header: OpenDataColumnHeader }[]),
    );
    return {
      content: await writeCsv(OPEN_DATA_SHEET_COLUMNS, rows),
      contentType: CONTENT_TYPES.csv,
      fileName: datedFileName(stem, 'csv'),
    };
  }
}

/** `items.map(map)` in slices with a turn of the event loop between them: 100,000 measures took a second. */
async function mapInSlices<T, R>(items: T[], map: (item: T) => R): Promise<R[]> {
  const mapped: R[] = [];
  for (let start = 0; start < items.length; start += WRITE_SLICE_ROWS) {
    if (start > 0) await nextTurn();
    for (const item of items.slice(start, start + WRITE_SLICE_ROWS)) mapped.push(map(item));
  }
  return mapped;
}

/**
 * The records as a JSON array, laid out as `JSON.stringify(records, null, 1)` lays it out, written in slices with a
 * turn of the event loop between them (the whole register is 80 MB of JSON).
 */
async function jsonFile(records: object[], stem: string): Promise<ExportFile> {
  const parts: string[] = [];
  for (let start = 0; start < records.length; start += WRITE_SLICE_ROWS) {
    await nextTurn();
    for (const record of records.slice(start, start + WRITE_SLICE_ROWS))
      parts.push(` ${JSON.stringify(record, null, 1).replace(/\n/g, '\n ')}`);
  }
  return {
    content: Buffer.from(parts.length === 0 ? '[]' : `[\n${parts.join(',\n')}\n]`, 'utf8'),
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
