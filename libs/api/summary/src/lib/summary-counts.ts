import { MeasureEntity, MeasureGuidelineEntity } from '@leitbild-monitor/api/measures';
import type { MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { ACTIVE_STATUSES, CLOSED_STATUSES, PROGRESS_EXCLUDED_STATUSES } from '@leitbild-monitor/shared/domain';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { nextDay, SummaryPeriod } from './summary-period';

/** What a summary counts over: all measures or the published ones, of all fields of action or of one. */
export interface CountFilter {
  publicOnly: boolean;
  fieldOfActionId: string | null;
}

/** Measures of one field of action and status, with the sum and basis of their progress mean and the overdue. */
export interface StatusRow {
  field_of_action_id: string;
  status: MeasureStatus;
  measures: string | number;
  progress_sum: string | number | null;
  progress_basis: string | number;
  overdue: string | number;
}

/** Where the summary's counts come from: the kept roll-ups, or a recomputation from all measures. */
export interface SummaryCounts {
  statusRows(filter: CountFilter, today: string): Promise<StatusRow[]>;
  /** Active measures per guideline id (guidelines without any are left out). */
  activePerGuideline(filter: CountFilter): Promise<Map<string, number>>;
  /** Measures per month (`YYYY-MM`) whose status first reached `status` in the period. */
  firstReachedPerMonth(status: MeasureStatus, filter: CountFilter, period: SummaryPeriod): Promise<Map<string, number>>;
}

type Rows = { key: string; measures: string | number }[];
const toMap = (rows: Rows, into = new Map<string, number>()) => {
  for (const row of rows) into.set(row.key, (into.get(row.key) ?? 0) + Number(row.measures));
  return into;
};

/** Narrows a query joined to the measures (alias `m`) to the published ones and the chosen field. */
function narrowMeasures<T extends object>(builder: SelectQueryBuilder<T>, filter: CountFilter): SelectQueryBuilder<T> {
  if (filter.publicOnly) builder.andWhere('m.isPublic = :isPublic', { isPublic: true });
  if (filter.fieldOfActionId)
    builder.andWhere('m.fieldOfActionId = :fieldOfActionId', { fieldOfActionId: filter.fieldOfActionId });
  return builder;
}

/** Narrows a query on a roll-up table (alias `r`, columns `is_public` and `field_of_action_id`). */
function narrowRollup<T extends object>(builder: SelectQueryBuilder<T>, filter: CountFilter): SelectQueryBuilder<T> {
  if (filter.publicOnly) builder.andWhere('r.is_public = :isPublic', { isPublic: true });
  if (filter.fieldOfActionId)
    builder.andWhere('r.field_of_action_id = :fieldOfActionId', { fieldOfActionId: filter.fieldOfActionId });
  return builder;
}

/**
 * Milestones of the period read from `measure_milestone` itself (through its index on status and time): the
 * recomputation's way for the whole period, and the kept counts' way for the days at the period's edges.
 */
function milestonesBetween(
  dataSource: DataSource,
  status: MeasureStatus,
  filter: CountFilter,
  start: string,
  end: string,
): Promise<Rows> {
  // SUBSTR and string comparison of ISO timestamps behave the same on SQLite and PostgreSQL.
  const builder = dataSource
    .createQueryBuilder()
    .select('SUBSTR(ms.first_at, 1, 7)', 'key')
    .addSelect('COUNT(*)', 'measures')
    .from('measure_milestone', 'ms')
    .where('ms.status = :status', { status })
    .andWhere('ms.first_at >= :start AND ms.first_at < :end', { start, end })
    .groupBy('SUBSTR(ms.first_at, 1, 7)');
  // The measures are joined only to narrow: the whole register's timeline is read from the milestones alone.
  if (filter.publicOnly || filter.fieldOfActionId)
    narrowMeasures(builder.innerJoin(MeasureEntity, 'm', 'm.id = ms.measure_id'), filter);
  return builder.getRawMany();
}

/**
 * The counts recomputed from all measures, their links and milestones: what the summary did before the counts
 * were kept (issue 15), now the reference that `summary-rollups.api-spec.ts` holds the kept counts to.
 */
export class RecomputedSummaryCounts implements SummaryCounts {
  constructor(private readonly dataSource: DataSource) {}

  statusRows(filter: CountFilter, today: string): Promise<StatusRow[]> {
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
    return narrowMeasures(builder, filter).getRawMany<StatusRow>();
  }

  async activePerGuideline(filter: CountFilter): Promise<Map<string, number>> {
    const rows = await narrowMeasures(
      this.dataSource
        .getRepository(MeasureEntity)
        .createQueryBuilder('m')
        .innerJoin(MeasureGuidelineEntity, 'mg', 'mg.measureId = m.id')
        .select('mg.guidelineId', 'key')
        .addSelect('COUNT(*)', 'measures')
        .where('m.status IN (:...active)', { active: ACTIVE_STATUSES })
        .groupBy('mg.guidelineId'),
      filter,
    ).getRawMany<Rows[number]>();
    return toMap(rows);
  }

  async firstReachedPerMonth(
    status: MeasureStatus,
    filter: CountFilter,
    period: SummaryPeriod,
  ): Promise<Map<string, number>> {
    return toMap(await milestonesBetween(this.dataSource, status, filter, period.from, nextDay(period.to)));
  }
}

/** The first day of the month of a `YYYY-MM-DD` date, or of the next month unless the date is a first. */
function monthStart(date: string, roundUp: boolean): string {
  if (!roundUp || date.endsWith('-01')) return `${date.slice(0, 7)}-01`;
  const day = new Date(`${date.slice(0, 7)}-01T00:00:00.000Z`);
  day.setUTCMonth(day.getUTCMonth() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The counts kept on write by the triggers of migration 1765094400000 (`measure_rollup`, `overdue_rollup`,
 * `guideline_rollup`, `milestone_rollup`): a few hundred to a few thousand rows whatever the number of measures.
 * Overdue adds up the kept years before the current one, the kept months of the current year before the current
 * month, and the measures whose planned end falls in the current month (read through the planned-end index).
 * The milestones of the days at the edges of a period that does not start or end on a month's boundary are read
 * from `measure_milestone`.
 */
export class KeptSummaryCounts implements SummaryCounts {
  constructor(private readonly dataSource: DataSource) {}

  async statusRows(filter: CountFilter, today: string): Promise<StatusRow[]> {
    const currentMonth = today.slice(0, 7);
    const currentYear = today.slice(0, 4);
    const kept = narrowRollup(
      this.dataSource
        .createQueryBuilder()
        .select('r.field_of_action_id', 'field_of_action_id')
        .addSelect('r.status', 'status')
        .addSelect('SUM(r.measures)', 'measures')
        .addSelect('SUM(r.progress_sum)', 'progress_sum')
        .addSelect('SUM(r.progress_basis)', 'progress_basis')
        // Measures that cannot become overdue are kept under '' (closed, or without a planned end).
        .addSelect(
          `SUM(CASE WHEN r.end_year <> '' AND r.end_year < :currentYear THEN r.measures ELSE 0 END)`,
          'overdue',
        )
        .from('measure_rollup', 'r')
        .groupBy('r.field_of_action_id')
        .addGroupBy('r.status')
        .setParameters({ currentYear }),
      filter,
    ).getRawMany<StatusRow>();
    type Overdue = { field_of_action_id: string; status: MeasureStatus; overdue: string | number };
    const earlierMonths = narrowRollup(
      this.dataSource
        .createQueryBuilder()
        .select('r.field_of_action_id', 'field_of_action_id')
        .addSelect('r.status', 'status')
        .addSelect('SUM(r.measures)', 'overdue')
        .from('overdue_rollup', 'r')
        .where('r.end_month >= :yearStart AND r.end_month < :currentMonth', {
          yearStart: `${currentYear}-01`,
          currentMonth,
        })
        .groupBy('r.field_of_action_id')
        .addGroupBy('r.status'),
      filter,
    ).getRawMany<Overdue>();
    const thisMonth = narrowMeasures(
      this.dataSource
        .getRepository(MeasureEntity)
        .createQueryBuilder('m')
        .select('m.fieldOfActionId', 'field_of_action_id')
        .addSelect('m.status', 'status')
        .addSelect('COUNT(*)', 'overdue')
        .where('m.plannedEnd >= :monthStart AND m.plannedEnd < :today', { monthStart: `${currentMonth}-01`, today })
        .andWhere('m.status NOT IN (:...closed)', { closed: CLOSED_STATUSES })
        .groupBy('m.fieldOfActionId')
        .addGroupBy('m.status'),
      filter,
    ).getRawMany<Overdue>();
    const [rows, ...extras] = await Promise.all([kept, earlierMonths, thisMonth]);
    const byKey = new Map(rows.map((row) => [`${row.field_of_action_id}\n${row.status}`, row]));
    for (const extra of extras.flat()) {
      const row = byKey.get(`${extra.field_of_action_id}\n${extra.status}`);
      // Every measure is in the kept rows, so its group is there; a missing one would be a broken trigger.
      if (row) row.overdue = Number(row.overdue) + Number(extra.overdue);
    }
    return rows;
  }

  async activePerGuideline(filter: CountFilter): Promise<Map<string, number>> {
    const rows = await narrowRollup(
      this.dataSource
        .createQueryBuilder()
        .select('r.guideline_id', 'key')
        .addSelect('SUM(r.active_measures)', 'measures')
        .from('guideline_rollup', 'r')
        .groupBy('r.guideline_id'),
      filter,
    ).getRawMany<Rows[number]>();
    return toMap(rows);
  }

  async firstReachedPerMonth(
    status: MeasureStatus,
    filter: CountFilter,
    period: SummaryPeriod,
  ): Promise<Map<string, number>> {
    const start = period.from;
    const end = nextDay(period.to);
    const firstWhole = monthStart(start, true);
    const endOfWhole = monthStart(end, false);
    if (firstWhole >= endOfWhole) return toMap(await milestonesBetween(this.dataSource, status, filter, start, end));
    const whole = narrowRollup(
      this.dataSource
        .createQueryBuilder()
        .select('r.first_month', 'key')
        .addSelect('SUM(r.measures)', 'measures')
        .from('milestone_rollup', 'r')
        .where('r.status = :status', { status })
        .andWhere('r.first_month >= :first AND r.first_month < :end', {
          first: firstWhole.slice(0, 7),
          end: endOfWhole.slice(0, 7),
        })
        .groupBy('r.first_month'),
      filter,
    ).getRawMany<Rows[number]>();
    const edges = [
      start < firstWhole ? milestonesBetween(this.dataSource, status, filter, start, firstWhole) : [],
      endOfWhole < end ? milestonesBetween(this.dataSource, status, filter, endOfWhole, end) : [],
    ];
    const parts = await Promise.all([whole, ...edges]);
    const months = new Map<string, number>();
    for (const rows of parts) toMap(rows, months);
    return months;
  }
}
