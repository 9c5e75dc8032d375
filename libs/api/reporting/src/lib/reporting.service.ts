import { setImmediate as nextTurn } from 'node:timers/promises';
import { AuditService } from '@leitbild-monitor/api/audit';
import { ActorEntity, FieldOfActionEntity } from '@leitbild-monitor/api/catalog';
import { IndicatorEntity, IndicatorGoalEntity, IndicatorValueEntity } from '@leitbild-monitor/api/indicators';
import { MeasureCouncilPaperEntity, MeasureEntity, MeasurePartnerActorEntity } from '@leitbild-monitor/api/measures';
import {
  ApiProblemException,
  conflict,
  conflictOnDuplicate,
  invalid,
  newId,
  notFound,
  insertRows,
  nowIso,
  pageWindow,
  PaginationQuery,
  problem,
  SignedInContext,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type {
  ComparisonSide,
  CreateReportingDateRequest,
  Page,
  ReportingChanges,
  ReportingDate,
  ReportingDevelopment,
  ReportingReport,
} from '@leitbild-monitor/shared/contracts';
import { isOverdue, isoToday } from '@leitbild-monitor/shared/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager, FindOptionsSelect, In, MoreThan } from 'typeorm';
import { ChangesCollector, MeasureState } from './reporting-changes';
import { ReportingDateEntity, SnapshotIndicatorEntity, SnapshotMeasureEntity } from './reporting-date.entity';
import { DevelopmentCollector } from './reporting-development';
import { FrozenMeasure, ReportCollector, toSnapshotMeasure } from './reporting-figures';
import { compareIndicatorStates, FrozenIndicator, freezeIndicator, indicatorFields } from './reporting-indicators';

/** The id that stands for today's live state in `GET /reporting-dates/:id/changes`. */
export const CURRENT = 'current';

/** Rows per INSERT: 17 columns × 200 stays far below SQLite's limit of bound parameters. */
const INSERT_BATCH = 200;

/**
 * Measures read (from a snapshot, or live when one is taken) at a time, with a turn of the event loop between pages.
 * Reading and collecting a page holds the loop: 1,000 measures took 80–160 ms on a slower machine, and a request
 * that needs several turns (a static file: five) waited that long at each. With 250, under ten readers at 100,000
 * measures, the readers' p99 during the JSON report, the PDF and taking a reporting date fell from 75–131 to
 * 38–65 ms and they were answered two to three times as often; the report itself takes 25–50 % longer, as it
 * shares the loop more (docs/performance.md).
 */
const SNAPSHOT_PAGE = 250;

/** What the development reads of each snapshot row. */
const DEVELOPMENT_COLUMNS: FindOptionsSelect<SnapshotMeasureEntity> = {
  fieldOfActionId: true,
  fieldOfActionName: true,
  fieldOfActionPosition: true,
  status: true,
  progress: true,
  overdue: true,
};

/** Reporting dates in time order: by date, then by when they were taken, then by id (never equal). */
export function isLater(a: ReportingDateEntity, b: ReportingDateEntity): boolean {
  if (a.date !== b.date) return a.date > b.date;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.id > b.id;
}

@Injectable()
export class ReportingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /**
   * Takes the snapshot of every measure in one transaction. On PostgreSQL the transaction runs at REPEATABLE
   * READ, so all rows come from one consistent state even while others save; on SQLite, write transactions run
   * one at a time anyway (TransactionRunner).
   */
  create(context: SignedInContext, request: CreateReportingDateRequest): Promise<ReportingDate> {
    return conflictOnDuplicate(
      // A transaction of its own: the snapshot of a city's register is 100,000 rows (see createIn).
      () => this.transactions.runAlone((manager) => this.createIn(manager, context, request)),
      'name: a reporting date with this name already exists',
    );
  }

  /**
   * Takes the snapshot inside the caller's transaction, which must not have run a query yet (PostgreSQL sets
   * REPEATABLE READ first); a meeting takes its reporting date this way and links it in the same transaction.
   */
  async createIn(
    manager: EntityManager,
    context: SignedInContext,
    request: CreateReportingDateRequest,
  ): Promise<ReportingDate> {
    await repeatableRead(manager);
    if (await manager.existsBy(ReportingDateEntity, { name: request.name })) {
      throw conflict('duplicate_name', 'name', 'name: a reporting date with this name already exists');
    }
    const reportingDate = manager.create(ReportingDateEntity, {
      id: newId(),
      name: request.name,
      date: request.date,
      createdAt: nowIso(),
      createdById: context.principal.userId,
      createdByName: context.principal.name,
      // Counted in the same transaction as the pages below are read, so it is their number.
      measureCount: await manager.count(MeasureEntity),
    });
    await manager.insert(ReportingDateEntity, reportingDate);
    for await (const page of liveMeasurePages(manager, request.date)) {
      const rows = page.map((measure) => toRow(reportingDate.id, measure));
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        // A turn of the event loop between batches: the snapshot of 100,000 measures held the server for 8 s.
        await nextTurn();
        await insertRows(manager, SnapshotMeasureEntity, rows.slice(start, start + INSERT_BATCH), INSERT_BATCH);
      }
    }
    const indicators = await readLiveIndicators(manager, request.date);
    const indicatorRows = indicators.map((indicator) => toIndicatorRow(reportingDate.id, indicator));
    for (let start = 0; start < indicatorRows.length; start += INSERT_BATCH) {
      await insertRows(
        manager,
        SnapshotIndicatorEntity,
        indicatorRows.slice(start, start + INSERT_BATCH),
        INSERT_BATCH,
      );
    }
    await this.audit.record(manager, context, {
      action: 'reporting_date.create',
      targetType: 'reporting_date',
      targetId: reportingDate.id,
      details: {
        name: reportingDate.name,
        date: reportingDate.date,
        measureCount: reportingDate.measureCount,
        indicatorCount: indicators.length,
      },
    });
    return toReportingDate(reportingDate);
  }

  /** Newest reporting date first. */
  async list(query: PaginationQuery): Promise<Page<ReportingDate>> {
    const window = pageWindow(query);
    return this.transactions.run(async (manager) => {
      const [rows, total] = await manager.findAndCount(ReportingDateEntity, {
        order: { date: 'DESC', createdAt: 'DESC', id: 'DESC' },
        skip: window.offset,
        take: window.limit,
      });
      return toPage(rows.map(toReportingDate), total, window);
    });
  }

  async get(id: string): Promise<ReportingDate> {
    return toReportingDate(await this.transactions.run((manager) => findIn(manager, id)));
  }

  /** Removes a reporting date and its snapshot (a date taken by mistake); the audit log keeps the record. */
  remove(context: SignedInContext, id: string): Promise<void> {
    return this.transactions.run(async (manager) => {
      const reportingDate = await findIn(manager, id);
      await manager.delete(SnapshotMeasureEntity, { reportingDateId: id });
      await manager.delete(SnapshotIndicatorEntity, { reportingDateId: id });
      await manager.delete(ReportingDateEntity, { id });
      await this.audit.record(manager, context, {
        action: 'reporting_date.delete',
        targetType: 'reporting_date',
        targetId: id,
        details: { name: reportingDate.name, date: reportingDate.date, measureCount: reportingDate.measureCount },
      });
    });
  }

  /**
   * From `since` (a reporting date) to `id` (a reporting date, or `current` for today's live state). Without
   * `since`, from the reporting date just before `id` — for `current`, the latest one.
   */
  changes(
    id: string,
    since: string | undefined,
    listLimit: number,
    pageSize = SNAPSHOT_PAGE,
  ): Promise<ReportingChanges> {
    return this.transactions.run(async (manager) => {
      await repeatableRead(manager);
      if (since === CURRENT) throw invalid('since', 'invalid_id', 'since must be the id of a reporting date', {}, true);
      const to = id === CURRENT ? null : await findIn(manager, id);
      let from: ReportingDateEntity | null;
      if (since !== undefined) {
        from = await manager.findOneBy(ReportingDateEntity, { id: since });
        if (!from) throw notFound(`since: no reporting date with id ${since}`, 'since');
        if (to && isLater(from, to)) {
          throw invalid(
            'since',
            'not_earlier',
            `since must be a reporting date before ${to.name} (${to.date}); ${from.name} (${from.date}) is later`,
            { other: to.name, otherDate: to.date },
            true,
          );
        }
      } else {
        from = await previousOf(manager, to);
        if (!from) {
          throw new ApiProblemException(
            HttpStatus.NOT_FOUND,
            problem('nothing_to_compare', 'since'),
            `since: there is no reporting date before ${to ? `${to.name} (${to.date})` : 'today'} to compare with`,
          );
        }
      }
      const today = isoToday();
      const collector = new ChangesCollector(listLimit);
      await pairStates(
        manager,
        from.id,
        to ? snapshotPages(manager, to.id, pageSize) : liveMeasurePages(manager, today, pageSize),
        collector,
        pageSize,
      );
      const toSide: ComparisonSide = to ? side(to) : { id: null, name: 'Aktueller Stand', date: today };
      const indicators = compareIndicatorStates(
        await readSnapshotIndicators(manager, from.id),
        to ? await readSnapshotIndicators(manager, to.id) : await readLiveIndicators(manager, today),
      );
      return collector.changes(side(from), toSide, indicators);
    });
  }

  /**
   * The report of one reporting date, from its snapshot and that of the reporting date before it: every figure
   * counts all measures, each list holds at most `listLimit` of them (`listTotals` says how many it has). Built from
   * the snapshots read page by page, so a city's register of 100,000 measures neither sits in memory twice nor holds
   * other requests up while it is read.
   */
  report(id: string, listLimit: number, pageSize = SNAPSHOT_PAGE): Promise<ReportingReport> {
    return this.transactions.run(async (manager) => {
      const reportingDate = await findIn(manager, id);
      const indicators = await readSnapshotIndicators(manager, id);
      const previous = await previousOf(manager, reportingDate);
      const collector = new ReportCollector(listLimit);
      const changes = new ChangesCollector(listLimit);
      await pairStates(
        manager,
        previous?.id ?? null,
        snapshotPages(manager, id, pageSize),
        changes,
        pageSize,
        (measure) => collector.add(measure),
      );
      const development = await readDevelopment(manager, reportingDate, pageSize);
      const papers = await readCouncilPapers(manager, id);
      return {
        reportingDate: toReportingDate(reportingDate),
        summary: collector.summary(),
        fieldsOfAction: collector.fieldsOfAction(),
        changes: previous
          ? changes.changes(
              side(previous),
              side(reportingDate),
              compareIndicatorStates(await readSnapshotIndicators(manager, previous.id), indicators),
            )
          : null,
        overdue: collector.overdue(),
        indicators: indicatorFields(indicators),
        development,
        councilPapers: papers.slice(0, listLimit),
        listTotals: { overdue: collector.overdueTotal, councilPapers: papers.length },
        generatedAt: nowIso(),
      };
    });
  }

  /** The figures of every reporting date, oldest first; with `until`, of those up to and including that one. */
  development(until: string | undefined): Promise<ReportingDevelopment> {
    return this.transactions.run(async (manager) => {
      await repeatableRead(manager);
      let last: ReportingDateEntity | null = null;
      if (until !== undefined) {
        last = await manager.findOneBy(ReportingDateEntity, { id: until });
        if (!last) throw notFound(`until: no reporting date with id ${until}`, 'until');
      }
      return readDevelopment(manager, last);
    });
  }
}

