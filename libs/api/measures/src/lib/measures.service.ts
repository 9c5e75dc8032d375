import { setImmediate as nextTurn } from 'node:timers/promises';
import { ActorEntity, FieldOfActionEntity } from '@leitbild-monitor/api/catalog';
import { AuditService } from '@leitbild-monitor/api/audit';
import {
  ApiProblemException,
  conflict,
  containsPattern,
  forbidden,
  insertRow,
  invalid,
  namedQuery,
  newId,
  notFound,
  nowIso,
  pageWindow,
  PaginationQuery,
  Principal,
  problem,
  selectRows,
  SignedInContext,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type {
  CouncilPaper,
  FieldChange,
  HistoryEntry,
  HistoryKind,
  Measure,
  MeasureListItem,
  MeasureStatus,
  Page,
} from '@leitbild-monitor/shared/contracts';
import {
  allowedNextStatuses,
  applyCouncilPapers,
  councilPaperKey,
  councilPaperProblems,
  emptyMeasureFieldValues,
  INITIAL_STATUS,
  isoToday,
  mayWriteMeasure,
  MeasureResponsibility,
  responsibilityProblem,
  ResponsibilityProblemCode,
  statusRequiresNote,
  transitionProblem,
} from '@leitbild-monitor/shared/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { ChangeStatusDto, ProgressUpdateDto } from './dto/change-status.dto';
import { CreateMeasureDto } from './dto/create-measure.dto';
import { ListMeasuresQuery } from './dto/list-measures.query';
import { UpdateMeasureDto } from './dto/update-measure.dto';
import { MeasureHistoryEntity } from './measure-history.entity';
import {
  applyEdit,
  councilPaperChange,
  diffStates,
  MeasureLinks,
  MeasureState,
  stateOf,
  stateProblems,
  toMeasure,
  writeState,
} from './measure-state';
import {
  MeasureCouncilPaperEntity,
  MeasureEntity,
  MeasureGuidelineEntity,
  MeasureIndicatorEntity,
  MeasurePartnerActorEntity,
} from './measure.entity';

/** Sort keys of the list, mapped to the columns they order by. */
const SORT_COLUMNS: Record<string, string> = {
  title: 'm.title',
  status: 'm.status',
  progress: 'm.progress',
  plannedStart: 'm.plannedStart',
  plannedEnd: 'm.plannedEnd',
  createdAt: 'm.createdAt',
  updatedAt: 'm.updatedAt',
};

/** The list's filters and sort without the page: what an export of the register selects. */
export type MeasureFilters = Omit<ListMeasuresQuery, 'page' | 'limit'>;

/** A change and what it changed: the history's field changes (empty when the edit changed nothing). */
export interface MeasureChangeResult {
  measure: Measure;
  changes: FieldChange[];
}

/**
 * How a measure starts when it is not created as a new proposal: imports of existing lists bring measures
 * that are already planned or running. The status is recorded in the history entry of the creation.
 */
export interface InitialStatus {
  status: MeasureStatus;
  note?: string | null;
}

/** Ids per query when loading links: far below the bind-parameter limits of SQLite and PostgreSQL. */
const LINK_CHUNK = 500;

/**
 * Measures per slice of an unpaged list (`eachSlice`): a few milliseconds of work each. A streamed export reads,
 * maps and writes a slice per turn of the event loop; with 250 the readers' median wait during an export of 100,000
 * measures doubled (7 → 15 ms), with 100 it stayed as it was and the export took 2 s longer (docs/performance.md).
 */
const EXPORT_SLICE = 100;

/** A new measure's state before its request is applied. */
const EMPTY_STATE: MeasureState = emptyMeasureFieldValues();

/**
 * The measure register. Every change runs in one transaction together with its history entry; updates are
 * optimistic: they name the version they were based on and fail with 412 when someone saved in between.
 */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectRepository(MeasureEntity) private readonly measures: Repository<MeasureEntity>,
    @InjectRepository(MeasureHistoryEntity) private readonly history: Repository<MeasureHistoryEntity>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** The filtered, sorted page; `publicOnly` restricts it to published measures (for the transparency view). */
  async list(query: ListMeasuresQuery, options: { publicOnly?: boolean } = {}): Promise<Page<MeasureListItem>> {
    const window = pageWindow(query);
    const builder = this.filteredQuery(query, query.sort ?? '-updatedAt', options)
      .offset(window.offset)
      .limit(window.limit);
    const [{ entities, raw }, total] = await Promise.all([
      builder.getRawAndEntities(),
      this.countMatching(query, options),
    ]);
    return toPage(await this.toListItems(entities, raw), total, window);
  }

  /**
   * How many measures the filters match, counted on the measure table alone. The list's joins (its field of action,
   * a foreign key that is never null, and at most one lead actor) neither add nor drop a row, but TypeORM's
   * `getCount()` counts `DISTINCT m.id` over them: 120–400 ms of SQLite's time, holding the event loop, for a page
   * of the 100,000-measure register (unfiltered, or by status), against 2–3 ms for `COUNT(*)` on the index.
   */
  private async countMatching(query: MeasureFilters, options: { publicOnly?: boolean }): Promise<number> {
    const builder = this.measures.createQueryBuilder('m').select('COUNT(*)', 'total');
    applyFilters(builder, query, options);
    const row = await builder.getRawOne<{ total: number | string }>();
    return Number(row?.total ?? 0);
  }

  /**
   * Every measure matching the filters, unpaged; sorted by title unless asked. Collects `eachSlice`: for callers that
   * need the whole list at once (an export streams the slices instead).
   */
  async listAll(query: MeasureFilters, options: { publicOnly?: boolean } = {}): Promise<MeasureListItem[]> {
    const items: MeasureListItem[] = [];
    for await (const slice of this.eachSlice(query, options)) items.push(...slice);
    return items;
  }

  /**
   * Every measure matching the filters, unpaged (the export of the register), as slices of `sliceSize` measures in
   * the list's order; sorted by title unless asked. A turn of the event loop comes before each slice: on SQLite every
   * query answers synchronously, and the 100,000 measures of a city's register in one go held the server for
   * seconds, for everyone. The order comes first (ids only), then each slice's measures and links, read only when
   * the caller asks for the slice: an export that writes each slice before it asks for the next holds one slice at a
   * time. A measure deleted meanwhile is left out.
   */
  async *eachSlice(
    query: MeasureFilters,
    options: { publicOnly?: boolean; sliceSize?: number } = {},
  ): AsyncGenerator<MeasureListItem[]> {
    const sliceSize = options.sliceSize ?? EXPORT_SLICE;
    const ordered = await this.filteredQuery(query, query.sort ?? 'title', options)
      .select('m.id', 'id')
      .getRawMany<{ id: string }>();
    for (let start = 0; start < ordered.length; start += sliceSize) {
      await nextTurn();
      const ids = ordered.slice(start, start + sliceSize).map((row) => row.id);
      const { entities, raw } = await this.filteredQuery({}, 'title', options)
        .andWhere('m.id IN (:...ids)', { ids })
        .getRawAndEntities();
      const byId = new Map((await this.toListItems(entities, raw)).map((item) => [item.id, item]));
      yield ids.flatMap((id) => byId.get(id) ?? []);
    }
  }

  private filteredQuery(query: MeasureFilters, sort: string, options: { publicOnly?: boolean }) {
    const builder = this.measures
      .createQueryBuilder('m')
      .innerJoin(FieldOfActionEntity, 'f', 'f.id = m.fieldOfActionId')
      .leftJoin(ActorEntity, 'lead', 'lead.id = m.leadActorId')
      .addSelect('f.name', 'field_of_action_name')
      .addSelect('lead.name', 'lead_actor_name');
    applyFilters(builder, query, options);

    const descending = sort.startsWith('-');
    return (
      builder
        // Unknown values (no progress, no dates) go last in either direction, on both databases.
        .orderBy(SORT_COLUMNS[descending ? sort.slice(1) : sort], descending ? 'DESC' : 'ASC', 'NULLS LAST')
        .addOrderBy('m.id', 'ASC')
    );
  }

  private async toListItems(entities: MeasureEntity[], raw: Record<string, unknown>[]): Promise<MeasureListItem[]> {
    const links = await this.loadLinks(
      this.measures.manager,
      entities.map((entity) => entity.id),
    );
    const today = isoToday();
    return entities.map((entity, index) => ({
      ...toMeasure(entity, links.get(entity.id) ?? emptyLinks(), today),
      fieldOfActionName: raw[index]['field_of_action_name'] as string,
      leadActorName: (raw[index]['lead_actor_name'] as string | null) ?? null,
    }));
  }

  /** The measures with these ids as they are inside the caller's transaction (unknown ids are left out). */
  async findIn(manager: EntityManager, ids: string[]): Promise<Map<string, Measure>> {
    const found = new Map<string, Measure>();
    for (let start = 0; start < ids.length; start += LINK_CHUNK) {
      const chunk = ids.slice(start, start + LINK_CHUNK);
      const [entities, links] = await Promise.all([
        manager.findBy(MeasureEntity, { id: In(chunk) }),
        this.loadLinks(manager, chunk),
      ]);
      for (const entity of entities) found.set(entity.id, toMeasure(entity, links.get(entity.id) ?? emptyLinks()));
    }
    return found;
  }

  async get(id: string, options: { publicOnly?: boolean } = {}): Promise<Measure> {
    const entity = await this.measures.findOneBy(options.publicOnly ? { id, isPublic: true } : { id });
    if (!entity) throw notFound(`no measure with id ${id}`);
    const links = await this.loadLinks(this.measures.manager, [id]);
    return toMeasure(entity, links.get(id) ?? emptyLinks());
  }

  create(dto: CreateMeasureDto, context: SignedInContext): Promise<Measure> {
    return this.transactions.run((manager) => this.createIn(manager, dto, context));
  }

  /**
   * Creates a measure inside the caller's transaction (the import runs many of these in one). Validates the
   * DTO's cross-field rules and references and the user's right to it; the DTO itself must already have passed
   * the validation pipe. `initial` starts it in another status than `proposed` (existing lists being moved in).
   */
  async createIn(
    manager: EntityManager,
    dto: CreateMeasureDto,
    context: SignedInContext,
    initial: InitialStatus = { status: INITIAL_STATUS },
  ): Promise<Measure> {
    const state = applyEdit(EMPTY_STATE, dto);
    const papers = applyCouncilPapers([], dto.councilPapers ?? []);
    await this.assertValidState(manager, state, dto);
    assertMayWrite(context.principal, state);
    const note = initial.note?.trim() || null;
    if (statusRequiresNote(initial.status) && !note) throw noteRequired(initial.status);
    const now = nowIso();
    const entity = manager.create(MeasureEntity, {
      id: newId(),
      version: 1,
      status: initial.status,
      statusNote: statusRequiresNote(initial.status) ? note : null,
      createdAt: now,
      updatedAt: now,
    });
    writeState(entity, state);
    await insertRow(manager, MeasureEntity, entity);
    const links: MeasureLinks = { ...state, councilPapers: papers };
    await this.writeLinks(manager, entity.id, links);
    const changes = diffStates(EMPTY_STATE, state).filter((change) => !isEmptyValue(change.to));
    if (papers.length > 0) changes.push({ field: 'councilPapers', from: [], to: papers });
    await this.record(
      manager,
      entity.id,
      'created',
      now,
      context,
      [{ field: 'status', from: null, to: initial.status }, ...changes],
      entity.statusNote,
    );
    return toMeasure(entity, links);
  }

  async update(id: string, expectedVersion: number, dto: UpdateMeasureDto, context: SignedInContext): Promise<Measure> {
    return (await this.transactions.run((manager) => this.updateIn(manager, id, expectedVersion, dto, context)))
      .measure;
  }

  /** Edits fields inside the caller's transaction; an edit that changes nothing writes nothing. */
  async updateIn(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    dto: UpdateMeasureDto,
    context: SignedInContext,
  ): Promise<MeasureChangeResult> {
    const { entity, loaded, links } = await this.loadForChange(manager, id, expectedVersion, context.principal);
    const before = stateOf(entity, links);
    const after = applyEdit(before, dto);
    const papers = councilPaperChange(links.councilPapers, dto);
    const changes = [...diffStates(before, after), ...(papers ? [papers] : [])];
    if (changes.length === 0) return { measure: toMeasure(entity, links), changes };
    assertMayChangeResponsibility(context.principal, before, after);
    await this.assertValidState(manager, after, dto, before);
    writeState(entity, after);
    const now = nowIso();
    await this.saveVersioned(manager, entity, loaded, expectedVersion, now);
    const nextLinks: MeasureLinks = { ...after, councilPapers: (papers?.to as CouncilPaper[]) ?? links.councilPapers };
    await this.writeLinks(manager, id, nextLinks, links);
    await this.record(manager, id, 'field_change', now, context, changes);
    return { measure: toMeasure(entity, nextLinks), changes };
  }

  changeStatus(id: string, expectedVersion: number, dto: ChangeStatusDto, context: SignedInContext): Promise<Measure> {
    return this.transactions.run((manager) => this.changeStatusIn(manager, id, expectedVersion, dto, context));
  }

  /** A lifecycle step inside the caller's transaction: 409 for a transition the lifecycle does not allow. */
  async changeStatusIn(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    dto: ChangeStatusDto,
    context: SignedInContext,
  ): Promise<Measure> {
    const { entity, loaded, links } = await this.loadForChange(manager, id, expectedVersion, context.principal);
    const from = entity.status;
    const note = dto.note?.trim() || null;
    const refusal = transitionProblem(from, dto.status, note);
    if (refusal === 'not_allowed') {
      throw conflict('illegal_transition', 'status', `status: a measure cannot change from ${from} to ${dto.status}`, {
        from,
        to: dto.status,
        allowed: allowedNextStatuses(from),
      });
    }
    if (refusal === 'note_required') throw noteRequired(dto.status);

    const before = stateOf(entity, links);
    const today = isoToday();
    // Starting work records the actual start, completing it the actual end and full progress, unless
    // staff already entered them.
    // Dates filled in this way never contradict dates already entered (a start after a recorded end).
    if (dto.status === 'in_progress' && !entity.actualStart) {
      entity.actualStart = entity.actualEnd && entity.actualEnd < today ? entity.actualEnd : today;
    }
    if (dto.status === 'completed') {
      entity.progress = 100;
      if (!entity.actualEnd)
        entity.actualEnd = entity.actualStart && entity.actualStart > today ? entity.actualStart : today;
    }
    const problems = stateProblems(stateOf(entity, links));
    if (problems.length > 0) throw ApiProblemException.of(HttpStatus.BAD_REQUEST, problems, true);
    entity.status = dto.status;
    entity.statusNote = statusRequiresNote(dto.status) ? note : null;
    const now = nowIso();
    await this.saveVersioned(manager, entity, loaded, expectedVersion, now);
    const changes: FieldChange[] = [
      { field: 'status', from, to: dto.status },
      ...diffStates(before, stateOf(entity, links)),
    ];
    await this.record(manager, id, 'status_change', now, context, changes, note);
    return toMeasure(entity, links);
  }

  addProgressUpdate(
    id: string,
    expectedVersion: number,
    dto: ProgressUpdateDto,
    context: SignedInContext,
  ): Promise<Measure> {
    return this.transactions.run(async (manager) => {
      const { entity, loaded, links } = await this.loadForChange(manager, id, expectedVersion, context.principal);
      const changes: FieldChange[] = [];
      if (dto.progress !== undefined && dto.progress !== entity.progress) {
        changes.push({ field: 'progress', from: entity.progress, to: dto.progress });
        entity.progress = dto.progress;
      }
      const now = nowIso();
      await this.saveVersioned(manager, entity, loaded, expectedVersion, now);
      await this.record(manager, id, 'progress_update', now, context, changes, dto.note.trim());
      return toMeasure(entity, links);
    });
  }

  async listHistory(id: string, query: PaginationQuery & { kind?: HistoryKind }): Promise<Page<HistoryEntry>> {
    if (!(await this.measures.existsBy({ id }))) throw notFound(`no measure with id ${id}`);
    const window = pageWindow(query);
    const [rows, total] = await this.history.findAndCount({
      where: { measureId: id, ...(query.kind ? { kind: query.kind } : {}) },
      order: { id: 'DESC' },
      skip: window.offset,
      take: window.limit,
    });
    return toPage(rows.map(toHistoryEntry), total, window);
  }

  /**
   * Loads a measure for a change: 404 if unknown, 403 if the user may not change it, 412 if the version the
   * client based its change on is stale.
   */
  private async loadForChange(manager: EntityManager, id: string, expectedVersion: number, principal: Principal) {
    const [entity] = await selectRows(manager, MeasureEntity, 'id = :id', { id });
    if (!entity) throw notFound(`no measure with id ${id}`);
    const links = (await this.loadLinks(manager, [id])).get(id) ?? emptyLinks();
    assertMayWrite(principal, { leadActorId: entity.leadActorId, partnerActorIds: links.partnerActorIds });
    if (entity.version !== expectedVersion) throw staleVersion(expectedVersion, entity.version);
    // The row as read: saveVersioned writes only what the change made differ from it.
    return { entity, loaded: Object.freeze({ ...entity }), links };
  }

  /**
   * Writes the entity as the next version, but only if nobody else did so in the meantime. Only the columns that
   * differ from `loaded` are written: an unchanged column costs its index entries, foreign-key check and the
   * roll-up triggers' conditions on every write (a progress edit would otherwise rewrite all 20).
   */
  private async saveVersioned(
    manager: EntityManager,
    entity: MeasureEntity,
    loaded: Readonly<MeasureEntity>,
    expectedVersion: number,
    now: string,
  ) {
    entity.version = expectedVersion + 1;
    entity.updatedAt = now;
    const metadata = manager.connection.getMetadata(MeasureEntity);
    const assignments: string[] = [];
    const values: Record<string, unknown> = { id: entity.id, expectedVersion };
    for (const column of metadata.columns) {
      const key = column.propertyName as keyof MeasureEntity;
      if (key === 'id' || entity[key] === loaded[key]) continue;
      assignments.push(`${column.databaseName} = :${key}`);
      values[key] = entity[key];
    }
    // RETURNING tells whether the row was still at the expected version, on either database.
    const updated = await namedQuery(
      manager,
      `UPDATE measure SET ${assignments.join(', ')} WHERE id = :id AND version = :expectedVersion RETURNING version`,
      values,
    );
    if (updated.length !== 1) {
      const current = await manager.findOneBy(MeasureEntity, { id: entity.id });
      throw staleVersion(expectedVersion, current?.version ?? null);
    }
  }

  /**
   * The state's own rules, and that the references it names exist. With `before` (an edit), only the references
   * the edit adds are looked up: those the measure already had are kept by the foreign keys.
   */
  private async assertValidState(
    manager: EntityManager,
    state: MeasureState,
    edit: { councilPapers?: CouncilPaper[] | unknown } = {},
    before?: MeasureState,
  ): Promise<void> {
    const problems = stateProblems(state);
    // The DTO checked each entry; the list's own rules (one reference once) are the shared domain's.
    if (Array.isArray(edit.councilPapers)) {
      for (const found of councilPaperProblems(edit.councilPapers)) {
        problems.push({ problem: found, message: `${found.field}: ${found.code.replace(/_/g, ' ')}` });
      }
    }
    const unknown = (field: string, message: string) =>
      problems.push({ problem: problem('unknown_reference', field), message });
    const added = before ? addedReferences(before, state) : state;
    const found = await countReferences(manager, added);
    if (added.fieldOfActionId !== null && found.fieldOfAction !== 1) {
      unknown('fieldOfActionId', 'fieldOfActionId must be the id of an existing field of action');
    }
    if (added.leadActorId !== null && found.leadActor !== 1) {
      unknown('leadActorId', 'leadActorId must be the id of an existing actor');
    }
    if (found.partnerActors !== added.partnerActorIds.length) {
      unknown('partnerActorIds', 'partnerActorIds must all be ids of existing actors');
    }
    if (found.guidelines !== added.guidelineIds.length) {
      unknown('guidelineIds', 'guidelineIds must all be ids of existing guidelines');
    }
    if (found.indicators !== added.indicatorIds.length) {
      unknown('indicatorIds', 'indicatorIds must all be ids of existing indicators');
    }
    if (problems.length > 0) throw ApiProblemException.of(HttpStatus.BAD_REQUEST, problems, true);
  }

  private async loadLinks(manager: EntityManager, ids: string[]): Promise<Map<string, MeasureLinks>> {
    const links = new Map<string, MeasureLinks>(ids.map((id) => [id, emptyLinks()]));
    // In chunks: an export of the whole register asks for thousands of ids at once. The three kinds of link in
    // one query: a write reads them on every change.
    for (let start = 0; start < ids.length; start += LINK_CHUNK) {
      const chunk = ids.slice(start, start + LINK_CHUNK);
      // Every write reads the links of its one measure: a prepared statement of constant text (namedQuery).
      const rows =
        chunk.length === 1
          ? await namedQuery<LinkRow>(manager, linksQuery('measure_id = :id'), { id: chunk[0] })
          : ((await manager.query(
              ...manager.connection.driver.escapeQueryWithParameters(linksQuery('measure_id IN (:...ids)'), {
                ids: chunk,
              }),
            )) as LinkRow[]);
      for (const row of rows) {
        const measure = links.get(row.measure_id);
        if (!measure) continue;
        if (row.kind === 'g') measure.guidelineIds.push(row.linked_id);
        else if (row.kind === 'p') measure.partnerActorIds.push(row.linked_id);
        else measure.indicatorIds.push(row.linked_id);
      }
    }
    await this.loadCouncilPapers(manager, ids, links);
    return links;
  }

  /** Adds the council papers of these measures to their links, in each measure's order. */
  private async loadCouncilPapers(manager: EntityManager, ids: string[], links: Map<string, MeasureLinks>) {
    for (let start = 0; start < ids.length; start += LINK_CHUNK) {
      // Every write reads the papers of its one measure: a prepared statement instead of building the query.
      const papers =
        ids.length === 1
          ? await selectRows(manager, MeasureCouncilPaperEntity, 'measure_id = :id ORDER BY position', { id: ids[0] })
          : await manager.find(MeasureCouncilPaperEntity, {
              where: { measureId: In(ids.slice(start, start + LINK_CHUNK)) },
              order: { measureId: 'ASC', position: 'ASC' },
            });
      for (const paper of papers) {
        const { reference, title, date, url } = paper;
        links.get(paper.measureId)?.councilPapers.push({ reference, title, date, url });
      }
    }
  }

  /**
   * Writes the links that changed; `previous` is absent for a new measure, which has none to remove. One row per
   * statement of constant text: an import writes thousands, and a multi-row INSERT's text changes with its length.
   */
  private async writeLinks(manager: EntityManager, measureId: string, next: MeasureLinks, previous?: MeasureLinks) {
    if (!previous || JSON.stringify(previous.guidelineIds) !== JSON.stringify(next.guidelineIds)) {
      if (previous) await manager.delete(MeasureGuidelineEntity, { measureId });
      for (const guidelineId of next.guidelineIds) {
        await insertRow(manager, MeasureGuidelineEntity, { measureId, guidelineId });
      }
    }
    if (!previous || JSON.stringify(previous.partnerActorIds) !== JSON.stringify(next.partnerActorIds)) {
      if (previous) await manager.delete(MeasurePartnerActorEntity, { measureId });
      for (const actorId of next.partnerActorIds) {
        await insertRow(manager, MeasurePartnerActorEntity, { measureId, actorId });
      }
    }
    if (!previous || JSON.stringify(previous.councilPapers) !== JSON.stringify(next.councilPapers)) {
      if (previous) await manager.delete(MeasureCouncilPaperEntity, { measureId });
      for (const [position, paper] of next.councilPapers.entries()) {
        await insertRow(manager, MeasureCouncilPaperEntity, { measureId, position, ...paper });
      }
    }
    // Only the links that come or go: a link that stays keeps what the indicator's side said about it
    // (`showsProgress`).
    const before = new Set(previous?.indicatorIds ?? []);
    const after = new Set(next.indicatorIds);
    const removed = [...before].filter((id) => !after.has(id));
    const added = [...after].filter((id) => !before.has(id));
    if (removed.length > 0) await manager.delete(MeasureIndicatorEntity, { measureId, indicatorId: In(removed) });
    for (const indicatorId of added) {
      await insertRow(manager, MeasureIndicatorEntity, { measureId, indicatorId, showsProgress: false });
    }
  }

  private async record(
    manager: EntityManager,
    measureId: string,
    kind: HistoryKind,
    at: string,
    context: SignedInContext,
    changes: FieldChange[],
    note: string | null = null,
  ): Promise<void> {
    const { principal } = context;
    // The history column `changes` is TypeORM's simple-json: the JSON text.
    await namedQuery(
      manager,
      `INSERT INTO measure_history (measure_id, kind, at, author_id, author_name, changes, note)
       VALUES (:measureId, :kind, :at, :authorId, :authorName, :changes, :note)`,
      {
        measureId,
        kind,
        at,
        authorId: principal.userId,
        authorName: principal.name,
        changes: JSON.stringify(changes),
        note,
      },
    );
    await this.audit.record(manager, context, {
      action: `measure.${kind}`,
      targetType: 'measure',
      targetId: measureId,
      details: { fields: changes.map((change) => change.field), ...(note ? { note } : {}) },
    });
  }
}

