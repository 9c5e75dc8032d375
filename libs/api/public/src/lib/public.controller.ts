import { ActorEntity, FieldOfActionEntity } from '@leitbild-monitor/api/catalog';
import { DashboardSummaryService, SummaryQueryDto, TIMELINE_RULE } from '@leitbild-monitor/api/dashboard';
import { ListMeasuresQuery, MeasuresService } from '@leitbild-monitor/api/measures';
import { Public } from '@leitbild-monitor/api/platform';
import { MeasureExportService, OpenDataExportQuery, sendFile } from '@leitbild-monitor/api/transfer';
import type { DashboardSummary, Measure, Page, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource, In } from 'typeorm';

/**
 * The transparency view: published measures and their roll-up, without sign-in. Built field by field from an
 * allow-list, so contact persons, internal notes and feasibility reasoning can never slip into an answer.
 */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicController {
  constructor(
    private readonly measures: MeasuresService,
    private readonly summaries: DashboardSummaryService,
    private readonly dataSource: DataSource,
    private readonly exporter: MeasureExportService,
  ) {}

  /** Published measures, with the filters, sort and pagination of the internal list. */
  @Get('measures')
  async list(@Query() query: ListMeasuresQuery): Promise<Page<PublicMeasure>> {
    const page = await this.measures.list(query, { publicOnly: true });
    return { ...page, items: await this.toPublic(page.items) };
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

  @Get('measures/:id')
  async get(@Param('id') id: string): Promise<PublicMeasure> {
    const [measure] = await this.toPublic([await this.measures.get(id, { publicOnly: true })]);
    return measure;
  }

  /** The roll-up of the published measures only, with the same filters and timeline as the internal one. */
  @Get('summary')
  @ApiOperation({ summary: 'Roll-up of the published measures only', description: TIMELINE_RULE })
  summary(@Query() query: SummaryQueryDto): Promise<DashboardSummary> {
    return this.summaries.summary({ publicOnly: true, query });
  }

  private async toPublic(measures: Measure[]): Promise<PublicMeasure[]> {
    const actorIds = [
      ...new Set(measures.flatMap((measure) => [measure.leadActorId, ...measure.partnerActorIds])),
    ].filter((id): id is string => id !== null);
    const fieldIds = [...new Set(measures.map((measure) => measure.fieldOfActionId))];
    const [actors, fields] = await Promise.all([
      actorIds.length ? this.dataSource.getRepository(ActorEntity).findBy({ id: In(actorIds) }) : [],
      fieldIds.length ? this.dataSource.getRepository(FieldOfActionEntity).findBy({ id: In(fieldIds) }) : [],
    ]);
    const actorName = new Map(actors.map((actor) => [actor.id, actor.name]));
    const fieldName = new Map(fields.map((field) => [field.id, field.name]));
    return measures.map((measure) => ({
      id: measure.id,
      title: measure.title,
      description: measure.description,
      status: measure.status,
      progress: measure.progress,
      fieldOfActionId: measure.fieldOfActionId,
      fieldOfActionName: fieldName.get(measure.fieldOfActionId) ?? '',
      guidelineIds: measure.guidelineIds,
      leadActorName: measure.leadActorId ? (actorName.get(measure.leadActorId) ?? null) : null,
      partnerActorNames: measure.partnerActorIds.map((id) => actorName.get(id) ?? '').filter(Boolean),
      plannedStart: measure.plannedStart,
      plannedEnd: measure.plannedEnd,
      actualStart: measure.actualStart,
      actualEnd: measure.actualEnd,
      overdue: measure.overdue,
      updatedAt: measure.updatedAt,
    }));
  }
}