/**
 * Feeds `changes` the measures of the later state (`laterPages`) paired with the earlier snapshot `earlierId` (none:
 * every measure is new), page by page: the earlier state is kept only as status, progress and overdue per measure,
 * and the measures only it had are read whole afterwards. `each` sees every measure of the later state.
 */
async function pairStates(
  manager: EntityManager,
  earlierId: string | null,
  laterPages: AsyncIterable<FrozenMeasure[]>,
  changes: ChangesCollector,
  pageSize: number,
  each: (measure: FrozenMeasure) => void = () => undefined,
): Promise<void> {
  const earlier = new Map<string, MeasureState>();
  if (earlierId) {
    for await (const page of snapshotPages(manager, earlierId, pageSize)) {
      for (const { measureId, status, progress, overdue } of page)
        earlier.set(measureId, { status, progress, overdue });
    }
  }
  for await (const page of laterPages) {
    for (const measure of page) {
      each(measure);
      changes.pair(earlier.get(measure.measureId), toSnapshotMeasure(measure));
      earlier.delete(measure.measureId);
    }
  }
  if (earlierId) {
    for (const removed of await readSnapshotMeasures(manager, earlierId, [...earlier.keys()])) {
      changes.removedMeasure(toSnapshotMeasure(removed));
    }
  }
}

