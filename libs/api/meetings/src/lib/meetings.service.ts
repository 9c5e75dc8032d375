import { AuditService } from '@leitbild-monitor/api/audit';
import { ReportingDateEntity, ReportingService } from '@leitbild-monitor/api/reporting';
import {
  ApiProblemException,
  conflict,
  conflictOnDuplicate,
  invalid,
  newId,
  notFound,
  nowIso,
  pageWindow,
  problem,
  SignedInContext,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { Meeting, MeetingBody, NextMeeting, Page } from '@leitbild-monitor/shared/contracts';
import { calendarDayIn, calendarDaysUntil, toUtcIso } from '@leitbild-monitor/shared/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import {
  CreateMeetingBodyDto,
  CreateMeetingDto,
  CreateMeetingReportingDateDto,
  ListMeetingsQuery,
  UpdateMeetingBodyDto,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingBodyEntity, MeetingEntity } from './meeting.entity';

/** The installation's time zone: a meeting's day and "in 12 days" are counted in it. */
export const MEETING_TIME_ZONE = 'Europe/Berlin';

/** The fields of a meeting that a change records, in the order they are listed. */
const MEETING_FIELDS = ['bodyId', 'title', 'startsAt', 'place', 'url'] as const;
type MeetingField = (typeof MEETING_FIELDS)[number];

