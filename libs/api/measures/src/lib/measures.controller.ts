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
  requiredVersionFromIfMatch,
  Roles,
  SignedInContext,
} from '@leitbild-monitor/api/platform';
import type {
  HistoryEntry,
  Measure,
  MeasureListItem,
  Page,
  StatusDefinition,
} from '@leitbild-monitor/shared/contracts';
import { statusDefinitions } from '@leitbild-monitor/shared/domain';
import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ChangeStatusDto, ProgressUpdateDto } from './dto/change-status.dto';
import { CreateMeasureDto } from './dto/create-measure.dto';
import { HistoryQuery } from './dto/history.query';
import { ListMeasuresQuery } from './dto/list-measures.query';
import { HistoryEntryDto, MeasureDto, MeasureListItemDto, StatusDefinitionDto } from './dto/measure.dto';
import { UpdateMeasureDto } from './dto/update-measure.dto';
import { MeasuresService } from './measures.service';

@ApiTags('measures')
@Roles(...ANY_SIGNED_IN)
@Controller('measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  /** The status lifecycle: for each status the statuses it may change to, and whether a reason is needed. */
  @Get('statuses')
  @ApiJsonResponse([StatusDefinitionDto])
  statuses(): StatusDefinition[] {
    return statusDefinitions();
  }

  /** The register: filtered, sorted, paged. */
  @Get()
  @CachedOnDataVersion()
  @ApiPageResponse(MeasureListItemDto)
  list(@Query() query: ListMeasuresQuery): Promise<Page<MeasureListItem>> {
    return this.measures.list(query);
  }

  /** Creates a measure; it starts as `proposed`. */
  @Roles(...MEASURE_WRITERS)
  @Post()
  @ApiJsonResponse(MeasureDto, { status: 201, headers: ETAG_RESPONSE_HEADER })
  async create(
    @Body() dto: CreateMeasureDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Measure> {
    return withEtag(reply, await this.measures.create(dto, context));
  }

  /** One measure, with its version as `ETag`. */
  @Get(':id')
  @CachedOnDataVersion()
  @ApiJsonResponse(MeasureDto, { headers: ETAG_RESPONSE_HEADER })
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Measure> {
    return withEtag(reply, await this.measures.get(id));
  }

  /** Edits fields; the status changes only through `POST /measures/:id/status`. */
  @Roles(...MEASURE_WRITERS)
  @Patch(':id')
  @ApiIfMatch()
  @ApiJsonResponse(MeasureDto, { headers: ETAG_RESPONSE_HEADER })
  async update(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateMeasureDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Measure> {
    return withEtag(reply, await this.measures.update(id, requiredVersionFromIfMatch(ifMatch), dto, context));
  }

  /** Changes the status along the lifecycle (`GET /measures/statuses`); `on_hold` and `rejected` need a note. */
  @Roles(...MEASURE_WRITERS)
  @Post(':id/status')
  @HttpCode(200)
  @ApiIfMatch()
  @ApiErrorResponses(409)
  @ApiJsonResponse(MeasureDto, { headers: ETAG_RESPONSE_HEADER })
  async changeStatus(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: ChangeStatusDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Measure> {
    return withEtag(reply, await this.measures.changeStatus(id, requiredVersionFromIfMatch(ifMatch), dto, context));
  }

  /** A dated progress note, optionally with a new progress value. */
  @Roles(...MEASURE_WRITERS)
  @Post(':id/progress')
  @HttpCode(200)
  @ApiIfMatch()
  @ApiJsonResponse(MeasureDto, { headers: ETAG_RESPONSE_HEADER })
  async addProgressUpdate(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: ProgressUpdateDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Measure> {
    return withEtag(
      reply,
      await this.measures.addProgressUpdate(id, requiredVersionFromIfMatch(ifMatch), dto, context),
    );
  }

  /** Every change of the measure, newest first, with who, when (UTC) and old → new. */
  @Get(':id/history')
  @ApiPageResponse(HistoryEntryDto)
  history(@Param('id') id: string, @Query() query: HistoryQuery): Promise<Page<HistoryEntry>> {
    return this.measures.listHistory(id, query);
  }
}

function withEtag(reply: FastifyReply, measure: Measure): Measure {
  void reply.header('ETag', etagOf(measure.version));
  return measure;
}
