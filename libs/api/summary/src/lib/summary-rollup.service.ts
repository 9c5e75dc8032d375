import { FieldOfActionEntity, GuidelineEntity, LeitbildSectionEntity } from '@leitbild-monitor/api/catalog';
import { MeasureEntity, MeasureHistoryEntity } from '@leitbild-monitor/api/measures';
import { ApiProblemException, invalid, nowIso } from '@leitbild-monitor/api/platform';
import type {
  DashboardSummary,
  FieldOfActionSummary,
  MeasureStatus,
  SummaryQuery,
  SummaryTimeline,
} from '@leitbild-monitor/shared/contracts';
import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { isoToday, roundedMean } from '@leitbild-monitor/shared/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { KeptSummaryCounts, RecomputedSummaryCounts, SummaryCounts } from './summary-counts';
import { binTimeline, nextDay, resolvePeriod, SummaryPeriod, timelineResolution } from './summary-period';

const RECENT_CHANGES = 10;
/** How many of the newest history entries are read to find the latest changes of a narrowed summary. */
const RECENT_CHANGES_SCAN = 200;

interface Filter {
  publicOnly: boolean;
  fieldOfActionId: string | null;
  period: SummaryPeriod;
}

function zeroByStatus(): Record<MeasureStatus, number> {
  return Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<MeasureStatus, number>;
}

/**
 * The roll-up behind the overview: per field of action the measures per status, the mean progress and the
 * overdue count; per guideline the active measures; the latest changes. The counts are kept up to date on every
 * write by database triggers (`KeptSummaryCounts`), so a summary reads a few thousand kept rows at most, whatever
 * the number of measures; `recomputed()` gives the same answer counted from all measures, to check them. The rules (which statuses count as active, closed or
 * outside the progress mean) come from the shared domain lib. The routes that answer with it are declared
 * `@CachedOnDataVersion()`: computed once per data version, filters and day, not here.
 */
@Injectable()
export class SummaryRollupService {
  private readonly kept: SummaryCounts;
  private readonly recomputation: SummaryCounts;

  constructor(private readonly dataSource: DataSource) {
    this.kept = new KeptSummaryCounts(dataSource);
    this.recomputation = new RecomputedSummaryCounts(dataSource);
  }

  /**
   * The summary of all measures, or of the published ones only; narrowed to one field of action if asked. The
   * period bounds the timeline and the recent changes. Bad filters are answered with a 400 naming the field.
   */
  summary(options: { publicOnly?: boolean; query?: SummaryQuery } = {}): Promise<DashboardSummary> {
    return this.answer(options, this.kept);
  }

  /**
   * The same summary with its counts recomputed from all measures instead of read from the kept roll-ups: slow
   * at city scale, and the reference the kept counts are checked against.
   */
  recomputed(options: { publicOnly?: boolean; query?: SummaryQuery } = {}): Promise<DashboardSummary> {
    return this.answer(options, this.recomputation);
  }

  private async answer(
    options: { publicOnly?: boolean; query?: SummaryQuery },
    counts: SummaryCounts,
  ): Promise<DashboardSummary> {
    const query = options.query ?? {};
    const today = isoToday();
    const period = resolvePeriod(query, today);
    if ('problem' in period) throw ApiProblemException.of(HttpStatus.BAD_REQUEST, [period], true);
    const filter: Filter = {
      publicOnly: options.publicOnly ?? false,
      fieldOfActionId: query.fieldOfAction ?? null,
      period,
    };
    return this.compute(filter, today, counts);
  }

  private async compute(filter: Filter, today: string, counts: SummaryCounts): Promise<DashboardSummary> {
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
      counts.statusRows(filter, today),
      this.guidelineCoverage(filter, counts),
      this.recentChanges(filter),
      this.timeline(filter, counts),
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

  /** Every guideline in Leitbild order with its active measures (counted apart, merged here). */
  private async guidelineCoverage(filter: Filter, counts: SummaryCounts): Promise<DashboardSummary['guidelines']> {
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
    const [rows, activeOf] = await Promise.all([guidelines, counts.activePerGuideline(filter)]);
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
  private async timeline(filter: Filter, counts: SummaryCounts): Promise<SummaryTimeline> {
    const [started, completed, firstRecorded] = await Promise.all([
      counts.firstReachedPerMonth('in_progress', filter, filter.period),
      counts.firstReachedPerMonth('completed', filter, filter.period),
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
}