/**
 * Meetings of the council's bodies and the list of bodies. Every write runs in one transaction with its audit entry;
 * a meeting's changes are optimistic (If-Match: its version, 412 when someone saved in between).
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly reporting: ReportingService,
  ) {}

  // ---------------------------------------------------------------------------------------------------- bodies

  listBodies(): Promise<MeetingBody[]> {
    return this.transactions.run(async (manager) => {
      const bodies = await manager.find(MeetingBodyEntity, { order: { position: 'ASC', name: 'ASC' } });
      const counts = await this.meetingCounts(manager);
      return bodies.map((body) => toMeetingBody(body, counts.get(body.id) ?? 0));
    });
  }

  createBody(dto: CreateMeetingBodyDto, context: SignedInContext): Promise<MeetingBody> {
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          await this.assertNameFree(manager, dto.name, null);
          const position = dto.position ?? (await this.nextPosition(manager));
          const body = manager.create(MeetingBodyEntity, {
            id: newId(),
            name: dto.name,
            position,
            createdAt: nowIso(),
          });
          await manager.insert(MeetingBodyEntity, body);
          await this.audit.record(manager, context, {
            action: 'meeting_body.create',
            targetType: 'meeting_body',
            targetId: body.id,
            details: { name: body.name },
          });
          return toMeetingBody(body, 0);
        }),
      'name: a meeting body with this name already exists',
    );
  }

  updateBody(id: string, dto: UpdateMeetingBodyDto, context: SignedInContext): Promise<MeetingBody> {
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          const body = await manager.findOneBy(MeetingBodyEntity, { id });
          if (!body) throw notFound(`no meeting body with id ${id}`);
          const changes: Record<string, { from: unknown; to: unknown }> = {};
          if (dto.name !== undefined && dto.name !== body.name) {
            await this.assertNameFree(manager, dto.name, id);
            changes['name'] = { from: body.name, to: dto.name };
            body.name = dto.name;
          }
          if (dto.position !== undefined && dto.position !== body.position) {
            changes['position'] = { from: body.position, to: dto.position };
            body.position = dto.position;
          }
          if (Object.keys(changes).length > 0) {
            await manager.update(MeetingBodyEntity, { id }, { name: body.name, position: body.position });
            await this.audit.record(manager, context, {
              action: 'meeting_body.update',
              targetType: 'meeting_body',
              targetId: id,
              details: { changes },
            });
          }
          return toMeetingBody(body, await manager.countBy(MeetingEntity, { bodyId: id }));
        }),
      'name: a meeting body with this name already exists',
    );
  }

  /** Deletes a body no meeting names; 409 `in_use` with the number of its meetings otherwise. */
  deleteBody(id: string, context: SignedInContext): Promise<void> {
    return this.transactions.run(async (manager) => {
      const body = await manager.findOneBy(MeetingBodyEntity, { id });
      if (!body) throw notFound(`no meeting body with id ${id}`);
      const count = await manager.countBy(MeetingEntity, { bodyId: id });
      if (count > 0) {
        throw conflict('in_use', null, `the meeting body is named by ${count} meeting(s); move or delete them first`, {
          count,
        });
      }
      await manager.delete(MeetingBodyEntity, { id });
      await this.audit.record(manager, context, {
        action: 'meeting_body.delete',
        targetType: 'meeting_body',
        targetId: id,
        details: { name: body.name },
      });
    });
  }

  // -------------------------------------------------------------------------------------------------- meetings

  /** `when=upcoming`: from now on, earliest first; `past`: before now, latest first; neither: all, earliest first. */
  list(query: ListMeetingsQuery): Promise<Page<Meeting>> {
    const window = pageWindow(query);
    return this.transactions.run(async (manager) => {
      const builder = manager.createQueryBuilder(MeetingEntity, 'm');
      const now = nowIso();
      if (query.when === 'upcoming') builder.andWhere('m.startsAt >= :now', { now });
      if (query.when === 'past') builder.andWhere('m.startsAt < :now', { now });
      if (query.body) builder.andWhere('m.bodyId = :body', { body: query.body });
      const sort = query.sort ?? (query.when === 'past' ? '-startsAt' : 'startsAt');
      const descending = sort.startsWith('-');
      const key = descending ? sort.slice(1) : sort;
      builder
        .orderBy(key === 'title' ? 'm.title' : 'm.startsAt', descending ? 'DESC' : 'ASC')
        .addOrderBy('m.startsAt', descending ? 'DESC' : 'ASC')
        .addOrderBy('m.id', 'ASC')
        .skip(window.offset)
        .take(window.limit);
      const [rows, total] = await builder.getManyAndCount();
      return toPage(await this.toMeetings(manager, rows), total, window);
    });
  }

  /** The next meeting from now and the calendar days until its day, as the server counts them. */
  next(): Promise<NextMeeting> {
    return this.transactions.run(async (manager) => {
      const now = nowIso();
      const row = await manager
        .createQueryBuilder(MeetingEntity, 'm')
        .where('m.startsAt >= :now', { now })
        .orderBy('m.startsAt', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .getOne();
      if (!row) return { meeting: null, days: null, now };
      const [meeting] = await this.toMeetings(manager, [row]);
      return { meeting, days: calendarDaysUntil(now, row.startsAt, MEETING_TIME_ZONE), now };
    });
  }

  get(id: string): Promise<Meeting> {
    return this.transactions.run(async (manager) => {
      const [meeting] = await this.toMeetings(manager, [await findMeeting(manager, id)]);
      return meeting;
    });
  }

  create(dto: CreateMeetingDto, context: SignedInContext): Promise<Meeting> {
    return this.transactions.run(async (manager) => {
      const body = await resolveBody(manager, dto.body);
      const now = nowIso();
      const meeting = manager.create(MeetingEntity, {
        id: newId(),
        version: 1,
        bodyId: body.id,
        title: dto.title,
        startsAt: toUtcIso(dto.startsAt),
        place: dto.place || null,
        url: dto.url || null,
        reportingDateId: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(MeetingEntity, meeting);
      await this.audit.record(manager, context, {
        action: 'meeting.create',
        targetType: 'meeting',
        targetId: meeting.id,
        details: { body: body.name, title: meeting.title, startsAt: meeting.startsAt },
      });
      const [answer] = await this.toMeetings(manager, [meeting]);
      return answer;
    });
  }

  update(id: string, expectedVersion: number, dto: UpdateMeetingDto, context: SignedInContext): Promise<Meeting> {
    return this.transactions.run(async (manager) => {
      const meeting = await findMeeting(manager, id);
      if (meeting.version !== expectedVersion) throw staleVersion(expectedVersion, meeting.version);
      const next: Pick<MeetingEntity, MeetingField> = {
        bodyId: dto.body === undefined ? meeting.bodyId : (await resolveBody(manager, dto.body)).id,
        title: dto.title ?? meeting.title,
        startsAt: dto.startsAt === undefined ? meeting.startsAt : toUtcIso(dto.startsAt),
        place: dto.place === undefined ? meeting.place : dto.place || null,
        url: dto.url === undefined ? meeting.url : dto.url || null,
      };
      const changes = MEETING_FIELDS.filter((field) => next[field] !== meeting[field]).map((field) => ({
        field,
        from: meeting[field],
        to: next[field],
      }));
      if (changes.length > 0) {
        const updatedAt = nowIso();
        const result = await manager
          .createQueryBuilder()
          .update(MeetingEntity)
          .set({ ...next, version: expectedVersion + 1, updatedAt })
          .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
          .execute();
        if (result.affected !== 1) {
          const current = await manager.findOneBy(MeetingEntity, { id });
          throw staleVersion(expectedVersion, current?.version ?? null);
        }
        Object.assign(meeting, next, { version: expectedVersion + 1, updatedAt });
        await this.audit.record(manager, context, {
          action: 'meeting.update',
          targetType: 'meeting',
          targetId: id,
          details: { changes },
        });
      }
      const [answer] = await this.toMeetings(manager, [meeting]);
      return answer;
    });
  }

  /** Deletes a meeting; with `If-Match` only the version named (412 otherwise). Its reporting date stays. */
  remove(id: string, expectedVersion: number | null, context: SignedInContext): Promise<void> {
    return this.transactions.run(async (manager) => {
      const meeting = await findMeeting(manager, id);
      if (expectedVersion !== null && meeting.version !== expectedVersion) {
        throw staleVersion(expectedVersion, meeting.version);
      }
      const result = await manager.delete(MeetingEntity, { id, version: meeting.version });
      if (result.affected !== 1) throw staleVersion(meeting.version, null);
      await this.audit.record(manager, context, {
        action: 'meeting.delete',
        targetType: 'meeting',
        targetId: id,
        details: { title: meeting.title, startsAt: meeting.startsAt },
      });
    });
  }

  /**
   * Takes a reporting date for the meeting in one action: the snapshot, dated the meeting's day in the installation's
   * time zone, and the link from the meeting to it, in one transaction. 409 `already_linked` when it has one.
   */
  async createReportingDate(
    id: string,
    dto: CreateMeetingReportingDateDto,
    context: SignedInContext,
  ): Promise<Meeting> {
    // Read first, outside the snapshot's transaction: PostgreSQL's REPEATABLE READ must precede any query in it.
    const before = await this.get(id);
    if (before.reportingDateId) throw alreadyLinked();
    const date = calendarDayIn(before.startsAt, MEETING_TIME_ZONE);
    const name = dto.name ?? `${before.body}: ${before.title} (${date})`.slice(0, 200);
    return conflictOnDuplicate(
      () =>
        this.transactions.run(async (manager) => {
          const reportingDate = await this.reporting.createIn(manager, context, { name, date });
          const result = await manager.update(
            MeetingEntity,
            { id, reportingDateId: IsNull() },
            { reportingDateId: reportingDate.id },
          );
          // Deleted or linked in between: nothing of the snapshot stays.
          if (result.affected !== 1) {
            if (!(await manager.existsBy(MeetingEntity, { id }))) throw notFound(`no meeting with id ${id}`);
            throw alreadyLinked();
          }
          await this.audit.record(manager, context, {
            action: 'meeting.reporting_date',
            targetType: 'meeting',
            targetId: id,
            details: { reportingDateId: reportingDate.id, name, date },
          });
          const [answer] = await this.toMeetings(manager, [await findMeeting(manager, id)]);
          return answer;
        }),
      'name: a reporting date with this name already exists',
    );
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  private async toMeetings(manager: EntityManager, rows: MeetingEntity[]): Promise<Meeting[]> {
    if (rows.length === 0) return [];
    const bodies = new Map((await manager.find(MeetingBodyEntity)).map((body) => [body.id, body.name]));
    const reportingIds = rows.map((row) => row.reportingDateId).filter((value): value is string => value !== null);
    const reportingNames = new Map<string, string>();
    for (const reportingId of reportingIds) {
      const found = await manager.findOne(ReportingDateEntity, {
        where: { id: reportingId },
        select: { id: true, name: true },
      });
      if (found) reportingNames.set(found.id, found.name);
    }
    return rows.map((row) => ({
      id: row.id,
      version: row.version,
      body: bodies.get(row.bodyId) ?? '',
      bodyId: row.bodyId,
      title: row.title,
      startsAt: row.startsAt,
      place: row.place,
      url: row.url,
      reportingDateId: row.reportingDateId,
      reportingDateName: row.reportingDateId ? (reportingNames.get(row.reportingDateId) ?? null) : null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }));
  }

  private async meetingCounts(manager: EntityManager): Promise<Map<string, number>> {
    const rows = (await manager
      .createQueryBuilder(MeetingEntity, 'm')
      .select('m.bodyId', 'body')
      .addSelect('COUNT(*)', 'count')
      .groupBy('m.bodyId')
      .getRawMany()) as { body: string; count: number | string }[];
    return new Map(rows.map((row) => [row.body, Number(row.count)]));
  }

  private async nextPosition(manager: EntityManager): Promise<number> {
    const row = (await manager
      .createQueryBuilder(MeetingBodyEntity, 'b')
      .select('MAX(b.position)', 'max')
      .getRawOne()) as { max: number | string | null } | undefined;
    return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
  }

  private async assertNameFree(manager: EntityManager, name: string, ownId: string | null): Promise<void> {
    const other = await manager.findOneBy(MeetingBodyEntity, { name });
    if (other && other.id !== ownId) {
      throw conflict('duplicate_name', 'name', 'name: a meeting body with this name already exists');
    }
  }
}

async function findMeeting(manager: EntityManager, id: string): Promise<MeetingEntity> {
  const meeting = await manager.findOneBy(MeetingEntity, { id });
  if (!meeting) throw notFound(`no meeting with id ${id}`);
  return meeting;
}

/** The body a request names: by id, else by its exact name; 400 `unknown_reference` on `body` otherwise. */
async function resolveBody(manager: EntityManager, reference: string): Promise<MeetingBodyEntity> {
  const found =
    (await manager.findOneBy(MeetingBodyEntity, { id: reference })) ??
    (await manager.findOneBy(MeetingBodyEntity, { name: reference }));
  if (!found) {
    throw invalid('body', 'unknown_reference', 'body must be the id or name of a meeting body (GET /meeting-bodies)');
  }
  return found;
}

function toMeetingBody(body: MeetingBodyEntity, meetingCount: number): MeetingBody {
  return { id: body.id, name: body.name, position: body.position, meetingCount };
}

function alreadyLinked(): ApiProblemException {
  return conflict('already_linked', null, 'the meeting already has its reporting date');
}

function staleVersion(expected: number, current: number | null): ApiProblemException {
  return new ApiProblemException(
    HttpStatus.PRECONDITION_FAILED,
    problem('version_mismatch', 'If-Match', { current }),
    `If-Match: the meeting was changed since version ${expected}` +
      (current === null ? '' : ` (current version ${current}); reload it and apply your change again`),
  );
}