/** The development of every reporting date up to and including `until` (all of them for null), from the snapshots. */
async function readDevelopment(
  manager: EntityManager,
  until: ReportingDateEntity | null,
  pageSize = SNAPSHOT_PAGE,
): Promise<ReportingDevelopment> {
  const dates = (
    await manager.find(ReportingDateEntity, { order: { date: 'ASC', createdAt: 'ASC', id: 'ASC' } })
  ).filter((reportingDate) => until === null || !isLater(reportingDate, until));
  const collector = new DevelopmentCollector();
  for (const reportingDate of dates) {
    collector.startDate(side(reportingDate));
    // Only the columns the figures need, page by page like the report's own snapshot.
    for await (const page of snapshotPages(manager, reportingDate.id, pageSize, DEVELOPMENT_COLUMNS)) {
      for (const measure of page) collector.add(measure);
    }
  }
  return collector.development();
}

/** On PostgreSQL, all reads of this transaction see one state (must be the transaction's first statement). */
async function repeatableRead(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type === 'postgres') {
    await manager.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
  }
}

async function findIn(manager: EntityManager, id: string): Promise<ReportingDateEntity> {
  const found = await manager.findOneBy(ReportingDateEntity, { id });
  if (!found) throw notFound(`no reporting date with id ${id}`);
  return found;
}

