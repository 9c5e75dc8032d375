import { ANY_SIGNED_IN, CurrentContext, MEASURE_WRITERS, Roles, SignedInContext } from '@leitbild-monitor/api/platform';
import { CONTENT_TYPES, ImportLocks, readUploadedFile, sendFile } from '@leitbild-monitor/api/transfer';
import type { IndicatorValueImportResult } from '@leitbild-monitor/shared/contracts';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ERRORS,
  IMPORT_MAX_ROWS,
} from '@leitbild-monitor/shared/contracts';
import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
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
import { IndicatorValuesExportService } from './indicator-values-export.service';
import { IndicatorValuesImportService } from './indicator-values-import.service';
import {
  IndicatorValueImportResultDto,
  IndicatorValuesExportQuery,
  IndicatorValuesImportQuery,
} from './indicator-values-transfer.dto';

const COLUMNS_NOTE =
  'Columns (German headers, first row): Code (of the indicator), Kennzahl (its name, for orientation; not read), ' +
  'Datum (31.12.2024 or 2024-12-31), Wert (12,5 — in CSV files also 1.234 for 1234 — or 12.5), Anmerkung ' +
  '(optional; an empty cell clears the note, a file without the column keeps it).';

/** Indicator values in and out of spreadsheets: the same reader, limits and answers as the measure import. */
@ApiTags('indicators')
@Controller('indicators/values')
export class IndicatorValuesTransferController {
  constructor(
    private readonly importer: IndicatorValuesImportService,
    private readonly exporter: IndicatorValuesExportService,
    private readonly locks: ImportLocks,
  ) {}

  @Roles(...MEASURE_WRITERS)
  @Post('import')
  @ApiOperation({
    summary: 'Import indicator values from a CSV or Excel file',
    description:
      'Each row enters (or corrects) the value of an indicator at a date, through the same rules as ' +
      'PUT /indicators/{id}/values/{date} without If-Match: rights per indicator (editors of an actor only for the ' +
      'indicators it is responsible for), history, audit, state. `dry-run` reports row by row what would happen and ' +
      'every error; `commit` writes all rows in one transaction, or nothing when any row has an error (422, same ' +
      `body). \`errors\` lists the first ${IMPORT_MAX_ERRORS} errors by row, \`errorCount\` counts them all. CSV: ` +
      '`;` or `,`, UTF-8 (with or without BOM) or Windows-1252. ' +
      `At most ${IMPORT_MAX_BYTES / 1024 / 1024} MB, ${IMPORT_MAX_ROWS} rows and ${IMPORT_MAX_COLUMNS} columns; ` +
      'one import per user at a time (429 `import_in_progress`). ' +
      COLUMNS_NOTE,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'A .csv or .xlsx file' } },
    },
  })
  @ApiOkResponse({
    type: IndicatorValueImportResultDto,
    description: 'The dry run, or the commit that wrote every row.',
  })
  @ApiUnprocessableEntityResponse({
    type: IndicatorValueImportResultDto,
    description: 'A commit with errors; nothing was written.',
  })
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
    @Query() query: IndicatorValuesImportQuery,
    @Req() request: FastifyRequest,
    @CurrentContext() context: SignedInContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // The lock is the measure import's: one import per user, whatever it imports. Taken before the file is read.
    const result: IndicatorValueImportResult = await this.locks.runExclusive(context.principal.userId, async () => {
      const { fileName, content } = await readUploadedFile(request);
      return this.importer.import(fileName, content, query.mode, context);
    });
    const failed = query.mode === 'commit' && result.errorCount > 0;
    await reply
      .status(failed ? 422 : 200)
      .header('content-type', CONTENT_TYPES.json)
      .send(result);
  }

  @Roles(...ANY_SIGNED_IN)
  @Get('export')
  @ApiOperation({
    summary: 'Every value of every indicator as CSV or Excel: the template of the import',
    description:
      'One row per value, by code and date. CSV with `;`, decimal commas and UTF-8 BOM as German Excel opens it; ' +
      `xlsx with number and date cells. ${COLUMNS_NOTE}`,
  })
  @ApiOkResponse({
    description: 'The file, as an attachment named kennzahlen-werte-<date>.<format>.',
    content: {
      [CONTENT_TYPES.csv]: { schema: { type: 'string' } },
      [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
    },
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="kennzahlen-werte-2026-11-23.csv"',
        schema: { type: 'string' },
      },
    },
  })
  async export(
    @Query() query: IndicatorValuesExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendFile(reply, await this.exporter.export(query.format ?? 'csv'));
  }
}
