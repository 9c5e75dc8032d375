import { AuditService } from '@leitbild-monitor/api/audit';
import { ActorEntity, FieldOfActionEntity, GuidelineEntity } from '@leitbild-monitor/api/catalog';
import { MeasureEntity, MeasureIndicatorEntity } from '@leitbild-monitor/api/measures';
import {
  ApiProblemException,
  conflict,
  conflictOnDuplicate,
  containsPattern,
  forbidden,
  newId,
  notFound,
  nowIso,
  pageWindow,
  PaginationQuery,
  Principal,
  problem,
  ProblemWithMessage,
  SignedInContext,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type {
  FieldChange,
  Indicator,
  IndicatorHistoryEntry,
  IndicatorHistoryKind,
  IndicatorListItem,
  IndicatorMeasure,
  IndicatorState,
  IndicatorSummary,
  Page,
  Problem,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATES } from '@leitbild-monitor/shared/contracts';
import { indicatorStateProblems, mayWriteIndicator } from '@leitbild-monitor/shared/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { CreateIndicatorDto } from './dto/create-indicator.dto';
import { ListIndicatorsQuery } from './dto/list-indicators.query';
import { UpdateIndicatorDto } from './dto/update-indicator.dto';
import {
  IndicatorEntity,
  IndicatorGoalEntity,
  IndicatorGuidelineEntity,
  IndicatorHistoryEntity,
  IndicatorValueEntity,
} from './indicator.entity';
import {
  applyEdit,
  assessmentOf,
  diffStates,
  emptyLinks,
  IndicatorEditState,
  IndicatorLinks,
  IndicatorSeriesRows,
  stateOf,
  toIndicator,
  toIndicatorBase,
  trendOf,
  writeState,
} from './indicator-view';

/** Sort keys of the list, mapped to what they order by (the state in the order off track, on track, reached, no data). */
const SORT_COLUMNS: Record<string, string> = {
  code: 'i.code',
  name: 'i.name',
  state: 'state_rank',
  progress: 'i.progress',
  updatedAt: 'i.updatedAt',
};
const STATE_RANK = "CASE i.state WHEN 'off_track' THEN 0 WHEN 'on_track' THEN 1 WHEN 'reached' THEN 2 ELSE 3 END";

/** Ids per query when loading links, values and goals: far below the bind-parameter limits of both databases. */
const CHUNK = 500;

/** What a value's write did: the import reports it row by row. */
export interface ValueWrite {
  action: 'create' | 'update' | 'unchanged';
  from: number | null;
  indicator: IndicatorEntity;
}

/** Options of the reads: `publicOnly` for the transparency view (public indicators, public measures only). */
export interface ReadOptions {
  publicOnly?: boolean;
}

/**
 * The indicators: their fields and links, values and goals, and the state the shared rule computes from them.
 * Every change runs in one transaction with its history entry and audit record. Writes are optimistic: they name
 * the indicator's version (If-Match) and fail with 412 when someone saved in between; the version moves with every
 * change of the indicator, its values and goals.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectRepository(IndicatorEntity) private readonly indicators: Repository<IndicatorEntity>,
    @InjectRepository(IndicatorHistoryEntity) private readonly history: Repository<IndicatorHistoryEntity>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------------------------------------------------ reads

  /** The filtered, sorted page, each with its state, progress and latest values. */
  async list(query: ListIndicatorsQuery, options: ReadOptions = {}): Promise<Page<IndicatorListItem>> {
    const window = pageWindow(query);
    const builder = this.filteredQuery(query, options).offset(window.offset).limit(window.limit);
    const [{ entities, raw }, total] = await Promise.all([builder.getRawAndEntities(), builder.getCount()]);
    const manager = this.indicators.manager;
    const ids = entities.map((entity) => entity.id);
    const [links, series] = await Promise.all([this.loadLinks(manager, ids), this.loadSeries(manager, ids)]);
    const items = entities.map((entity, index) => {
      const rows = series.get(entity.id) ?? emptySeries();
      return {
        ...toIndicatorBase(entity, links.get(entity.id) ?? emptyLinks(), rows),
        fieldOfActionName: raw[index]['field_of_action_name'] as string,
        responsibleActorName: (raw[index]['responsible_actor_name'] as string | null) ?? null,
        trend: trendOf(rows),
      };
    });
    return toPage(items, total, window);
  }

  private filteredQuery(query: ListIndicatorsQuery, options: ReadOptions) {
    const builder = this.indicators
      .createQueryBuilder('i')
      .innerJoin(FieldOfActionEntity, 'f', 'f.id = i.fieldOfActionId')
      .leftJoin(ActorEntity, 'a', 'a.id = i.responsibleActorId')
      .addSelect('f.name', 'field_of_action_name')
      .addSelect('a.name', 'responsible_actor_name')
      .addSelect(STATE_RANK, 'state_rank');
    if (options.publicOnly) builder.andWhere('i.isPublic = :isPublic', { isPublic: true });
    if (query.fieldOfAction) builder.andWhere('i.fieldOfActionId = :field', { field: query.fieldOfAction });
    if (query.state) builder.andWhere('i.state = :state', { state: query.state });
    if (query.actor) builder.andWhere('i.responsibleActorId = :actor', { actor: query.actor });
    if (query.guideline) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM indicator_guideline g WHERE g.indicator_id = i.id AND g.guideline_id = :guideline)',
        { guideline: query.guideline },
      );
    }
    if (query.measure) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM measure_indicator l WHERE l.indicator_id = i.id AND l.measure_id = :measure)',
        { measure: query.measure },
      );
    }
    if (query.q) {
      builder.andWhere(
        new Brackets((where) =>
          where
            .where(`LOWER(i.code) LIKE :q ESCAPE '\\'`)
            .orWhere(`LOWER(i.name) LIKE :q ESCAPE '\\'`)
            .orWhere(`LOWER(COALESCE(i.description, '')) LIKE :q ESCAPE '\\'`),
        ),
        { q: containsPattern(query.q) },
      );
    }
    const sort = query.sort ?? 'code';
    const descending = sort.startsWith('-');
    return builder
      .orderBy(SORT_COLUMNS[descending ? sort.slice(1) : sort], descending ? 'DESC' : 'ASC', 'NULLS LAST')
      .addOrderBy('i.code', 'ASC')
      .addOrderBy('i.id', 'ASC');
  }

  /** One indicator with values, goals, goal line and linked measures; 404 for one not visible (`publicOnly`). */
  async get(id: string, options: ReadOptions = {}): Promise<Indicator> {
    return this.getIn(this.indicators.manager, id, options);
  }

  async getIn(manager: EntityManager, id: string, options: ReadOptions = {}): Promise<Indicator> {
    const entity = await manager.findOneBy(IndicatorEntity, options.publicOnly ? { id, isPublic: true } : { id });
    if (!entity) throw notFound(`no indicator with id ${id}`);
    return this.detailOf(manager, entity, options);
  }

  private async detailOf(manager: EntityManager, entity: IndicatorEntity, options: ReadOptions): Promise<Indicator> {
    // One after the other: inside a transaction all queries share one connection.
    const links = (await this.loadLinks(manager, [entity.id])).get(entity.id) ?? emptyLinks();
    const series = (await this.loadSeries(manager, [entity.id])).get(entity.id) ?? emptySeries();
    const measures = await this.linkedMeasures(manager, entity.id, options);
    return toIndicator(entity, links, series, measures);
  }

  /** Every indicator matching the filters (unpaged, by code), with values and goals: exports and snapshots. */
  async listAllWithSeries(
    manager: EntityManager,
    options: ReadOptions & { fieldOfActionId?: string } = {},
  ): Promise<{ entity: IndicatorEntity; links: IndicatorLinks; series: IndicatorSeriesRows }[]> {
    const where = {
      ...(options.publicOnly ? { isPublic: true } : {}),
      ...(options.fieldOfActionId ? { fieldOfActionId: options.fieldOfActionId } : {}),
    };
    const entities = await manager.find(IndicatorEntity, { where, order: { code: 'ASC' } });
    const ids = entities.map((entity) => entity.id);
    const links = await this.loadLinks(manager, ids);
    const series = await this.loadSeries(manager, ids);
    return entities.map((entity) => ({
      entity,
      links: links.get(entity.id) ?? emptyLinks(),
      series: series.get(entity.id) ?? emptySeries(),
    }));
  }

  /**
   * The indicators with these codes, compared ignoring case, keyed by the lower-case code; inside the caller's
   * transaction. Compared here rather than with SQL's LOWER, which SQLite applies to ASCII letters only.
   */
  async findByCodes(manager: EntityManager, codes: string[]): Promise<Map<string, IndicatorEntity>> {
    const wanted = new Set(codes.map(indicatorCodeKey));
    const ids = (await codesOf(manager)).filter((row) => wanted.has(indicatorCodeKey(row.code))).map((row) => row.id);
    const found = new Map<string, IndicatorEntity>();
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows = await manager.findBy(IndicatorEntity, { id: In(ids.slice(start, start + CHUNK)) });
      for (const row of rows) found.set(indicatorCodeKey(row.code), row);
    }
    return found;
  }

  /** The stored values of these indicators, inside the caller's transaction. */
  async valuesOf(manager: EntityManager, ids: string[]): Promise<Map<string, IndicatorValueEntity[]>> {
    const values = new Map<string, IndicatorValueEntity[]>(ids.map((id) => [id, []]));
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows = await manager.find(IndicatorValueEntity, {
        where: { indicatorId: In(ids.slice(start, start + CHUNK)) },
      });
      for (const row of rows) values.get(row.indicatorId)?.push(row);
    }
    return values;
  }

  /** Per field of action (all of them, in the Leitbild's order), how many indicators are in each state. */
  async summary(options: ReadOptions = {}): Promise<IndicatorSummary> {
    const manager = this.indicators.manager;
    const fields = await manager.find(FieldOfActionEntity, { order: { position: 'ASC', name: 'ASC' } });
    const builder = manager
      .createQueryBuilder(IndicatorEntity, 'i')
      .select('i.fieldOfActionId', 'field')
      .addSelect('i.state', 'state')
      .addSelect('COUNT(*)', 'count')
      .groupBy('i.fieldOfActionId')
      .addGroupBy('i.state');
    if (options.publicOnly) builder.where('i.isPublic = :isPublic', { isPublic: true });
    const counts = (await builder.getRawMany()) as { field: string; state: IndicatorState; count: number | string }[];
    return {
      fieldsOfAction: fields.map((field) => {
        const byState = Object.fromEntries(INDICATOR_STATES.map((state) => [state, 0])) as Record<
          IndicatorState,
          number
        >;
        for (const row of counts) if (row.field === field.id) byState[row.state] += Number(row.count);
        return {
          fieldOfActionId: field.id,
          name: field.name,
          total: Object.values(byState).reduce((sum, count) => sum + count, 0),
          byState,
        };
      }),
    };
  }

  async listHistory(id: string, query: PaginationQuery): Promise<Page<IndicatorHistoryEntry>> {
    if (!(await this.indicators.existsBy({ id }))) throw notFound(`no indicator with id ${id}`);
    const window = pageWindow(query);
    const [rows, total] = await this.history.findAndCount({
      where: { indicatorId: id },
      order: { id: 'DESC' },
      skip: window.offset,
      take: window.limit,
    });
    return toPage(rows.map(toHistoryEntry), total, window);
  }

  // ----------------------------------------------------------------------------------------------------- writes

  create(dto: CreateIndicatorDto, context: SignedInContext): Promise<Indicator> {
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          const id = newId();
          const state = applyEdit(emptyState(dto.code ?? codeFromId(id)), dto);
          await this.assertValid(manager, state, null);
          assertMayWrite(context.principal, state);
          const now = nowIso();
          const entity = manager.create(IndicatorEntity, {
            id,
            version: 1,
            state: 'no_data',
            progress: null,
            createdAt: now,
            updatedAt: now,
          });
          writeState(entity, state);
          await manager.insert(IndicatorEntity, entity);
          await this.writeLinks(manager, id, state, emptyLinks());
          const changes = diffStates(emptyState(''), state).filter((change) => !isEmptyValue(change.to));
          await this.record(manager, id, 'created', now, context, changes);
          return this.detailOf(manager, entity, {});
        }),
      'code: another indicator has this code',
      { field: 'code', code: 'duplicate_code' },
    );
  }

  update(id: string, expectedVersion: number, dto: UpdateIndicatorDto, context: SignedInContext): Promise<Indicator> {
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          const { entity, links } = await this.loadForChange(manager, id, expectedVersion, context.principal);
          const before = stateOf(entity, links);
          const after = applyEdit(before, dto);
          const changes = diffStates(before, after);
          if (changes.length === 0) return this.detailOf(manager, entity, {});
          assertMayWrite(context.principal, after);
          await this.assertValid(manager, after, entity);
          const now = nowIso();
          await this.claimVersion(manager, entity, expectedVersion, now);
          writeState(entity, after);
          await this.writeLinks(manager, id, after, before);
          await this.storeAssessment(manager, entity);
          await this.record(manager, id, 'field_change', now, context, changes);
          return this.detailOf(manager, entity, {});
        }),
      'code: another indicator has this code',
      { field: 'code', code: 'duplicate_code' },
    );
  }

  putValue(
    id: string,
    expectedVersion: number,
    date: string,
    value: { value: number; note?: string | null },
    context: SignedInContext,
  ): Promise<Indicator> {
    return this.transactions.run(async (manager) => {
      const { indicator } = await this.putValueIn(manager, id, expectedVersion, date, value, context);
      return this.detailOf(manager, indicator, {});
    });
  }

  /**
   * Enters or corrects the value of a date inside the caller's transaction (the import runs many in one).
   * `expectedVersion` null: whatever version is current (the import checks nothing older). A note left out stays
   * as it is; a value and note as stored change nothing.
   */
  async putValueIn(
    manager: EntityManager,
    id: string,
    expectedVersion: number | null,
    date: string,
    input: { value: number; note?: string | null },
    context: SignedInContext,
  ): Promise<ValueWrite> {
    const { entity } = await this.loadForChange(manager, id, expectedVersion, context.principal);
    const existing = await manager.findOneBy(IndicatorValueEntity, { indicatorId: id, date });
    const note = input.note === undefined ? (existing?.note ?? null) : input.note?.trim() || null;
    const value = Object.is(input.value, -0) ? 0 : input.value;
    if (existing && existing.value === value && existing.note === note) {
      return { action: 'unchanged', from: existing.value, indicator: entity };
    }
    const now = nowIso();
    await this.claimVersion(manager, entity, entity.version, now);
    const row = manager.create(IndicatorValueEntity, {
      indicatorId: id,
      date,
      value,
      note,
      enteredById: context.principal.userId,
      enteredByName: context.principal.name,
      enteredAt: now,
    });
    if (existing) await manager.update(IndicatorValueEntity, { indicatorId: id, date }, row);
    else await manager.insert(IndicatorValueEntity, row);
    await this.storeAssessment(manager, entity);
    const changes: FieldChange[] = [];
    if (!existing || existing.value !== value)
      changes.push({ field: 'value', from: existing?.value ?? null, to: value });
    if ((existing?.note ?? null) !== note) changes.push({ field: 'note', from: existing?.note ?? null, to: note });
    await this.record(manager, id, 'value_set', now, context, changes, date);
    return { action: existing ? 'update' : 'create', from: existing?.value ?? null, indicator: entity };
  }

  /** Removes the value of a date (404 if there is none); a baseline marked on it is unmarked. */
  deleteValue(id: string, expectedVersion: number, date: string, context: SignedInContext): Promise<Indicator> {
    return this.transactions.run(async (manager) => {
      const { entity } = await this.loadForChange(manager, id, expectedVersion, context.principal);
      const existing = await manager.findOneBy(IndicatorValueEntity, { indicatorId: id, date });
      if (!existing) throw notFound(`no value of indicator ${id} on ${date}`, 'date');
      const now = nowIso();
      await this.claimVersion(manager, entity, expectedVersion, now);
      await manager.delete(IndicatorValueEntity, { indicatorId: id, date });
      const changes: FieldChange[] = [
        { field: 'value', from: existing.value, to: null },
        ...(existing.note ? [{ field: 'note', from: existing.note, to: null }] : []),
      ];
      if (entity.baselineDate === date) {
        changes.push({ field: 'baselineDate', from: date, to: null });
        entity.baselineDate = null;
      }
      await this.storeAssessment(manager, entity);
      await this.record(manager, id, 'value_deleted', now, context, changes, date);
      return this.detailOf(manager, entity, {});
    });
  }

  /** Sets the goal of a date (an interim or the final goal). */
  putGoal(
    id: string,
    expectedVersion: number,
    date: string,
    input: { value: number },
    context: SignedInContext,
  ): Promise<Indicator> {
    return this.transactions.run(async (manager) => {
      const { entity } = await this.loadForChange(manager, id, expectedVersion, context.principal);
      const existing = await manager.findOneBy(IndicatorGoalEntity, { indicatorId: id, date });
      const value = Object.is(input.value, -0) ? 0 : input.value;
      if (existing?.value === value) return this.detailOf(manager, entity, {});
      const now = nowIso();
      await this.claimVersion(manager, entity, expectedVersion, now);
      if (existing) await manager.update(IndicatorGoalEntity, { indicatorId: id, date }, { value });
      else await manager.insert(IndicatorGoalEntity, { indicatorId: id, date, value });
      await this.storeAssessment(manager, entity);
      await this.record(
        manager,
        id,
        'goal_set',
        now,
        context,
        [{ field: 'goal', from: existing?.value ?? null, to: value }],
        date,
      );
      return this.detailOf(manager, entity, {});
    });
  }

  deleteGoal(id: string, expectedVersion: number, date: string, context: SignedInContext): Promise<Indicator> {
    return this.transactions.run(async (manager) => {
      const { entity } = await this.loadForChange(manager, id, expectedVersion, context.principal);
      const existing = await manager.findOneBy(IndicatorGoalEntity, { indicatorId: id, date });
      if (!existing) throw notFound(`no goal of indicator ${id} on ${date}`, 'date');
      const now = nowIso();
      await this.claimVersion(manager, entity, expectedVersion, now);
      await manager.delete(IndicatorGoalEntity, { indicatorId: id, date });
      await this.storeAssessment(manager, entity);
      await this.record(
        manager,
        id,
        'goal_deleted',
        now,
        context,
        [{ field: 'goal', from: existing.value, to: null }],
        date,
      );
      return this.detailOf(manager, entity, {});
    });
  }

  /** Writes an audit record of a whole import, in the import's transaction. */
  recordImport(manager: EntityManager, context: SignedInContext, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(manager, context, { action: 'indicator.values_import', targetType: 'indicator', details });
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  /**
   * Loads an indicator for a change: 404 if unknown, 403 if the user may not change it, 412 if the version the
   * client based its change on is stale (`expectedVersion` null: any).
   */
  private async loadForChange(
    manager: EntityManager,
    id: string,
    expectedVersion: number | null,
    principal: Principal,
  ): Promise<{ entity: IndicatorEntity; links: IndicatorLinks }> {
    const entity = await manager.findOneBy(IndicatorEntity, { id });
    if (!entity) throw notFound(`no indicator with id ${id}`);
    assertMayWrite(principal, entity);
    if (expectedVersion !== null && entity.version !== expectedVersion) {
      throw staleVersion(expectedVersion, entity.version);
    }
    const links = (await this.loadLinks(manager, [id])).get(id) ?? emptyLinks();
    return { entity, links };
  }

  /**
   * Moves the indicator to its next version before anything else of the change is written, but only if nobody
   * else did so in the meantime: on PostgreSQL the row stays locked until the transaction ends, so a concurrent
   * change of the same indicator waits here and then finds the version moved (412) instead of colliding later.
   */
  private async claimVersion(manager: EntityManager, entity: IndicatorEntity, expectedVersion: number, now: string) {
    const result = await manager
      .createQueryBuilder()
      .update(IndicatorEntity)
      .set({ version: expectedVersion + 1, updatedAt: now })
      .where('id = :id AND version = :expectedVersion', { id: entity.id, expectedVersion })
      .execute();
    if (result.affected !== 1) {
      const current = await manager.findOneBy(IndicatorEntity, { id: entity.id });
      throw staleVersion(expectedVersion, current?.version ?? null);
    }
    entity.version = expectedVersion + 1;
    entity.updatedAt = now;
  }

  /** Writes the entity's fields and the rule's result for its current values and goals (version already claimed). */
  private async storeAssessment(manager: EntityManager, entity: IndicatorEntity): Promise<void> {
    const series = (await this.loadSeries(manager, [entity.id])).get(entity.id) ?? emptySeries();
    const assessment = assessmentOf(entity, series);
    entity.state = assessment.state;
    entity.progress = assessment.progress;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { id, version, createdAt, ...columns } = entity;
    await manager.update(IndicatorEntity, { id }, columns);
  }

  private async assertValid(manager: EntityManager, state: IndicatorEditState, current: IndicatorEntity | null) {
    const problems: ProblemWithMessage[] = indicatorStateProblems(state).map(withMessage);
    const unknown = (field: string, message: string) =>
      problems.push({ problem: problem('unknown_reference', field), message });
    if (!(await manager.existsBy(FieldOfActionEntity, { id: state.fieldOfActionId }))) {
      unknown('fieldOfActionId', 'fieldOfActionId must be the id of an existing field of action');
    }
    if (state.responsibleActorId !== null && !(await manager.existsBy(ActorEntity, { id: state.responsibleActorId }))) {
      unknown('responsibleActorId', 'responsibleActorId must be the id of an existing actor');
    }
    if (state.guidelineIds.length > 0) {
      if ((await manager.countBy(GuidelineEntity, { id: In(state.guidelineIds) })) !== state.guidelineIds.length) {
        unknown('guidelineIds', 'guidelineIds must all be ids of existing guidelines');
      }
    }
    if (state.measureIds.length > 0) {
      if ((await manager.countBy(MeasureEntity, { id: In(state.measureIds) })) !== state.measureIds.length) {
        unknown('measureIds', 'measureIds must all be ids of existing measures');
      }
    }
    if (state.baselineDate !== null && state.baselineDate !== current?.baselineDate) {
      const exists = current
        ? await manager.existsBy(IndicatorValueEntity, { indicatorId: current.id, date: state.baselineDate })
        : false;
      if (!exists) unknown('baselineDate', 'baselineDate must be the date of one of the indicator’s values');
    }
    const sameCode = (await codesOf(manager)).some(
      (row) => row.id !== current?.id && indicatorCodeKey(row.code) === indicatorCodeKey(state.code),
    );
    if (problems.length > 0) throw ApiProblemException.of(HttpStatus.BAD_REQUEST, problems, true);
    if (sameCode) throw conflict('duplicate_code', 'code', 'code: another indicator has this code');
  }

  private async loadLinks(manager: EntityManager, ids: string[]): Promise<Map<string, IndicatorLinks>> {
    const links = new Map<string, IndicatorLinks>(ids.map((id) => [id, emptyLinks()]));
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const guidelines = await manager.find(IndicatorGuidelineEntity, { where: { indicatorId: In(chunk) } });
      const measures = await manager.find(MeasureIndicatorEntity, { where: { indicatorId: In(chunk) } });
      for (const row of guidelines) links.get(row.indicatorId)?.guidelineIds.push(row.guidelineId);
      for (const row of measures) {
        const found = links.get(row.indicatorId);
        found?.measureIds.push(row.measureId);
        if (row.showsProgress) found?.progressMeasureIds.push(row.measureId);
      }
    }
    for (const found of links.values()) {
      found.guidelineIds.sort();
      found.measureIds.sort();
      found.progressMeasureIds.sort();
    }
    return links;
  }

  private async loadSeries(manager: EntityManager, ids: string[]): Promise<Map<string, IndicatorSeriesRows>> {
    const series = new Map<string, IndicatorSeriesRows>(ids.map((id) => [id, emptySeries()]));
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const values = await manager.find(IndicatorValueEntity, { where: { indicatorId: In(chunk) } });
      const goals = await manager.find(IndicatorGoalEntity, { where: { indicatorId: In(chunk) } });
      for (const row of values) series.get(row.indicatorId)?.values.push(row);
      for (const row of goals) series.get(row.indicatorId)?.goals.push({ date: row.date, value: row.value });
    }
    return series;
  }

  private async linkedMeasures(manager: EntityManager, id: string, options: ReadOptions): Promise<IndicatorMeasure[]> {
    const builder = manager
      .createQueryBuilder(MeasureIndicatorEntity, 'l')
      .innerJoin(MeasureEntity, 'm', 'm.id = l.measureId')
      .select('l.measureId', 'measureId')
      .addSelect('l.showsProgress', 'showsProgress')
      .addSelect('m.title', 'title')
      .addSelect('m.status', 'status')
      .addSelect('m.progress', 'progress')
      .where('l.indicatorId = :id', { id })
      .orderBy('m.title', 'ASC')
      .addOrderBy('m.id', 'ASC');
    if (options.publicOnly) builder.andWhere('m.isPublic = :isPublic', { isPublic: true });
    const rows = (await builder.getRawMany()) as (Omit<IndicatorMeasure, 'showsProgress'> & {
      showsProgress: boolean | number;
    })[];
    return rows.map((row) => ({
      measureId: row.measureId,
      title: row.title,
      status: row.status,
      progress: row.progress === null ? null : Number(row.progress),
      // SQLite has no booleans: raw rows carry 0 or 1.
      showsProgress: Boolean(row.showsProgress),
    }));
  }

  /** Replaces the links that differ: guidelines, and measures (keeping the measure's side of a link that stays). */
  private async writeLinks(manager: EntityManager, id: string, next: IndicatorLinks, previous: IndicatorLinks) {
    if (JSON.stringify(previous.guidelineIds) !== JSON.stringify(next.guidelineIds)) {
      await manager.delete(IndicatorGuidelineEntity, { indicatorId: id });
      if (next.guidelineIds.length > 0) {
        await manager.insert(
          IndicatorGuidelineEntity,
          next.guidelineIds.map((guidelineId) => ({ indicatorId: id, guidelineId })),
        );
      }
    }
    const removed = previous.measureIds.filter((measureId) => !next.measureIds.includes(measureId));
    if (removed.length > 0) await manager.delete(MeasureIndicatorEntity, { indicatorId: id, measureId: In(removed) });
    const shown = new Set(next.progressMeasureIds);
    const wasShown = new Set(previous.progressMeasureIds);
    for (const measureId of next.measureIds) {
      if (!previous.measureIds.includes(measureId)) {
        await manager.insert(MeasureIndicatorEntity, {
          indicatorId: id,
          measureId,
          showsProgress: shown.has(measureId),
        });
      } else if (shown.has(measureId) !== wasShown.has(measureId)) {
        await manager.update(
          MeasureIndicatorEntity,
          { indicatorId: id, measureId },
          { showsProgress: shown.has(measureId) },
        );
      }
    }
  }

  private async record(
    manager: EntityManager,
    indicatorId: string,
    kind: IndicatorHistoryKind,
    at: string,
    context: SignedInContext,
    changes: FieldChange[],
    subjectDate: string | null = null,
  ): Promise<void> {
    const { principal } = context;
    const entry = manager.create(IndicatorHistoryEntity, {
      indicatorId,
      kind,
      at,
      authorId: principal.userId,
      authorName: principal.name,
      subjectDate,
    });
    entry.changes = changes;
    await manager.save(entry);
    await this.audit.record(manager, context, {
      action: `indicator.${kind}`,
      targetType: 'indicator',
      targetId: indicatorId,
      details: { fields: changes.map((change) => change.field), ...(subjectDate ? { date: subjectDate } : {}) },
    });
  }
}