/** The reporting date just before `of` in time order; for `null` (today) the latest one. */
async function previousOf(manager: EntityManager, of: ReportingDateEntity | null): Promise<ReportingDateEntity | null> {
  const builder = manager
    .getRepository(ReportingDateEntity)
    .createQueryBuilder('r')
    .orderBy('r.date', 'DESC')
    .addOrderBy('r.createdAt', 'DESC')
    .addOrderBy('r.id', 'DESC')
    .limit(1);
  if (of) {
    builder.where(
      '(r.date < :date OR (r.date = :date AND (r.createdAt < :createdAt OR (r.createdAt = :createdAt AND r.id < :id))))',
      { date: of.date, createdAt: of.createdAt, id: of.id },
    );
  }
  return builder.getOne();
}

function side(reportingDate: ReportingDateEntity): ComparisonSide {
  return { id: reportingDate.id, name: reportingDate.name, date: reportingDate.date };
}

/**
 * Every measure as it is now, with the names of its field of action and actors, overdue judged as of `asOf`, in pages
 * of `size` measures by id with a turn of the event loop between pages: the snapshot of a city's register (100,000
 * measures) read at once held 700 MB and the server for seconds.
 */
async function* liveMeasurePages(
  manager: EntityManager,
  asOf: string,
  size = SNAPSHOT_PAGE,
): AsyncGenerator<FrozenMeasure[]> {
  // One after the other: inside a transaction all queries share one connection.
  const fields = await manager.find(FieldOfActionEntity);
  const actors = await manager.find(ActorEntity);
  const fieldById = new Map(fields.map((field) => [field.id, field]));
  const actorName = new Map(actors.map((actor) => [actor.id, actor.name]));
  let after = '';
  for (;;) {
    const measures = await manager.find(MeasureEntity, {
      where: { id: MoreThan(after) },
      order: { id: 'ASC' },
      take: size,
    });
    if (measures.length === 0) return;
    const partners = await manager.find(MeasurePartnerActorEntity, {
      where: { measureId: In(measures.map((measure) => measure.id)) },
    });
    const partnerNames = new Map<string, string[]>();
    for (const link of partners) {
      const name = actorName.get(link.actorId);
      if (name === undefined) continue;
      const names = partnerNames.get(link.measureId);
      if (names) names.push(name);
      else partnerNames.set(link.measureId, [name]);
    }
    yield measures.map((measure) => {
      const field = fieldById.get(measure.fieldOfActionId);
      return {
        measureId: measure.id,
        title: measure.title,
        fieldOfActionId: measure.fieldOfActionId,
        fieldOfActionName: field?.name ?? measure.fieldOfActionId,
        fieldOfActionPosition: field?.position ?? 0,
        status: measure.status,
        progress: measure.progress,
        plannedStart: measure.plannedStart,
        plannedEnd: measure.plannedEnd,
        actualStart: measure.actualStart,
        actualEnd: measure.actualEnd,
        leadActorId: measure.leadActorId,
        leadActorName: measure.leadActorId ? (actorName.get(measure.leadActorId) ?? null) : null,
        partnerActorNames: (partnerNames.get(measure.id) ?? []).sort((a, b) => a.localeCompare(b, 'de')),
        public: measure.isPublic,
        overdue: isOverdue(measure, asOf),
      };
    });
    if (measures.length < size) return;
    after = measures[measures.length - 1].id;
    await nextTurn();
  }
}

