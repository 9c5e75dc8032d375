import { ActorEntity, FieldOfActionEntity } from '@leitbild-monitor/api/catalog';
import { IndicatorsService, ListIndicatorsQuery } from '@leitbild-monitor/api/indicators';
import type {
  IndicatorBase,
  IndicatorListItem,
  Page,
  PublicIndicator,
  PublicIndicatorListItem,
} from '@leitbild-monitor/shared/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Public indicators for the public, read through the internal reads with `publicOnly` and rebuilt field by field
 * from an allow-list: no notes on values, nobody who entered them, no ids of internal measures; linked measures only
 * when they are published themselves.
 */
@Injectable()
export class PublicIndicatorsService {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly dataSource: DataSource,
  ) {}

  async list(query: ListIndicatorsQuery): Promise<Page<PublicIndicatorListItem>> {
    const page = await this.indicators.list(query, { publicOnly: true });
    return { ...page, items: page.items.map(toPublicListItem) };
  }

  /** The public indicators linked to a measure, by code, each with its values and goals. */
  async ofMeasure(measureId: string): Promise<PublicIndicator[]> {
    const page = await this.indicators.list(
      Object.assign(new ListIndicatorsQuery(), { measure: measureId, sort: 'code', limit: 100 }),
      { publicOnly: true },
    );
    const found: PublicIndicator[] = [];
    for (const item of page.items) found.push(await this.get(item.id));
    return found;
  }

  /** One public indicator; 404 for one that is not public, as for one that does not exist. */
  async get(id: string): Promise<PublicIndicator> {
    const indicator = await this.indicators.get(id, { publicOnly: true });
    const [field, actor] = await Promise.all([
      this.dataSource.getRepository(FieldOfActionEntity).findOneBy({ id: indicator.fieldOfActionId }),
      indicator.responsibleActorId
        ? this.dataSource.getRepository(ActorEntity).findOneBy({ id: indicator.responsibleActorId })
        : null,
    ]);
    return {
      ...toPublicListItem({
        ...indicator,
        fieldOfActionName: field?.name ?? '',
        responsibleActorName: actor?.name ?? null,
        trend: [],
      }),
      trend: indicator.values.slice(-12).map(({ date, value }) => ({ date, value })),
      values: indicator.values.map(({ date, value }) => ({ date, value })),
      goals: indicator.goals.map(({ date, value }) => ({ date, value })),
      goalLine: indicator.goalLine.map(({ date, value }) => ({ date, value })),
      measures: indicator.measures.map(({ measureId, title, showsProgress }) => ({ measureId, title, showsProgress })),
    };
  }
}

/** The allow-list: every field the public sees, copied one by one. */
function toPublicListItem(
  indicator: IndicatorBase & Pick<IndicatorListItem, 'fieldOfActionName' | 'responsibleActorName' | 'trend'>,
): PublicIndicatorListItem {
  const point = (found: { date: string; value: number } | null) =>
    found ? { date: found.date, value: found.value } : null;
  return {
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    description: indicator.description,
    unit: indicator.unit,
    desiredTrend: indicator.desiredTrend,
    timeResolution: indicator.timeResolution,
    source: indicator.source,
    fieldOfActionId: indicator.fieldOfActionId,
    fieldOfActionName: indicator.fieldOfActionName,
    guidelineIds: indicator.guidelineIds,
    responsibleActorName: indicator.responsibleActorName,
    state: indicator.state,
    progress: indicator.progress,
    baseline: point(indicator.baseline),
    latest: point(indicator.latest),
    finalGoal: point(indicator.finalGoal),
    goalLineAtLatest: indicator.goalLineAtLatest,
    trend: indicator.trend.map(({ date, value }) => ({ date, value })),
    updatedAt: indicator.updatedAt,
  };
}
