import { FieldOfActionEntity, GuidelineEntity, LeitbildSectionEntity } from '@leitbild-monitor/api/catalog';
import { MeasureEntity, MeasureGuidelineEntity, MeasureHistoryEntity } from '@leitbild-monitor/api/measures';
import { ApiProblemException, invalid, nowIso } from '@leitbild-monitor/api/platform';
import type {
  DashboardSummary,
  FieldOfActionSummary,
  MeasureStatus,
  SummaryQuery,
  SummaryTimeline,
} from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import {
  ACTIVE_STATUSES,
  CLOSED_STATUSES,
  isoToday,
  PROGRESS_EXCLUDED_STATUSES,
  roundedMean,
} from '@leitbild-monitor/shared/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { binTimeline, nextDay, resolvePeriod, SummaryPeriod, timelineResolution } from './summary-period';

const RECENT_CHANGES = 10;
/** How many of the newest history entries are read to find the latest changes of a narrowed summary. */
const RECENT_CHANGES_SCAN = 200;

interface Filter {
  publicOnly: boolean;
  fieldOfActionId: string | null;
  period: SummaryPeriod;
}

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
 * outside the progress mean) come from the shared domain lib. The routes that answer with it are declared
 * `@CachedOnDataVersion()`: computed once per data version, filters and day, not here.
 */
