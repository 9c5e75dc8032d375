import { ANY_SIGNED_IN, CurrentContext, MEASURE_WRITERS, Roles, SignedInContext } from '@leitbild-monitor/api/platform';
import type { ImportResult } from '@leitbild-monitor/shared/contracts';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ERRORS,
  IMPORT_MAX_ROWS,
} from '@leitbild-monitor/shared/contracts';
import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiHeader,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { ImportResultDto } from './dto/import-result.dto';
import { ExportMeasuresQuery, ImportQuery } from './dto/transfer.query';
import { ImportLocks } from './import-locks';
import { ImportJobDto } from './jobs/import-job.dto';
import { ImportJobs } from './jobs/import-jobs';
import { ExportFile, MeasureExportService } from './measure-export.service';
import { MeasureImportService } from './measure-import.service';
import { readUploadedFile } from './uploads';
import { attachment, CONTENT_TYPES } from './spreadsheet-writer';

const COLUMNS_NOTE =
  'Columns (German headers, first row): ID, Version, Titel, Beschreibung, Handlungsfeld, Status, Statusbegründung, ' +
  'Fortschritt, Geplanter Beginn, Geplantes Ende, Tatsächlicher Beginn, Tatsächliches Ende, Federführung, ' +
  'Beteiligte, Leitsätze, Herkunft, Umsetzbarkeit, Begründung der Umsetzbarkeit, Öffentlich, ' +
  'Name der Ansprechperson, E-Mail der Ansprechperson, Drucksachen (council papers: `21-1234 https://…; 21-2000`).';

/** Whether the client asked for an asynchronous answer (RFC 7240). */
export function prefersAsync(request: FastifyRequest): boolean {
  const prefer = request.headers['prefer'];
  const values = (Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '')).split(/[,;]/);
  return values.some((value) => value.trim().toLowerCase() === 'respond-async');
}

