import { ActorEntity, FieldOfActionEntity, GuidelineEntity } from '@leitbild-monitor/api/catalog';
import { ListMeasuresQuery, MeasuresService } from '@leitbild-monitor/api/measures';
import type { Measure, Page, PublicMeasure, PublicMeasureDetails } from '@leitbild-monitor/shared/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { PublicChangesService } from './changes/public-changes.service';
import { PublicIndicatorsService } from './public-indicators.service';

/**
 * Published measures for the public, read through the register's rules with `publicOnly` and rebuilt field by
 * field from an allow-list, so contact persons, internal notes and feasibility reasoning can never slip into an
 * answer.
 */
@Injectable()
export class PublicMeasuresService {
  constructor(
    private readonly measures: MeasuresService,
    private readonly dataSource: DataSource,
    private readonly indicators: PublicIndicatorsService,
    private readonly changes: PublicChangesService,
  ) {}

  /** Published measures, with the filters, sort and pagination of the internal list. */
  async list(query: ListMeasuresQuery): Promise<Page<PublicMeasure>> {
    const page = await this.measures.list(query, { publicOnly: true });
    return { ...page, items: await this.toPublic(page.items) };
  }

  /** One published measure; 404 for one that is not published, as for one that does not exist. */
  async get(id: string): Promise<PublicMeasure> {
    const [measure] = await this.toPublic([await this.measures.get(id, { publicOnly: true })]);
    return measure;
  }

  /**
   * What the public page of one published measure shows: the measure, its guidelines' texts, its public indicators
   * and its public changes. 404 for one that is not published.
   */
  async details(id: string): Promise<PublicMeasureDetails> {
    const measure = await this.get(id);
    const guidelines = measure.guidelineIds.length
      ? await this.dataSource
          .getRepository(GuidelineEntity)
          .find({ where: { id: In(measure.guidelineIds) }, order: { code: 'ASC' } })
      : [];
    return {
      measure,
      guidelines: guidelines.map(({ id, code, text }) => ({ id, code, text })),
      indicators: await this.indicators.ofMeasure(id),
      changes: await this.changes.ofMeasure(id),
    };
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
