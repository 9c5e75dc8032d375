import {
  DashboardSummaryDto,
  SummaryRollupService,
  SummaryQueryDto,
  TIMELINE_RULE,
} from '@leitbild-monitor/api/summary';
import { ListMeasuresQuery } from '@leitbild-monitor/api/measures';
import { ApiJsonResponse, ApiPageResponse, CachedOnDataVersion, Public } from '@leitbild-monitor/api/platform';
import { IndicatorValuesExportService } from '@leitbild-monitor/api/indicators';
import { MeasureExportService, OpenDataExportQuery, sendFile } from '@leitbild-monitor/api/transfer';
import type {
  DashboardSummary,
  Page,
  PublicIndicator,
  PublicIndicatorListItem,
  PublicMeasure,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATE_RULE } from '@leitbild-monitor/shared/domain';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
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
