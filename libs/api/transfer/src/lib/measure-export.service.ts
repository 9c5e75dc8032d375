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
import { Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { CatalogIndex } from './catalog-index';
import { recordCells, TRANSFER_SHEET_COLUMNS, transferRecordOf } from './measure-rows';
import { CellValue, CONTENT_TYPES, csvChunks, datedFileName, SheetColumn, xlsxStream } from './spreadsheet-writer';

export interface ExportFile<Content extends Buffer | Readable = Buffer> {
  /** The whole file, or the file as it is being written (an export of the register, streamed to the client). */
  content: Content;
  contentType: string;
  fileName: string;
}

const OPEN_DATA_SHEET_COLUMNS: SheetColumn[] = OPEN_DATA_COLUMNS.map((column) => ({ header: column.header }));

/**
 * The register as a file in the import format, and the published measures as open data. Both are streams written
 * while the client downloads them, slice by slice from the database: the 100,000 measures of a city's register were
 * half a gigabyte of memory as records, rows and file at once. The first slice is read before the answer starts, so
 * a failure there (the database) is still an error answer; a failure later destroys the stream, and with it the
 * download, which the client sees broken rather than as a complete-looking, shorter file.
 */
@Injectable()
export class MeasureExportService {
  private readonly logger = new Logger(MeasureExportService.name);

  constructor(
    private readonly measures: MeasuresService,
    private readonly dataSource: DataSource,
  ) {}

  /** Every measure matching the list's filters, in exactly the columns and labels the import reads. */
  async export(filters: MeasureFilters, format: ExportFormat): Promise<ExportFile<Readable>> {
    const register = this.measures.eachSlice(filters);
    const [slices, catalogue] = await Promise.all([startedEarly(register), CatalogIndex.load(this.dataSource.manager)]);
    const records = mapSlices(slices, (measure) => transferRecordOf(measure, catalogue));
    const fileName = datedFileName('massnahmen', format);
    if (format === 'json') return this.file(jsonChunks(records), register, CONTENT_TYPES.json, fileName);
    const rows = mapSlices(records, (record) => recordCells(record, TRANSFER_SHEET_COLUMNS));
    if (format === 'xlsx') {
      const content = xlsxStream('Maßnahmen', TRANSFER_SHEET_COLUMNS, this.guarded(rows, register, fileName));
      return { content, contentType: CONTENT_TYPES.xlsx, fileName };
    }
    return this.file(csvChunks(TRANSFER_SHEET_COLUMNS, rows), register, CONTENT_TYPES.csv, fileName);
  }

  /**
   * Published measures only, built field by field from an allow-list (OPEN_DATA_COLUMNS): no contact person,
   * no internal notes, no feasibility reasoning, no version.
   */
  async openData(filters: MeasureFilters, format: OpenDataFormat): Promise<ExportFile<Readable>> {
    const register = this.measures.eachSlice(filters, { publicOnly: true });
    const [slices, catalogue] = await Promise.all([startedEarly(register), CatalogIndex.load(this.dataSource.manager)]);
    const records = mapSlices(slices, (measure) => openDataRecordOf(measure, catalogue));
    const fileName = datedFileName('massnahmen-offene-daten', format);
    if (format === 'json') return this.file(jsonChunks(records), register, CONTENT_TYPES.json, fileName);
    const rows = mapSlices(records, (record) =>
      recordCells(record, OPEN_DATA_SHEET_COLUMNS as { header: OpenDataColumnHeader }[]),
    );
    return this.file(csvChunks(OPEN_DATA_SHEET_COLUMNS, rows), register, CONTENT_TYPES.csv, fileName);
  }

  /**
   * The text as a byte stream that asks for its next piece only when the reader took the last one (Readable.from
   * reads ahead only while its buffer is below the high-water mark): a slow download holds a slice, not the file.
   */
  private file(
    text: AsyncGenerator<string>,
    register: AsyncGenerator<unknown>,
    contentType: string,
    fileName: string,
  ): ExportFile<Readable> {
    return {
      content: Readable.from(this.guarded(text, register, fileName), { objectMode: false }),
      contentType,
      fileName,
    };
  }

  /**
   * The pieces of the file, and two duties when it ends. A failure of its own making (a slice that cannot be read)
   * is logged, as the client only sees the download break off; a download cancelled by the client (its error is
   * thrown into the generator, not out of `next`) is not. And the register's reading is closed however the file
   * ends: a generator that has not reached its loop yet (the CSV's header) does not pass a cancellation on.
   */
  private async *guarded<T>(pieces: AsyncGenerator<T>, register: AsyncGenerator<unknown>, fileName: string) {
    try {
      for (;;) {
        const next = await pieces.next().catch((error: unknown) => {
          this.logger.error(`The export ${fileName} failed while it was sent; the download was broken off.`, error);
          throw error;
        });
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await pieces.return(undefined);
      await register.return(undefined);
    }
  }
}

/**
 * The slices with the first one read already: awaited before the answer starts, so that a failure of the first
 * query is an error answer (a problem document), not a broken download.
 */
async function startedEarly<T>(slices: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await slices.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* slices;
  })();
}

/** Each slice mapped item by item, as the slice is asked for. */
async function* mapSlices<T, R>(slices: AsyncIterable<T[]>, map: (item: T) => R): AsyncGenerator<R[]> {
  for await (const slice of slices) yield slice.map(map);
}

/**
 * The records as a JSON array, laid out as `JSON.stringify(records, null, 1)` lays it out, one piece of text per
 * slice (the whole register is 80 MB of JSON).
 */
async function* jsonChunks(slices: AsyncIterable<object[]>): AsyncGenerator<string> {
  let first = true;
  for await (const records of slices) {
    await nextTurn();
    if (records.length === 0) continue;
    const parts = records.map((record) => ` ${JSON.stringify(record, null, 1).replace(/\n/g, '\n ')}`);
    yield `${first ? '[\n' : ',\n'}${parts.join(',\n')}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
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
