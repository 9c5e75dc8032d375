import { AuditService } from '@leitbild-monitor/api/audit';
import {
  conflict,
  conflictOnDuplicate,
  containsPattern,
  newId,
  notFound,
  nowIso,
  pageWindow,
  RequestContext,
  slugify,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { Actor, FieldOfAction, LeitbildSection, Page } from '@leitbild-monitor/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ActorEntity } from './actor.entity';
import { CreateActorDto, ListActorsQuery, UpdateActorDto } from './dto/actor.dto';
import { CreateFieldOfActionDto, ListFieldsOfActionQuery, UpdateFieldOfActionDto } from './dto/field-of-action.dto';
import { FieldOfActionEntity } from './field-of-action.entity';
import { LeitbildSectionEntity } from './leitbild-section.entity';

export function toFieldOfAction(entity: FieldOfActionEntity): FieldOfAction {
  return {
    id: entity.id,
    key: entity.key,
    name: entity.name,
    description: entity.description,
    position: entity.position,
  };
}

export function toActor(entity: ActorEntity): Actor {
  return { id: entity.id, name: entity.name, type: entity.type };
}

/** The catalogue measures refer to: fields of action, the Leitbild's guidelines, and responsible actors. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(FieldOfActionEntity) private readonly fieldsOfAction: Repository<FieldOfActionEntity>,
    @InjectRepository(LeitbildSectionEntity) private readonly sections: Repository<LeitbildSectionEntity>,
    @InjectRepository(ActorEntity) private readonly actors: Repository<ActorEntity>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async listFieldsOfAction(query: ListFieldsOfActionQuery): Promise<Page<FieldOfAction>> {
    const window = pageWindow(query);
    const [rows, total] = await this.fieldsOfAction.findAndCount({
      order: { position: 'ASC', name: 'ASC' },
      skip: window.offset,
      take: window.limit,
    });
    return toPage(rows.map(toFieldOfAction), total, window);
  }

  async getFieldOfAction(id: string): Promise<FieldOfAction> {
    const row = await this.fieldsOfAction.findOneBy({ id });
    if (!row) throw notFound(`no field of action with id ${id}`);
    return toFieldOfAction(row);
  }

  createFieldOfAction(context: RequestContext, dto: CreateFieldOfActionDto): Promise<FieldOfAction> {
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          const repository = manager.getRepository(FieldOfActionEntity);
          await this.assertFieldOfActionNameFree(manager, dto.name.trim(), null);
          const last = await repository
            .createQueryBuilder('f')
            .select('MAX(f.position)', 'max')
            .getRawOne<{ max: number | null }>();
          const now = nowIso();
          const entity = repository.create({
            id: newId(),
            key: await this.freeFieldOfActionKey(manager, slugify(dto.name)),
            name: dto.name.trim(),
            description: dto.description ?? null,
            position: Number(last?.max ?? 0) + 1,
            createdAt: now,
            updatedAt: now,
          });
          await repository.insert(entity);
          await this.audit.record(manager, context, {
            action: 'field_of_action.create',
            targetType: 'field_of_action',
            targetId: entity.id,
            details: { name: entity.name },
          });
          return toFieldOfAction(entity);
        }),
      'name: a field of action with this name already exists',
    );
  }

  updateFieldOfAction(context: RequestContext, id: string, dto: UpdateFieldOfActionDto): Promise<FieldOfAction> {
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          const repository = manager.getRepository(FieldOfActionEntity);
          const entity = await repository.findOneBy({ id });
          if (!entity) throw notFound(`no field of action with id ${id}`);
          if (dto.name !== undefined) {
            await this.assertFieldOfActionNameFree(manager, dto.name.trim(), id);
            entity.name = dto.name.trim();
          }
          if (dto.description !== undefined) entity.description = dto.description;
          entity.updatedAt = nowIso();
          await repository.save(entity);
          await this.audit.record(manager, context, {
            action: 'field_of_action.update',
            targetType: 'field_of_action',
            targetId: id,
            details: { ...dto },
          });
          return toFieldOfAction(entity);
        }),
      'name: a field of action with this name already exists',
    );
  }

  /** The Leitbild: its sections in order, each with its guideline statements in order. */
  async listGuidelines(): Promise<LeitbildSection[]> {
    const sections = await this.sections.find({
      relations: { guidelines: true },
      order: { position: 'ASC', guidelines: { position: 'ASC' } },
    });
    return sections.map((section) => ({
      id: section.id,
      code: section.code,
      title: section.title,
      motto: section.motto,
      position: section.position,
      guidelines: section.guidelines.map((guideline) => ({
        id: guideline.id,
        code: guideline.code,
        text: guideline.text,
        position: guideline.position,
      })),
    }));
  }

  async listActors(query: ListActorsQuery): Promise<Page<Actor>> {
    const window = pageWindow(query);
    const builder = this.actors.createQueryBuilder('a').orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC');
    if (query.q) builder.andWhere(`LOWER(a.name) LIKE :q ESCAPE '\\'`, { q: containsPattern(query.q) });
    if (query.type) builder.andWhere('a.type = :type', { type: query.type });
    const [rows, total] = await builder.skip(window.offset).take(window.limit).getManyAndCount();
    return toPage(rows.map(toActor), total, window);
  }

  async getActor(id: string): Promise<Actor> {
    const row = await this.actors.findOneBy({ id });
    if (!row) throw notFound(`no actor with id ${id}`);
    return toActor(row);
  }

  createActor(context: RequestContext, dto: CreateActorDto): Promise<Actor> {
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          await this.assertActorNameFree(manager, dto.name.trim(), null);
          const now = nowIso();
          const entity = manager.create(ActorEntity, {
            id: newId(),
            name: dto.name.trim(),
            type: dto.type,
            createdAt: now,
            updatedAt: now,
          });
          await manager.insert(ActorEntity, entity);
          await this.audit.record(manager, context, {
            action: 'actor.create',
            targetType: 'actor',
            targetId: entity.id,
            details: { name: entity.name, type: entity.type },
          });
          return toActor(entity);
        }),
      'name: an actor with this name already exists',
    );
  }

  updateActor(context: RequestContext, id: string, dto: UpdateActorDto): Promise<Actor> {
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          const entity = await manager.findOneBy(ActorEntity, { id });
          if (!entity) throw notFound(`no actor with id ${id}`);
          if (dto.name !== undefined) {
            await this.assertActorNameFree(manager, dto.name.trim(), id);
            entity.name = dto.name.trim();
          }
          if (dto.type !== undefined) entity.type = dto.type;
          entity.updatedAt = nowIso();
          await manager.save(entity);
          await this.audit.record(manager, context, {
            action: 'actor.update',
            targetType: 'actor',
            targetId: id,
            details: { ...dto },
          });
          return toActor(entity);
        }),
      'name: an actor with this name already exists',
    );
  }

  private async assertFieldOfActionNameFree(manager: EntityManager, name: string, exceptId: string | null) {
    const existing = await manager.findOneBy(FieldOfActionEntity, { name });
    if (existing && existing.id !== exceptId)
      throw conflict('duplicate_name', 'name', 'name: a field of action with this name already exists');
  }

  private async assertActorNameFree(manager: EntityManager, name: string, exceptId: string | null) {
    const existing = await manager.findOneBy(ActorEntity, { name });
    if (existing && existing.id !== exceptId)
      throw conflict('duplicate_name', 'name', 'name: an actor with this name already exists');
  }

  private async freeFieldOfActionKey(manager: EntityManager, base: string): Promise<string> {
    for (let suffix = 1; ; suffix++) {
      const key = suffix === 1 ? base : `${base.slice(0, 60)}-${suffix}`;
      if (!(await manager.existsBy(FieldOfActionEntity, { key }))) return key;
    }
  }
}