/** A new indicator's state before its request is applied. */
function emptyState(code: string): IndicatorEditState {
  return {
    code,
    name: '',
    description: null,
    unit: '',
    desiredTrend: 'increase',
    timeResolution: 'year',
    source: null,
    fieldOfActionId: '',
    responsibleActorId: null,
    public: false,
    dueEvery: null,
    dueMonthDay: null,
    baselineDate: null,
    ...emptyLinks(),
  };
}

/** Codes are unique ignoring case (in every script, not only ASCII as SQLite's LOWER). */
export function indicatorCodeKey(code: string): string {
  return code.toLocaleLowerCase('de');
}

/** Every indicator's id and code: a few hundred short rows, compared in code (see `indicatorCodeKey`). */
function codesOf(manager: EntityManager): Promise<{ id: string; code: string }[]> {
  return manager.find(IndicatorEntity, { select: { id: true, code: true } });
}

/** A code for an indicator created without one: `K-` and the start of its id (unique without counting). */
function codeFromId(id: string): string {
  return `K-${id.slice(0, 8).toUpperCase()}`;
}

function emptySeries(): IndicatorSeriesRows {
  return { values: [], goals: [] };
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Per-record rights (`mayWriteIndicator` in the shared domain): 403 unless the editor's actor is responsible. */
function assertMayWrite(principal: Principal, indicator: { responsibleActorId: string | null }): void {
  if (!mayWriteIndicator(principal, indicator)) {
    throw forbidden(
      'not_responsible_actor',
      'you may change only indicators your actor is responsible for (and must stay responsible)',
    );
  }
}

function withMessage(found: Problem): ProblemWithMessage {
  const message =
    found.code === 'unknown_reference'
      ? `${found.field} must be among measureIds`
      : `${found.field} may be set only with dueEvery "year"`;
  return { problem: problem(found.code, found.field, found.params), message };
}

function staleVersion(expected: number, current: number | null): ApiProblemException {
  return new ApiProblemException(
    HttpStatus.PRECONDITION_FAILED,
    problem('version_mismatch', 'If-Match', { current }),
    `If-Match: the indicator was changed since version ${expected}` +
      (current === null ? '' : ` (current version ${current}); reload it and apply your change again`),
  );
}

export function toHistoryEntry(row: IndicatorHistoryEntity): IndicatorHistoryEntry {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    kind: row.kind,
    at: row.at,
    by: row.authorName,
    date: row.subjectDate,
    changes: row.changes,
  };
}