@Injectable()
export class SummaryRollupService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The summary of all measures, or of the published ones only; narrowed to one field of action if asked. The
   * period bounds the timeline and the recent changes. Bad filters are answered with a 400 naming the field.
   */
  async summary(options: { publicOnly?: boolean; query?: SummaryQuery } = {}): Promise<DashboardSummary> {
    const query = options.query ?? {};
    const today = isoToday();
    const period = resolvePeriod(query, today);
    if ('problem' in period) throw ApiProblemException.of(HttpStatus.BAD_REQUEST, [period], true);
    const filter: Filter = {
      publicOnly: options.publicOnly ?? false,
      fieldOfActionId: query.fieldOfAction ?? null,
      period,
    };
    return this.compute(filter, today);
  }

  private async compute(filter: Filter, today: string): Promise<DashboardSummary> {
    const allFields = await this.dataSource
      .getRepository(FieldOfActionEntity)
      .find({ order: { position: 'ASC', name: 'ASC' } });
    const fields = filter.fieldOfActionId
      ? allFields.filter((field) => field.id === filter.fieldOfActionId)
      : allFields;
    if (filter.fieldOfActionId && fields.length === 0)
      throw invalid(
        'fieldOfAction',
        'unknown_reference',
        'fieldOfAction must be the id of a field of action',
        {},
        true,
      );

    const [statusRows, guidelines, recentChanges, timeline] = await Promise.all([
      this.statusRows(filter, today),
      this.guidelineCoverage(filter),
      this.recentChanges(filter),
      this.timeline(filter),
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
      timeline,
      fieldOfActionId: filter.fieldOfActionId,
      generatedAt: nowIso(),
    };
  }

  /** Narrows a query joined to the measures (alias `m`) to the published ones and the chosen field. */
  private narrow<T extends object>(builder: SelectQueryBuilder<T>, filter: Filter): SelectQueryBuilder<T> {
    if (filter.publicOnly) builder.andWhere('m.isPublic = :isPublic', { isPublic: true });
    if (filter.fieldOfActionId)
      builder.andWhere('m.fieldOfActionId = :fieldOfActionId', { fieldOfActionId: filter.fieldOfActionId });
    return builder;
  }

  private statusRows(filter: Filter, today: string): Promise<StatusRow[]> {
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
      .setParameters({ excluded: PROGRESS_EXCLUDED_STATUSES, closed: CLOSED_STATUSES, today });
    return this.narrow(builder, filter).getRawMany<StatusRow>();
  }

  /**
   * Every guideline in Leitbild order with its active measures. Counted from the measures' side (the active ones
   * and their links) and merged with the guidelines here: at 100,000 measures that reads the links of the active
   * measures only, instead of looking up the measure of every link.
   */
  private async guidelineCoverage(filter: Filter): Promise<DashboardSummary['guidelines']> {
    const guidelines = this.dataSource
      .getRepository(GuidelineEntity)
      .createQueryBuilder('g')
      .innerJoin(LeitbildSectionEntity, 's', 's.id = g.sectionId')
      .select('g.id', 'guideline_id')
      .addSelect('g.code', 'code')
      .addSelect('g.text', 'text')
      .orderBy('s.position', 'ASC')
      .addOrderBy('g.position', 'ASC')
      .getRawMany<{ guideline_id: string; code: string; text: string }>();
    const counts = this.narrow(
      this.dataSource
        .getRepository(MeasureEntity)
        .createQueryBuilder('m')
        .innerJoin(MeasureGuidelineEntity, 'mg', 'mg.measureId = m.id')
        .select('mg.guidelineId', 'guideline_id')
        .addSelect('COUNT(*)', 'active_measures')
        .where('m.status IN (:...active)', { active: ACTIVE_STATUSES })
        .groupBy('mg.guidelineId'),
      filter,
    ).getRawMany<{ guideline_id: string; active_measures: string | number }>();
    const [rows, active] = await Promise.all([guidelines, counts]);
    const activeOf = new Map(active.map((row) => [row.guideline_id, Number(row.active_measures)]));
    return rows.map((row) => ({
      guidelineId: row.guideline_id,
      code: row.code,
      text: row.text,
      activeMeasures: activeOf.get(row.guideline_id) ?? 0,
    }));
  }

  /**
   * The latest changes in the period. The newest history entries are read by id (the primary key) and narrowed
   * in the application; only when they hold too few of the asked-for measures (a small field of action) does the
   * database join and filter the whole period — a query plan that reads far more rows at city scale.
   */
  private async recentChanges(filter: Filter): Promise<DashboardSummary['recentChanges']> {
    const window = { start: filter.period.from, end: nextDay(filter.period.to) };
    const query = () =>
      this.dataSource
        .getRepository(MeasureHistoryEntity)
        .createQueryBuilder('h')
        .innerJoin(MeasureEntity, 'm', 'm.id = h.measureId')
        .select('h.measureId', 'measure_id')
        .addSelect('m.title', 'title')
        .addSelect('h.kind', 'kind')
        .addSelect('h.at', 'at')
        .where('h.at >= :start AND h.at < :end', window)
        .orderBy('h.id', 'DESC');
    type Row = { measure_id: string; title: string; kind: string; at: string };
    const toChange = (row: Row) => ({ measureId: row.measure_id, title: row.title, kind: row.kind, at: row.at });
    if (!filter.publicOnly && !filter.fieldOfActionId) {
      return (await query().limit(RECENT_CHANGES).getRawMany<Row>()).map(toChange);
    }
    const newest = await query()
      .addSelect('m.isPublic', 'is_public')
      .addSelect('m.fieldOfActionId', 'field_of_action_id')
      .limit(RECENT_CHANGES_SCAN)
      .getRawMany<Row & { is_public: boolean | number; field_of_action_id: string }>();
    const matching = newest.filter(
      (row) =>
        (!filter.publicOnly || Boolean(row.is_public)) &&
        (!filter.fieldOfActionId || row.field_of_action_id === filter.fieldOfActionId),
    );
    if (matching.length >= RECENT_CHANGES || newest.length < RECENT_CHANGES_SCAN) {
      return matching.slice(0, RECENT_CHANGES).map(toChange);
    }
    return (await this.narrow(query(), filter).limit(RECENT_CHANGES).getRawMany<Row>()).map(toChange);
  }

  /**
   * Measures started and completed in the period, each counted in the bin (month, quarter or year, after the
   * period's length) it first was, and the day of the first recorded change, from which "since the beginning" runs.
   */
  private async timeline(filter: Filter): Promise<SummaryTimeline> {
    const [started, completed, firstRecorded] = await Promise.all([
      this.firstChangesPerMonth('in_progress', filter),
      this.firstChangesPerMonth('completed', filter),
      this.firstRecorded(filter),
    ]);
    const resolution = timelineResolution(filter.period);
    return {
      ...filter.period,
      resolution,
      bins: binTimeline(filter.period, resolution, { started, completed }),
      firstRecorded,
    };
  }

  /**
   * A measure's creation is its first history entry, so the earliest creation is the first recorded change. It is
   * taken over all the measures the caller sees, not only the chosen field's, so "since the beginning" means the
   * same period whichever field of action is chosen.
   */
  private async firstRecorded(filter: Filter): Promise<string | null> {
    const builder = this.dataSource
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .select('MIN(m.createdAt)', 'first_at');
    if (filter.publicOnly) builder.where('m.isPublic = :isPublic', { isPublic: true });
    const row = await builder.getRawOne<{ first_at: string | null }>();
    return row?.first_at ? String(row.first_at).slice(0, 10) : null;
  }

  /**
   * Measures per month whose status first reached `status` in the period. `measure_milestone` holds, per
   * measure and status, the first time a status change reached it (maintained by a trigger on the history), so
   * only the milestones of the period are read, not the history.
   */
  private async firstChangesPerMonth(status: MeasureStatus, filter: Filter): Promise<Map<string, number>> {
    // SUBSTR and string comparison of ISO timestamps behave the same on SQLite and PostgreSQL.
    const builder = this.dataSource
      .createQueryBuilder()
      .select('SUBSTR(ms.first_at, 1, 7)', 'month')
      .addSelect('COUNT(*)', 'measures')
      .from('measure_milestone', 'ms')
      .where('ms.status = :status', { status })
      .andWhere('ms.first_at >= :start AND ms.first_at < :end', {
        start: filter.period.from,
        end: nextDay(filter.period.to),
      })
      .groupBy('SUBSTR(ms.first_at, 1, 7)');
    // The measures are joined only to narrow: the whole register's timeline is read from the milestones alone.
    if (filter.publicOnly || filter.fieldOfActionId)
      this.narrow(builder.innerJoin(MeasureEntity, 'm', 'm.id = ms.measure_id'), filter);
    const rows = await builder.getRawMany<{ month: string; measures: string | number }>();
    return new Map(rows.map((row) => [row.month, Number(row.measures)]));
  }
}
