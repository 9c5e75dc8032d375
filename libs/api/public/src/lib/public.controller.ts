import {
  DashboardSummaryDto,
  SummaryRollupService,
  SummaryQueryDto,
  TIMELINE_RULE,
} from '@leitbild-monitor/api/summary';
import { ListMeasuresQuery } from '@leitbild-monitor/api/measures';
import { ApiJsonResponse, ApiPageResponse, CachedOnDataVersion, Public } from '@leitbild-monitor/api/platform';
import { MeasureExportService, OpenDataExportQuery, sendFile } from '@leitbild-monitor/api/transfer';
import type { DashboardSummary, Page, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PublicMeasureDto } from './dto/public-measure.dto';
import { PublicMeasuresService } from './public-measures.service';

/** The transparency view: published measures and their roll-up, without sign-in. */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicController {
  constructor(
    private readonly measures: PublicMeasuresService,
    private readonly summaries: SummaryRollupService,
    private readonly exporter: MeasureExportService,
  ) {}

  /** Published measures, with the filters, sort and pagination of the internal list. */
  @Get('measures')
  @CachedOnDataVersion()
  @ApiPageResponse(PublicMeasureDto)
  list(@Query() query: ListMeasuresQuery): Promise<Page<PublicMeasure>> {
    return this.measures.list(query);
  }

  @Get('measures/export')
  @ApiOperation({
    summary: 'Open data: the published measures as CSV or JSON',
    description:
      'Published measures only, with the filters and sort of GET /public/measures and no paging. No personal ' +
      'data: no contact person, no internal notes, no feasibility reasoning. Columns (German headers, JSON keys ' +
      'alike): ID, Titel, Beschreibung, Handlungsfeld, Status, Fortschritt, Geplanter Beginn, Geplantes Ende, ' +
      'Tatsächlicher Beginn, Tatsächliches Ende, Federführung, Beteiligte, Leitsätze, Überfällig, Zuletzt geändert. ' +
      'CSV: `;`-separated UTF-8 with BOM. See docs/open-data.md.',
  })
  @ApiOkResponse({
    description: 'The file, as an attachment named massnahmen-offene-daten-<date>.<format>.',
    content: {
      'text/csv; charset=utf-8': { schema: { type: 'string' } },
      'application/json; charset=utf-8': { schema: { type: 'array', items: { type: 'object' } } },
    },
  })
  async export(@Query() query: OpenDataExportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { format = 'csv', ...filters } = query;
    return sendFile(reply, await this.exporter.openData(filters, format));
  }

  /** One published measure. */
  @Get('measures/:id')
  @CachedOnDataVersion()
  @ApiJsonResponse(PublicMeasureDto)
  get(@Param('id') id: string): Promise<PublicMeasure> {
    return this.measures.get(id);
  }

  /** The roll-up of the published measures only, with the same filters and timeline as the internal one. */
  @Get('summary')
  @CachedOnDataVersion()
  @ApiOperation({ summary: 'Roll-up of the published measures only', description: TIMELINE_RULE })
  @ApiJsonResponse(DashboardSummaryDto)
  summary(@Query() query: SummaryQueryDto): Promise<DashboardSummary> {
    return this.summaries.summary({ publicOnly: true, query });
  }
}