/**
 * A snapshot's measures in pages of SNAPSHOT_PAGE, by measure id, with a turn of the event loop between pages: a
 * snapshot of 100,000 measures read in one query held the server for about a second.
 */
function snapshotPages(manager: EntityManager, reportingDateId: string, size: number): AsyncGenerator<FrozenMeasure[]>;
function snapshotPages(
  manager: EntityManager,
  reportingDateId: string,
  size: number,
  select: FindOptionsSelect<SnapshotMeasureEntity>,
): AsyncGenerator<SnapshotMeasureEntity[]>;
async function* snapshotPages(
  manager: EntityManager,
  reportingDateId: string,
  size: number,
  select?: FindOptionsSelect<SnapshotMeasureEntity>,
): AsyncGenerator<FrozenMeasure[] | SnapshotMeasureEntity[]> {
  let after = '';
  for (;;) {
    const rows = await manager.find(SnapshotMeasureEntity, {
      ...(select ? { select: { ...select, measureId: true } } : {}),
      where: { reportingDateId, measureId: MoreThan(after) },
      order: { measureId: 'ASC' },
      take: size,
    });
    if (rows.length > 0) yield select ? rows : rows.map(frozenOf);
    if (rows.length < size) return;
    after = rows[rows.length - 1].measureId;
    await nextTurn();
  }
}

/** The measures of a snapshot with these ids. */
async function readSnapshotMeasures(
  manager: EntityManager,
  reportingDateId: string,
  measureIds: readonly string[],
): Promise<FrozenMeasure[]> {
  const found: FrozenMeasure[] = [];
  for (let start = 0; start < measureIds.length; start += INSERT_BATCH) {
    const rows = await manager.find(SnapshotMeasureEntity, {
      where: { reportingDateId, measureId: In(measureIds.slice(start, start + INSERT_BATCH)) },
    });
    found.push(...rows.map(frozenOf));
  }
  return found;
}

function frozenOf(row: SnapshotMeasureEntity): FrozenMeasure {
  return {
    measureId: row.measureId,
    title: row.title,
    fieldOfActionId: row.fieldOfActionId,
    fieldOfActionName: row.fieldOfActionName,
    fieldOfActionPosition: row.fieldOfActionPosition,
    status: row.status,
    progress: row.progress,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    actualStart: row.actualStart,
    actualEnd: row.actualEnd,
    leadActorId: row.leadActorId,
    leadActorName: row.leadActorName,
    partnerActorNames: JSON.parse(row.partnerActorNames) as string[],
    public: row.isPublic,
    overdue: row.overdue,
  };
}

/** Every indicator as it is now, with the values dated on or before `asOf`, its goals and the rule's state for them. */
async function readLiveIndicators(manager: EntityManager, asOf: string): Promise<FrozenIndicator[]> {
  // One after the other: inside a transaction all queries share one connection.
  const indicators = await manager.find(IndicatorEntity);
  const values = await manager.find(IndicatorValueEntity);
  const goals = await manager.find(IndicatorGoalEntity);
  const fields = await manager.find(FieldOfActionEntity);
  const fieldById = new Map(fields.map((field) => [field.id, field]));
  const pointsOf = (rows: { indicatorId: string; date: string; value: number }[]) => {
    const points = new Map<string, { date: string; value: number }[]>();
    for (const row of rows) {
      const list = points.get(row.indicatorId) ?? [];
      list.push({ date: row.date, value: row.value });
      points.set(row.indicatorId, list);
    }
    return points;
  };
  const valuesOf = pointsOf(values);
  const goalsOf = pointsOf(goals);
  return indicators.map((indicator) => {
    const field = fieldById.get(indicator.fieldOfActionId);
    return freezeIndicator(
      {
        indicatorId: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        desiredTrend: indicator.desiredTrend,
        fieldOfActionId: indicator.fieldOfActionId,
        fieldOfActionName: field?.name ?? indicator.fieldOfActionId,
        fieldOfActionPosition: field?.position ?? 0,
        public: indicator.isPublic,
        baselineDate: indicator.baselineDate,
        values: valuesOf.get(indicator.id) ?? [],
        goals: goalsOf.get(indicator.id) ?? [],
      },
      asOf,
    );
  });
}