/** Per-record rights (`mayWriteMeasure` in the shared domain): 403 when an affiliated editor's actor is not involved. */
function assertMayWrite(principal: Principal, measure: MeasureResponsibility): void {
  if (!mayWriteMeasure(principal, measure)) throw responsibilityForbidden('not_lead_or_partner');
}

/** The rules for changing who is responsible (`responsibilityProblem` in the shared domain), as a 403. */
function assertMayChangeResponsibility(principal: Principal, before: MeasureState, after: MeasureState): void {
  const problem = responsibilityProblem(principal, before, after);
  if (problem) throw responsibilityForbidden(problem);
}

function responsibilityForbidden(code: ResponsibilityProblemCode): ApiProblemException {
  return code === 'not_lead_or_partner'
    ? forbidden(code, 'you may change only measures in which your actor is lead or partner')
    : forbidden(code, 'only the lead actor’s editors may change the lead actor or remove partners');
}

/** The references a measure names: its field of action, lead actor, partners, guidelines and indicators. */
type References = Pick<MeasureState, 'partnerActorIds' | 'guidelineIds' | 'indicatorIds'> & {
  fieldOfActionId: string | null;
  leadActorId: string | null;
};

/** The references `after` names that `before` did not (null and empty lists for those it kept). */
function addedReferences(before: MeasureState, after: MeasureState): References {
  const added = (previous: string[], next: string[]) => next.filter((id) => !previous.includes(id));
  return {
    fieldOfActionId: after.fieldOfActionId === before.fieldOfActionId ? null : after.fieldOfActionId,
    leadActorId: after.leadActorId === before.leadActorId ? null : after.leadActorId,
    partnerActorIds: added(before.partnerActorIds, after.partnerActorIds),
    guidelineIds: added(before.guidelineIds, after.guidelineIds),
    indicatorIds: added(before.indicatorIds, after.indicatorIds),
  };
}

