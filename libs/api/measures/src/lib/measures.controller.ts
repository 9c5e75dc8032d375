import {
  ANY_SIGNED_IN,
  CurrentContext,
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
import { ApiConflictResponse, ApiHeader, ApiPreconditionFailedResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ChangeStatusDto, ProgressUpdateDto } from './dto/change-status.dto';
import { CreateMeasureDto } from './dto/create-measure.dto';
import { HistoryQuery } from './dto/history.query';
import { ListMeasuresQuery } from './dto/list-measures.query';
import { UpdateMeasureDto } from './dto/update-measure.dto';
import { MeasuresService } from './measures.service';

const IF_MATCH = {
  name: 'If-Match',
  required: true,
  description: 'ETag of the version the change is based on, e.g. "3"',
};

@ApiTags('measures')
@Roles(...ANY_SIGNED_IN)
@Controller('measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  /** The status lifecycle: for each status the statuses it may change to, and whether a reason is needed. */
  @Get('statuses')
  statuses(): StatusDefinition[] {
    return statusDefinitions();
  }

  @Get()
  list(@Query() query: ListMeasuresQuery): Promise<Page<MeasureListItem>> {
    return this.measures.list(query);
  }

  @Roles(...MEASURE_WRITERS)
  @Post()
  async create(
    @Body() dto: CreateMeasureDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Measure> {
    return withEtag(reply, await this.measures.create(dto, context));
  }

  @Get(':id')
  async get(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Measure> {
    return withEtag(reply, await this.measures.get(id));
  }

  /** Edits fields; the status changes only through `POST /measures/:id/status`. */
  @Roles(...MEASURE_WRITERS)
  @Patch(':id')
  @ApiHeader(IF_MATCH)
  @ApiPreconditionFailedResponse({ description: 'Someone saved the measure in between; nothing was written.' })
  @ApiResponse({ status: 428, description: 'If-Match is missing.' })
  async update(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateMeasureDto,
    @CurrentContext() context: SignedInContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Measure> {
    return withEtag(reply, await this.measures.update(id, requiredVersionFromIfMatch(ifMatch), dto, context));
  }

  @Roles(...MEASURE_WRITERS)
  @Post(':id/status')
  @HttpCode(200)
  @ApiHeader(IF_MATCH)
  @ApiConflictResponse({ description: 'The lifecycle does not allow this transition.' })
  @ApiPreconditionFailedResponse({ description: 'Someone saved the measure in between; nothing was written.' })
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
  @ApiHeader(IF_MATCH)
  @ApiPreconditionFailedResponse({ description: 'Someone saved the measure in between; nothing was written.' })
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
  history(@Param('id') id: string, @Query() query: HistoryQuery): Promise<Page<HistoryEntry>> {
    return this.measures.listHistory(id, query);
  }
}

function withEtag(reply: FastifyReply, measure: Measure): Measure {
  void reply.header('ETag', etagOf(measure.version));
  return measure;
}