/** The download bodies as the OpenAPI document describes them. */
export const DOWNLOAD_CONTENT = {
  [CONTENT_TYPES.csv]: { schema: { type: 'string' } },
  [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
  [CONTENT_TYPES.json]: { schema: { type: 'array', items: { type: 'object' } } },
};

@ApiTags('measures')
@Controller('measures')
export class TransferController {
  constructor(
    private readonly importer: MeasureImportService,
    private readonly exporter: MeasureExportService,
    private readonly locks: ImportLocks,
    private readonly jobs: ImportJobs,
  ) {}

  @Roles(...MEASURE_WRITERS)
  @Post('import')
  @ApiOperation({
    summary: 'Import measures from a CSV or Excel file',
    description:
      'A row with an ID updates that measure (through the same rules as PATCH and the status change), a row ' +
      'without one creates a measure. `dry-run` reports row by row what would happen and every error; `commit` ' +
      'writes all rows in one transaction, or nothing when any row has an error (422, same body). `errors` lists ' +
      `the first ${IMPORT_MAX_ERRORS} errors by row, \`errorCount\` counts them all. CSV: \`;\` or \`,\`, ` +
      'UTF-8 (with or without BOM) or Windows-1252; dates as 31.12.2027 or 2027-12-31. ' +
      `At most ${IMPORT_MAX_BYTES / 1024 / 1024} MB, ${IMPORT_MAX_ROWS} rows and ${IMPORT_MAX_COLUMNS} columns; an ` +
      'xlsx file may unpack to at most 100 MB. One import per user at a time: a second one while the first runs is ' +
      `refused with 429 (\`import_in_progress\`). Sent with \`Prefer: respond-async\` (as the import page does), ` +
      'the import runs as a job: the answer is `202` with `Location: /api/v1/imports/:jobId`, where the job shows ' +
      'its progress (rows done of rows in all) and, at the end, the body this answer would have had. Without the ' +
      'header the answer is synchronous, whatever the size of the file. Either way other requests are answered ' +
      `while an import runs. ${COLUMNS_NOTE}`,
  })
  @ApiHeader({
    name: 'Prefer',
    required: false,
    description: '`respond-async`: run the import as a job and answer `202` at once (RFC 7240).',
    schema: { type: 'string' },
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'A .csv or .xlsx file' } },
    },
  })
  @ApiOkResponse({ type: ImportResultDto, description: 'The dry run, or the commit that wrote every row.' })
  @ApiAcceptedResponse({
    type: ImportJobDto,
    description: 'Sent with `Prefer: respond-async`: the import runs as a job; poll the `Location`.',
    headers: {
      Location: { description: 'The job: /api/v1/imports/{jobId}', schema: { type: 'string' } },
    },
  })
  @ApiUnprocessableEntityResponse({ type: ImportResultDto, description: 'A commit with errors; nothing was written.' })
  @ApiPayloadTooLargeResponse({
    description:
      `The file exceeds ${IMPORT_MAX_BYTES} bytes (\`payload_too_large\`), ${IMPORT_MAX_ROWS} rows ` +
      `(\`too_many_rows\`) or ${IMPORT_MAX_COLUMNS} columns (\`too_many_columns\`), or an xlsx file unpacks to ` +
      'more than it may or than it declares (`payload_too_large`).',
  })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a multipart upload, or neither a .csv nor an .xlsx file.' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many requests from this client address (`rate_limited`), or an import of the same user is still ' +
      'running (`import_in_progress`); nothing was read.',
  })
  async import(
    @Query() query: ImportQuery,
    @Req() request: FastifyRequest,
    @CurrentContext() context: SignedInContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // The lock is taken before the file is read: a second upload of the same user is refused unread. A job keeps
    // it until the job ends, so its owner still runs one import at a time.
    let announce: (job: ImportJobDto) => void = () => undefined;
    const started = new Promise<ImportJobDto>((resolve) => (announce = resolve));
    const whole = this.locks.runExclusive(context.principal.userId, async (): Promise<ImportResult | null> => {
      const { fileName, content } = await readUploadedFile(request);
      if (!prefersAsync(request)) {
        return this.importer.import(fileName, content, query.mode, context);
      }
      const { job, finished } = this.jobs.start(context.principal.userId, query.mode, (progress) =>
        this.importer.import(fileName, content, query.mode, context, progress),
      );
      announce(job);
      await finished;
      return null;
    });
    const first = await Promise.race([whole.then((result) => ({ result })), started.then((job) => ({ job }))]);
    if ('job' in first) {
      await reply
        .status(202)
        .header('location', `/api/v1/imports/${first.job.id}`)
        .header('content-type', CONTENT_TYPES.json)
        .send(first.job);
      return;
    }
    const result = first.result as ImportResult;
    const failed = query.mode === 'commit' && result.errorCount > 0;
    await reply
      .status(failed ? 422 : 200)
      .header('content-type', CONTENT_TYPES.json)
      .send(result);
  }

  @Roles(...ANY_SIGNED_IN)
  @Get('export')
  @ApiOperation({
    summary: 'The (filtered) register as CSV, Excel or JSON, in the import format',
    description:
      'Accepts the filters and sort of GET /measures; every matching measure, no paging. CSV with `;` and UTF-8 ' +
      'BOM as German Excel opens it; text cells a spreadsheet would run as formulas get a leading apostrophe, ' +
      `which the import removes again. JSON: an array of objects keyed by the column headers. ${COLUMNS_NOTE}`,
  })
  @ApiOkResponse({
    description: 'The file, as an attachment named massnahmen-<date>.<format>.',
    content: DOWNLOAD_CONTENT,
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="massnahmen-2026-11-23.csv"',
        schema: { type: 'string' },
      },
    },
  })
  async export(
    @Query() query: ExportMeasuresQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Readable> {
    const { format = 'csv', ...filters } = query;
    return sendFile(reply, await this.exporter.export(filters, format));
  }
}

/**
 * The file as an attachment, never kept by a cache. A stream goes out as it is written (chunked, without a length),
 * and its headers at once, when Fastify pipes it to the answer: Fastify destroys the connection when a stream fails
 * after the headers went out, so a broken export never arrives as a shorter file that looks complete. Without that,
 * a compressed answer whose first bytes were still in zlib would turn a failure into an error document sent under
 * the file's headers (an attachment, gzip).
 */
export function sendFile<Content extends Buffer | Readable>(reply: FastifyReply, file: ExportFile<Content>): Content {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachment(file.fileName))
    .header('cache-control', 'no-store');
  if (!Buffer.isBuffer(file.content)) reply.raw.once('pipe', () => reply.raw.flushHeaders());
  return file.content;
}