/** The frozen indicators of a snapshot, with the state and progress they had then. */
async function readSnapshotIndicators(manager: EntityManager, reportingDateId: string): Promise<FrozenIndicator[]> {
  const rows = await manager.find(SnapshotIndicatorEntity, { where: { reportingDateId } });
  return rows.map((row) => ({
    ...freezeIndicator(
      {
        indicatorId: row.indicatorId,
        code: row.code,
        name: row.name,
        unit: row.unit,
        desiredTrend: row.desiredTrend,
        fieldOfActionId: row.fieldOfActionId,
        fieldOfActionName: row.fieldOfActionName,
        fieldOfActionPosition: row.fieldOfActionPosition,
        public: row.isPublic,
        baselineDate: row.baselineDate,
        values: JSON.parse(row.values) as { date: string; value: number }[],
        goals: JSON.parse(row.goals) as { date: string; value: number }[],
      },
      '9999-12-31',
    ),
    state: row.state,
    progress: row.progress,
  }));
}

function toIndicatorRow(reportingDateId: string, indicator: FrozenIndicator): SnapshotIndicatorEntity {
  return {
    reportingDateId,
    indicatorId: indicator.indicatorId,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    desiredTrend: indicator.desiredTrend,
    fieldOfActionId: indicator.fieldOfActionId,
    fieldOfActionName: indicator.fieldOfActionName,
    fieldOfActionPosition: indicator.fieldOfActionPosition,
    isPublic: indicator.public,
    state: indicator.state,
    progress: indicator.progress,
    values: JSON.stringify(indicator.values),
    goals: JSON.stringify(indicator.goals),
    baselineDate: indicator.baselineDate,
  };
}

function toRow(reportingDateId: string, measure: FrozenMeasure): SnapshotMeasureEntity {
  return {
    reportingDateId,
    measureId: measure.measureId,
    title: measure.title,
    status: measure.status,
    progress: measure.progress,
    fieldOfActionId: measure.fieldOfActionId,
    fieldOfActionName: measure.fieldOfActionName,
    fieldOfActionPosition: measure.fieldOfActionPosition,
    plannedStart: measure.plannedStart,
    plannedEnd: measure.plannedEnd,
    actualStart: measure.actualStart,
    actualEnd: measure.actualEnd,
    leadActorId: measure.leadActorId,
    leadActorName: measure.leadActorName,
    partnerActorNames: JSON.stringify(measure.partnerActorNames),
    isPublic: measure.public,
    overdue: measure.overdue,
  };
}

export function toReportingDate(row: ReportingDateEntity): ReportingDate {
  return {
    id: row.id,
    name: row.name,
    date: row.date,
    createdAt: row.createdAt,
    createdBy: row.createdByName,
    measureCount: row.measureCount,
  };
}

/**
 * The council papers the snapshot's measures name now, by measure title (measures without papers left out): the
 * papers of the snapshot's measures in one query, then the titles of just those measures.
 */
async function readCouncilPapers(
  manager: EntityManager,
  reportingDateId: string,
): Promise<ReportingReport['councilPapers']> {
  const rows = await manager
    .createQueryBuilder(MeasureCouncilPaperEntity, 'paper')
    .where((query) => {
      const inSnapshot = query
        .subQuery()
        .select('snapshot.measureId')
        .from(SnapshotMeasureEntity, 'snapshot')
        .where('snapshot.reportingDateId = :reportingDateId', { reportingDateId })
        .getQuery();
      return `paper.measureId IN ${inSnapshot}`;
    })
    .orderBy('paper.measureId', 'ASC')
    .addOrderBy('paper.position', 'ASC')
    .getMany();
  const found = new Map<string, ReportingReport['councilPapers'][number]>();
  for (const row of rows) {
    const entry = found.get(row.measureId) ?? { measureId: row.measureId, title: '', councilPapers: [] };
    entry.councilPapers.push({ reference: row.reference, title: row.title, date: row.date, url: row.url });
    found.set(row.measureId, entry);
  }
  for (const measure of await readSnapshotMeasures(manager, reportingDateId, [...found.keys()])) {
    const entry = found.get(measure.measureId);
    if (entry) entry.title = measure.title;
  }
  return [...found.values()].sort((a, b) => a.title.localeCompare(b.title, 'de'));
}
