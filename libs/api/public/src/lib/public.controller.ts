import {
  DashboardSummaryDto,
  SummaryRollupService,
  SummaryQueryDto,
  TIMELINE_RULE,
} from '@leitbild-monitor/api/summary';
import { ListMeasuresQuery } from '@leitbild-monitor/api/measures';
import {
  ApiJsonResponse,
  ApiPageResponse,
  CachedOnDataVersion,
  ifNoneMatchHolds,
  pageWindow,
  Public,
  toPage,
} from '@leitbild-monitor/api/platform';
import { IndicatorValuesExportService } from '@leitbild-monitor/api/indicators';
import { MeasureExportService, OpenDataExportQuery, sendFile } from '@leitbild-monitor/api/transfer';
import type {
  DashboardSummary,
  Page,
  PublicIndicator,
  PublicChange,
  PublicIndicatorListItem,
  PublicMeasure,
  PublicMeasureDetails,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATE_RULE } from '@leitbild-monitor/shared/domain';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { PublicChangesService } from './changes/public-changes.service';
import { PublicFeedService } from './changes/public-feed.service';
import { PUBLIC_FEED_ENTRIES } from './changes/public-feed';
import { PublicChangeDto, PublicChangesQuery, PublicFeedQuery, PublicMeasureDetailsDto } from './dto/public-change.dto';
import { PublicIndicatorDto, PublicIndicatorListItemDto } from './dto/public-indicator.dto';
import { IndicatorOpenDataQuery, PublicIndicatorsQuery } from './dto/public-indicator.query';
import { PublicMeasureDto } from './dto/public-measure.dto';
import { PublicIndicatorsService } from './public-indicators.service';
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
    private readonly indicators: PublicIndicatorsService,
    private readonly indicatorValues: IndicatorValuesExportService,
    private readonly changes: PublicChangesService,
    private readonly feed: PublicFeedService,
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
  async export(
    @Query() query: OpenDataExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Readable> {
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

  /** The public page of one published measure: the measure, its guidelines, public indicators and public changes. */
  @Get('measures/:id/details')
  @CachedOnDataVersion()
  @ApiOperation({
    summary: 'Everything the public page of one published measure shows',
    description:
      'The published measure, the texts of its guidelines, its public indicators with values and goals, and its ' +
      'public changes, newest first: from its history, only while it was published, only status, progress and ' +
      'public fields — never who made a change, never a note, never the contact person. 404 for a measure that ' +
      'is not published.',
  })
  @ApiJsonResponse(PublicMeasureDetailsDto)
  details(@Param('id') id: string): Promise<PublicMeasureDetails> {
    return this.measures.details(id);
  }

  /** The public changes of all published measures, newest first. */
  @Get('changes')
  @CachedOnDataVersion()
  @ApiOperation({
    summary: 'The public changes of the published measures, newest first',
    description:
      'As GET /public/measures/{id}/details lists them for one measure: only while a measure was published, ' +
      'only status, progress and public fields, no names, no notes. Measures not published today are left out. ' +
      'The same as an Atom feed: GET /public/feed.atom.',
  })
  @ApiPageResponse(PublicChangeDto)
  async listChanges(@Query() query: PublicChangesQuery): Promise<Page<PublicChange>> {
    const window = pageWindow(query);
    const all = await this.changes.all();
    return toPage(all.slice(window.offset, window.offset + window.limit), all.length, window);
  }

  /** The same changes as an Atom 1.0 feed. */
  @Get('feed.atom')
  @ApiOperation({
    summary: 'The public changes as an Atom feed',
    description:
      `The newest ${PUBLIC_FEED_ENTRIES} public changes (as GET /public/changes) as an Atom 1.0 document, in German ` +
      "(lang=de, the default) or English; each entry links to the measure's public page /public/measures/{id} " +
      'under PUBLIC_URL (or the address the request came to when PUBLIC_URL is unset). Its ETag follows the data: ' +
      'If-None-Match with the current one is answered 304.',
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'ETag of the feed already held: 304 while unchanged.',
  })
  @ApiOkResponse({
    description: 'The Atom document.',
    headers: { ETag: { description: 'Names this version of the feed.', schema: { type: 'string' } } },
    content: { 'application/atom+xml; charset=utf-8': { schema: { type: 'string' } } },
  })
  @ApiResponse({ status: 304, description: 'Not modified: the feed named in If-None-Match is still current.' })
  async atomFeed(
    @Query() query: PublicFeedQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    const language = query.lang ?? 'de';
    const { etag, version } = await this.feed.etag(language);
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) {
      void reply.status(304);
      return undefined;
    }
    void reply.type('application/atom+xml; charset=utf-8');
    return this.feed.document(language, version, `${request.protocol}://${request.host}`);
  }

  /** The roll-up of the published measures only, with the same filters and timeline as the internal one. */
  @Get('summary')
  @CachedOnDataVersion()
  @ApiOperation({ summary: 'Roll-up of the published measures only', description: TIMELINE_RULE })
  @ApiJsonResponse(DashboardSummaryDto)
  summary(@Query() query: SummaryQueryDto): Promise<DashboardSummary> {
    return this.summaries.summary({ publicOnly: true, query });
  }

  /** Public indicators, with the filters, sort and pagination of the internal list; each with state and progress. */
  @Get('indicators')
  @CachedOnDataVersion()
  @ApiOperation({ summary: 'The public indicators', description: INDICATOR_STATE_RULE })
  @ApiPageResponse(PublicIndicatorListItemDto)
  listIndicators(@Query() query: PublicIndicatorsQuery): Promise<Page<PublicIndicatorListItem>> {
    return this.indicators.list(query);
  }

  @Get('indicators/export')
  @ApiOperation({
    summary: 'Open data: the values and goals of the public indicators as CSV or JSON',
    description:
      'One row per value and goal of every public indicator, by code and date. No personal data and no notes. ' +
      'Columns (German headers, JSON keys alike): Code, Kennzahl, Einheit, Handlungsfeld, Gewünschte Entwicklung ' +
      '(steigen, sinken), Quelle, Art (Wert, Ziel), Datum (YYYY-MM-DD), Wert. CSV: `;`-separated UTF-8 with BOM ' +
      'and decimal commas; JSON numbers. See docs/open-data.md.',
  })
  @ApiOkResponse({
    description: 'The file, as an attachment named kennzahlen-offene-daten-<date>.<format>.',
    content: {
      'text/csv; charset=utf-8': { schema: { type: 'string' } },
      'application/json; charset=utf-8': { schema: { type: 'array', items: { type: 'object' } } },
    },
  })
  async exportIndicators(
    @Query() query: IndicatorOpenDataQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendFile(reply, await this.indicatorValues.openData(query.format ?? 'csv'));
  }

  /** One public indicator with its values, goals and goal line. */
  @Get('indicators/:id')
  @CachedOnDataVersion()
  @ApiOperation({ summary: 'One public indicator', description: INDICATOR_STATE_RULE })
  @ApiJsonResponse(PublicIndicatorDto)
  getIndicator(@Param('id') id: string): Promise<PublicIndicator> {
    return this.indicators.get(id);
  }
}
