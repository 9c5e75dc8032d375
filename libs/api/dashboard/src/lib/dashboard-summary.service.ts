import { FieldOfActionEntity, GuidelineEntity, LeitbildSectionEntity } from '@leitbild-monitor/api/catalog';
import { MeasureEntity, MeasureGuidelineEntity, MeasureHistoryEntity } from '@leitbild-monitor/api/measures';
import { nowIso } from '@leitbild-monitor/api/platform';
import type { DashboardSummary, FieldOfActionSummary, MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import {
  ACTIVE_STATUSES,
  CLOSED_STATUSES,
  isoToday,
  PROGRESS_EXCLUDED_STATUSES,
  roundedMean,
} from '@leitbild-monitor/shared/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const RECENT_CHANGES = 10;

interface StatusRow {
  field_of_action_id: string;
  status: MeasureStatus;
  measures: string | number;
  progress_sum: string | number | null;
  progress_basis: string | number;
  overdue: string | number;
}

function zeroByStatus(): Record<MeasureStatus, number> {
  return Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<MeasureStatus, number>;
}

/**
 * The roll-up behind the overview: per field of action the measures per status, the mean progress and the
 * overdue count; per guideline the active measures; the latest changes. Computed by the database in a few
 * aggregate queries, whatever the number of measures. The rules (which statuses count as active, closed or
 * outside the progress mean) come from the shared domain lib.
 */
@Injectable()
export class DashboardSummaryService {
  constructor(private readonly dataSource: DataSource) {}

  async summary(options: { publicOnly?: boolean } = {}): Promise<DashboardSummary> {
    const [fields, statusRows, guidelines, recentChanges] = await Promise.all([
      this.dataSource.getRepository(FieldOfActionEntity).find({ order: { position: 'ASC', name: 'ASC' } }),
      this.statusRows(options.publicOnly ?? false),
      this.guidelineCoverage(options.publicOnly ?? false),
      this.recentChanges(options.publicOnly ?? false),
    ]);

    const perField = new Map<string, FieldOfActionSummary & { progressSum: number }>(
      fields.map((field) => [
        field.id,
        {
          fieldOfActionId: field.id,
          name: field.name,
          total: 0,
          byStatus: zeroByStatus(),
          meanProgress: null,
          progressBasis: 0,
          overdue: 0,
          progressSum: 0,
        },
      ]),
    );
    const totals = { total: 0, byStatus: zeroByStatus(), overdue: 0 };
    for (const row of statusRows) {
      const field = perField.get(row.field_of_action_id);
      if (!field) continue;
      const count = Number(row.measures);
      field.total += count;
      field.byStatus[row.status] += count;
      field.overdue += Number(row.overdue);
      field.progressSum += Number(row.progress_sum ?? 0);
      field.progressBasis += Number(row.progress_basis);
      totals.total += count;
      totals.byStatus[row.status] += count;
      totals.overdue += Number(row.overdue);
    }

    return {
      totals,
      fieldsOfAction: [...perField.values()].map(({ progressSum, ...field }) => ({
        ...field,
        meanProgress: roundedMean(progressSum, field.progressBasis),
      })),
      guidelines,
      recentChanges,
      generatedAt: nowIso(),
    };
  }

  private statusRows(publicOnly: boolean): Promise<StatusRow[]> {
    const counts = `m.progress IS NOT NULL AND m.status NOT IN (:...excluded)`;
    const overdue = `m.plannedEnd IS NOT NULL AND m.plannedEnd < :today AND m.status NOT IN (:...closed)`;
    const builder = this.dataSource
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .select('m.fieldOfActionId', 'field_of_action_id')
      .addSelect('m.status', 'status')
      .addSelect('COUNT(*)', 'measures')
      .addSelect(`SUM(CASE WHEN ${counts} THEN m.progress ELSE 0 END)`, 'progress_sum')
      .addSelect(`SUM(CASE WHEN ${counts} THEN 1 ELSE 0 END)`, 'progress_basis')
      .addSelect(`SUM(CASE WHEN ${overdue} THEN 1 ELSE 0 END)`, 'overdue')
      .groupBy('m.fieldOfActionId')
      .addGroupBy('m.status')
      .setParameters({ excluded: PROGRESS_EXCLUDED_STATUSES, closed: CLOSED_STATUSES, today: isoToday() });
    if (publicOnly) builder.where('m.isPublic = :isPublic', { isPublic: true });
    return builder.getRawMany<StatusRow>();
  }

  private async guidelineCoverage(publicOnly: boolean): Promise<DashboardSummary['guidelines']> {
    const builder = this.dataSource
      .getRepository(GuidelineEntity)
      .createQueryBuilder('g')
      .innerJoin(LeitbildSectionEntity, 's', 's.id = g.sectionId')
      .leftJoin(MeasureGuidelineEntity, 'mg', 'mg.guidelineId = g.id')
      .leftJoin(
        MeasureEntity,
        'm',
        `m.id = mg.measureId AND m.status IN (:...active)${publicOnly ? ' AND m.isPublic = :isPublic' : ''}`,
        { active: ACTIVE_STATUSES, isPublic: true },
      )
      .select('g.id', 'guideline_id')
      .addSelect('g.code', 'code')
      .addSelect('g.text', 'text')
      .addSelect('COUNT(m.id)', 'active_measures')
      .groupBy('g.id')
      .addGroupBy('g.code')
      .addGroupBy('g.text')
      .addGroupBy('s.position')
      .addGroupBy('g.position')
      .orderBy('s.position', 'ASC')
      .addOrderBy('g.position', 'ASC');
    const rows = await builder.getRawMany<{
      guideline_id: string;
      code: string;
      text: string;
      active_measures: string | number;
    }>();
    return rows.map((row) => ({
      guidelineId: row.guideline_id,
      code: row.code,
      text: row.text,
      activeMeasures: Number(row.active_measures),
    }));
  }

  private async recentChanges(publicOnly: boolean): Promise<DashboardSummary['recentChanges']> {
    const builder = this.dataSource
      .getRepository(MeasureHistoryEntity)
      .createQueryBuilder('h')
      .innerJoin(MeasureEntity, 'm', 'm.id = h.measureId')
      .select('h.measureId', 'measure_id')
      .addSelect('m.title', 'title')
      .addSelect('h.kind', 'kind')
      .addSelect('h.at', 'at')
      .orderBy('h.id', 'DESC')
      .limit(RECENT_CHANGES);
    if (publicOnly) builder.where('m.isPublic = :isPublic', { isPublic: true });
    const rows = await builder.getRawMany<{ measure_id: string; title: string; kind: string; at: string }>();
    return rows.map((row) => ({ measureId: row.measure_id, title: row.title, kind: row.kind, at: row.at }));
  }
}