/**
 * How many of these references exist, in one query (a null or an empty list counts 0 without asking; none at
 * all asks nothing). The indicator table belongs to api/indicators, which builds on this lib, so it is named here
 * by its table name.
 */
async function countReferences(
  manager: EntityManager,
  references: References,
): Promise<{
  fieldOfAction: number;
  leadActor: number;
  partnerActors: number;
  guidelines: number;
  indicators: number;
}> {
  const count = (table: string, parameter: string, list: boolean) =>
    `(SELECT COUNT(*) FROM ${table} WHERE id ${list ? `IN (:...${parameter})` : `= :${parameter}`})`;
  const parts: string[] = [];
  if (references.fieldOfActionId !== null)
    parts.push(`${count('field_of_action', 'fieldOfAction', false)} AS field_of_action`);
  if (references.leadActorId !== null) parts.push(`${count('actor', 'leadActor', false)} AS lead_actor`);
  if (references.partnerActorIds.length > 0) parts.push(`${count('actor', 'partners', true)} AS partner_actors`);
  if (references.guidelineIds.length > 0) parts.push(`${count('guideline', 'guidelines', true)} AS guidelines`);
  if (references.indicatorIds.length > 0) parts.push(`${count('indicator', 'indicators', true)} AS indicators`);
  if (parts.length === 0) return { fieldOfAction: 0, leadActor: 0, partnerActors: 0, guidelines: 0, indicators: 0 };
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(`SELECT ${parts.join(', ')}`, {
    fieldOfAction: references.fieldOfActionId,
    leadActor: references.leadActorId,
    partners: references.partnerActorIds,
    guidelines: references.guidelineIds,
    indicators: references.indicatorIds,
  });
  const [row] = (await manager.query(sql, parameters)) as Record<string, number | string | undefined>[];
  return {
    fieldOfAction: Number(row['field_of_action'] ?? 0),
    leadActor: Number(row['lead_actor'] ?? 0),
    partnerActors: Number(row['partner_actors'] ?? 0),
    guidelines: Number(row['guidelines'] ?? 0),
    indicators: Number(row['indicators'] ?? 0),
  };
}

