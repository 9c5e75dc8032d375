import {
  ANY_SIGNED_IN,
  ApiErrorResponses,
  ApiIfMatch,
  ApiJsonResponse,
  ApiPageResponse,
  CachedOnDataVersion,
  CurrentContext,
  ETAG_RESPONSE_HEADER,
  etagOf,
  MEASURE_WRITERS,
  PaginationQuery,
  requiredVersionFromIfMatch,
  Roles,
  SignedInContext,
} from '@leitbild-monitor/api/platform';
import type {
  Indicator,
  IndicatorHistoryEntry,
  IndicatorListItem,
  IndicatorSummary,
  Page,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATE_RULE } from '@leitbild-monitor/shared/domain';
import { Body, Controller, Delete, Get, Headers, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CreateIndicatorDto } from './dto/create-indicator.dto';
import { IndicatorDto, IndicatorHistoryEntryDto, IndicatorListItemDto, IndicatorSummaryDto } from './dto/indicator.dto';
import { IndicatorDateParams, PutIndicatorGoalDto, PutIndicatorValueDto } from './dto/indicator-values.dto';
import { ListIndicatorsQuery } from './dto/list-indicators.query';
import { UpdateIndicatorDto } from './dto/update-indicator.dto';
import { IndicatorsService } from './indicators.service';

const RIGHTS =
  'Staff write: administrators every indicator, editors of an actor those it is responsible for (else 403 ' +
  '`not_responsible_actor`), editors without an actor every one.';

/**
 * Indicators: everyone signed in reads them; staff create and change them, their values and goals. Every answer
 * with an indicator carries its state and progress by the rule of the shared domain.
 */
@ApiTags('indicators')
@Roles(...ANY_SIGNED_IN)
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  /** The indicators: filtered, sorted, paged; each with its state, progress and latest values. */
  @Get()
  @CachedOnDataVersion()
  @ApiOperation({ summary: 'The indicators, filtered, sorted and paged', description: INDICATOR_STATE_RULE })
  @ApiPageResponse(IndicatorListItemDto)
  list(@Query() query: ListIndicatorsQuery): Promise<Page<IndicatorListItem>> {
    return this.indicators.list(query);
  }

  /** Per field of action, how many indicators are on track, off track, reached or without data. */
  @Get('summary')
  @CachedOnDataVersion()
  @ApiJsonResponse(IndicatorSummaryDto)
  summary(): Promise<IndicatorSummary> {
    return this.indicators.summary();
  }

  @Roles(...MEASURE_WRITERS)
  @Post()
  @ApiOperation({ summary: 'Creates an indicator', description: RIGHTS })
  @ApiErrorResponses(409)
  @ApiJsonResponse(IndicatorDto, { status: 201, headers: ETAG_RESPONSE_HEADER })
  async create(
    @Body() dto: CreateIndicatorDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Indicator> {
    return withEtag(reply, await this.indicators.create(dto, context));
  }

  /** One indicator with its values, goals, goal line and linked measures; its version as `ETag`. */
  @Get(':id')
  @CachedOnDataVersion()
  @ApiOperation({ summary: 'One indicator', description: INDICATOR_STATE_RULE })
  @ApiJsonResponse(IndicatorDto, { headers: ETAG_RESPONSE_HEADER })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Indicator> {
    return withEtag(reply, await this.indicators.get(id));
  }

  @Roles(...MEASURE_WRITERS)
  @Patch(':id')
  @ApiOperation({ summary: 'Changes an indicator’s fields, links or baseline', description: RIGHTS })
  @ApiIfMatch()
  @ApiErrorResponses(409)
  @ApiJsonResponse(IndicatorDto, { headers: ETAG_RESPONSE_HEADER })
  async update(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateIndicatorDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Indicator> {
    return withEtag(reply, await this.indicators.update(id, requiredVersionFromIfMatch(ifMatch), dto, context));
  }

  /** Every change of the indicator, its values and goals, newest first; a corrected value keeps its old one here. */
  @Get(':id/history')
  @ApiPageResponse(IndicatorHistoryEntryDto)
  history(@Param('id') id: string, @Query() query: PaginationQuery): Promise<Page<IndicatorHistoryEntry>> {
    return this.indicators.listHistory(id, query);
  }

  @Roles(...MEASURE_WRITERS)
  @Put(':id/values/:date')
  @ApiOperation({
    summary: 'Enters or corrects the value of a date',
    description: `If-Match: the indicator's version. A correction keeps the old value in the history. ${RIGHTS}`,
  })
  @ApiIfMatch()
  @ApiJsonResponse(IndicatorDto, { headers: ETAG_RESPONSE_HEADER })
  async putValue(
    @Param() params: IndicatorDateParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: PutIndicatorValueDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Indicator> {
    const version = requiredVersionFromIfMatch(ifMatch);
    return withEtag(reply, await this.indicators.putValue(params.id, version, params.date, dto, context));
  }

  @Roles(...MEASURE_WRITERS)
  @Delete(':id/values/:date')
  @ApiOperation({ summary: 'Removes the value of a date', description: `If-Match: the indicator's version. ${RIGHTS}` })
  @ApiIfMatch()
  @ApiJsonResponse(IndicatorDto, { headers: ETAG_RESPONSE_HEADER })
  async deleteValue(
    @Param() params: IndicatorDateParams,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Indicator> {
    const version = requiredVersionFromIfMatch(ifMatch);
    return withEtag(reply, await this.indicators.deleteValue(params.id, version, params.date, context));
  }

  @Roles(...MEASURE_WRITERS)
  @Put(':id/goals/:date')
  @ApiOperation({
    summary: 'Sets the goal of a date (an interim goal, or the final one: the latest)',
    description: `If-Match: the indicator's version. ${RIGHTS}`,
  })
  @ApiIfMatch()
  @ApiJsonResponse(IndicatorDto, { headers: ETAG_RESPONSE_HEADER })
  async putGoal(
    @Param() params: IndicatorDateParams,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: PutIndicatorGoalDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Indicator> {
    const version = requiredVersionFromIfMatch(ifMatch);
    return withEtag(reply, await this.indicators.putGoal(params.id, version, params.date, dto, context));
  }

  @Roles(...MEASURE_WRITERS)
  @Delete(':id/goals/:date')
  @ApiOperation({ summary: 'Removes the goal of a date', description: `If-Match: the indicator's version. ${RIGHTS}` })
  @ApiIfMatch()
  @ApiJsonResponse(IndicatorDto, { headers: ETAG_RESPONSE_HEADER })
  async deleteGoal(
    @Param() params: IndicatorDateParams,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Indicator> {
    const version = requiredVersionFromIfMatch(ifMatch);
    return withEtag(reply, await this.indicators.deleteGoal(params.id, version, params.date, context));
  }
}

function withEtag(reply: FastifyReply, indicator: Indicator): Indicator {
  void reply.header('ETag', etagOf(indicator.version));
  return indicator;
}