function emptyLinks(): MeasureLinks {
  return { guidelineIds: [], partnerActorIds: [], indicatorIds: [], councilPapers: [] };
}

function noteRequired(status: MeasureStatus): ApiProblemException {
  return invalid('note', 'note_required', `note: a reason is required when changing the status to ${status}`, {
    status,
  });
}

function isEmptyValue(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

function staleVersion(expected: number, current: number | null): ApiProblemException {
  return new ApiProblemException(
    HttpStatus.PRECONDITION_FAILED,
    problem('version_mismatch', 'If-Match', { current }),
    `If-Match: the measure was changed since version ${expected}` +
      (current === null ? '' : ` (current version ${current}); reload it and apply your edit again`),
  );
}

export function toHistoryEntry(row: MeasureHistoryEntity): HistoryEntry {
  return {
    id: row.id,
    measureId: row.measureId,
    kind: row.kind,
    at: row.at,
    by: row.authorName,
    changes: row.changes,
    note: row.note,
  };
}

/** The list's filters, on a query of the measure table as `m` (the page, its count and the export share them). */
function applyFilters(
  builder: SelectQueryBuilder<MeasureEntity>,
  query: MeasureFilters,
  options: { publicOnly?: boolean },
): void {
  if (options.publicOnly) builder.andWhere('m.isPublic = :isPublic', { isPublic: true });
  if (query.fieldOfAction)
    builder.andWhere('m.fieldOfActionId = :fieldOfAction', { fieldOfAction: query.fieldOfAction });
  if (query.status) builder.andWhere('m.status = :status', { status: query.status });
  if (query.actor) {
    builder.andWhere(
      new Brackets((where) =>
        where
          .where('m.leadActorId = :actor')
          .orWhere('EXISTS (SELECT 1 FROM measure_partner_actor p WHERE p.measure_id = m.id AND p.actor_id = :actor)'),
      ),
      { actor: query.actor },
    );
  }
  if (query.guideline) {
    builder.andWhere(
      'EXISTS (SELECT 1 FROM measure_guideline g WHERE g.measure_id = m.id AND g.guideline_id = :guideline)',
      { guideline: query.guideline },
    );
  }
  if (query.q) {
    builder.andWhere(
      new Brackets((where) =>
        where
          .where(`LOWER(m.title) LIKE :q ESCAPE '\\'`)
          .orWhere(`LOWER(COALESCE(m.description, '')) LIKE :q ESCAPE '\\'`),
      ),
      { q: containsPattern(query.q) },
    );
  }
  if (query.overdue !== undefined) {
    const overdue = `(m.plannedEnd IS NOT NULL AND m.plannedEnd < :today AND m.status NOT IN ('completed', 'rejected'))`;
    builder.andWhere(query.overdue ? overdue : `NOT ${overdue}`, { today: isoToday() });
  }

  if (query.councilPaper?.trim()) {
    // References are compared ignoring case; SQLite's LOWER knows ASCII letters only, which references are made of.
    builder.andWhere(
      'EXISTS (SELECT 1 FROM measure_council_paper c WHERE c.measure_id = m.id AND LOWER(c.reference) = :paper)',
      { paper: councilPaperKey(query.councilPaper) },
    );
  }

  if (query.changedSince) {
    // Timestamps are fixed-width UTC ISO text, so text order is time order on both databases.
    builder.andWhere('m.updatedAt >= :changedSince', { changedSince: `${query.changedSince}T00:00:00.000Z` });
  }
}

interface LinkRow {
  kind: 'g' | 'p' | 'i';
  measure_id: string;
  linked_id: string;
}

/** The three kinds of link of the measures `condition` names (on `measure_id`), in one query. */
function linksQuery(condition: string): string {
  return `SELECT 'g' AS kind, measure_id, guideline_id AS linked_id FROM measure_guideline WHERE ${condition}
    UNION ALL SELECT 'p', measure_id, actor_id FROM measure_partner_actor WHERE ${condition}
    UNION ALL SELECT 'i', measure_id, indicator_id FROM measure_indicator WHERE ${condition}
    ORDER BY 3`;
}
