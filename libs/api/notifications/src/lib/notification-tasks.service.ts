import { UserEntity } from '@leitbild-monitor/api/auth';
import { IndicatorEntity, IndicatorValueEntity } from '@leitbild-monitor/api/indicators';
import { MeasureEntity } from '@leitbild-monitor/api/measures';
import { BarrierReportEntity } from '@leitbild-monitor/api/pages';
import { ReviewCommentEntity } from '@leitbild-monitor/api/reviews';
import type { TaskItem, TaskKind, TaskList } from '@leitbild-monitor/shared/contracts';
import {
  BARRIER_REPORT_TASK_DAYS,
  DUE_SOON_DAYS,
  REVIEW_COMMENT_TASK_DAYS,
  TASK_KINDS,
  TASKS_SHOWN_PER_KIND,
} from '@leitbild-monitor/shared/contracts';
import { CLOSED_STATUSES } from '@leitbild-monitor/shared/domain';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { Brackets, DataSource, In, IsNull, MoreThan, Not } from 'typeorm';
import { COUNCIL_DIGEST_SOURCE, CouncilDigestSource, MEETING_SOURCE, MeetingSource } from './meeting-source';
import {
  addDays,
  councilDigestDue,
  indicatorNotice,
  indicatorResponsibleUserIds,
  localTime,
  measureNotices,
  meetingNotice,
  responsibleUserIds,
  RuleUser,
  shownTasks,
  sortTasks,
} from './notification-rules';
import { NotificationSettingsService } from './notification-settings.service';

/**
 * What each user should attend to at a moment: computed from the measures, review comments, indicators and meetings
 * as they are, by the rules in notification-rules.ts. The to-do page and the e-mails read the same lists.
 */
@Injectable()
export class NotificationTasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: NotificationSettingsService,
    @Optional() @Inject(MEETING_SOURCE) private readonly meetings: MeetingSource | null = null,
    @Optional() @Inject(COUNCIL_DIGEST_SOURCE) private readonly councilDigest: CouncilDigestSource | null = null,
  ) {}

  /** The tasks of one user, all of them (the e-mails' view; the to-do page reads `taskListOf`). */
  async tasksOf(userId: string, now: Date): Promise<TaskItem[]> {
    return (await this.tasksByUser(now, [userId])).get(userId) ?? [];
  }

  /**
   * The to-do list of one user as the API answers it: equal to `shownTasks(await tasksOf(userId, now))`, but the
   * measures' notices are counted and picked in the database. An administrator of a city's register is responsible
   * for tens of thousands of stale measures; reading them all for every page load took seconds and hundreds of MB.
   */
  async taskListOf(userId: string, now: Date, perKind = TASKS_SHOWN_PER_KIND): Promise<TaskList> {
    const totals = new Map<TaskKind, number>();
    const items = (await this.tasksByUser(now, [userId], { perKind, totals })).get(userId) ?? [];
    const list = shownTasks(items, perKind);
    for (const [kind, count] of totals) list.totals[kind] = count;
    list.total = Object.values(list.totals).reduce((sum, count) => sum + count, 0);
    return list;
  }

  /**
   * The tasks of every active user (or of `only`), by user id. With `bounded`, the measures' notices of the one
   * user in `only` are only the first `perKind` of each kind, and `totals` receives how many there are.
   */
  async tasksByUser(
    now: Date,
    only?: string[],
    bounded?: { perKind: number; totals: Map<TaskKind, number> },
  ): Promise<Map<string, TaskItem[]>> {
    const settings = await this.settings.read();
    const today = localTime(now, settings.timeZone).date;
    const manager = this.dataSource.manager;
    const users: RuleUser[] = await manager.find(UserEntity, {
      where: { active: true },
      select: { id: true, role: true, actorId: true, active: true },
    });
    const wanted = new Set(only ?? users.map((user) => user.id));
    const result = new Map<string, TaskItem[]>([...wanted].map((id) => [id, []]));
    const add = (userId: string, item: TaskItem) => result.get(userId)?.push(item);

    if (bounded && wanted.size === 1) {
      const [userId] = wanted;
      for (const notice of await this.boundedMeasureNotices(userId, users, today, settings.staleDays, bounded))
        add(userId, notice);
    } else {
      const measures = await manager.find(MeasureEntity, {
        where: { status: Not(In([...CLOSED_STATUSES])) },
        select: { id: true, title: true, status: true, leadActorId: true, plannedEnd: true, updatedAt: true },
      });
      for (const measure of measures) {
        const userIds = responsibleUserIds(measure, users).filter((id) => wanted.has(id));
        for (const notice of measureNotices(measure, today, settings.staleDays))
          for (const id of userIds) add(id, notice);
      }
    }

    // Comments of the last days on open measures, with what the responsibility rule needs of their measure.
    const since = new Date(now.getTime() - REVIEW_COMMENT_TASK_DAYS * 86_400_000).toISOString();
    const comments = await manager
      .createQueryBuilder(ReviewCommentEntity, 'c')
      .innerJoin(MeasureEntity, 'm', 'm.id = c.measureId')
      .select(['c.id AS "id"', 'c.measureId AS "measureId"', 'c.authorId AS "authorId"'])
      .addSelect(['c.createdAt AS "createdAt"', 'm.title AS "title"', 'm.leadActorId AS "leadActorId"'])
      .where('c.createdAt > :since', { since })
      .andWhere('m.status NOT IN (:...closed)', { closed: [...CLOSED_STATUSES] })
      .getRawMany<{
        id: string;
        measureId: string;
        authorId: string;
        createdAt: string;
        title: string;
        leadActorId: string | null;
      }>();
    for (const comment of comments) {
      if (comment.createdAt > now.toISOString()) continue;
      for (const id of responsibleUserIds(comment, users)) {
        if (id === comment.authorId || !wanted.has(id)) continue;
        add(id, {
          kind: 'review_comment',
          key: `review_comment:${comment.id}`,
          measureId: comment.measureId,
          indicatorId: null,
          meetingId: null,
          title: comment.title,
          link: `/measures/${comment.measureId}`,
          dueDate: null,
          items: [],
        });
      }
    }

    const indicators = await manager.find(IndicatorEntity, {
      where: { dueEvery: Not(IsNull()) },
      select: { id: true, name: true, responsibleActorId: true, dueEvery: true, dueMonthDay: true },
    });
    const scheduled = indicators.filter((indicator) => indicator.dueEvery !== null);
    if (scheduled.length > 0) {
      const latest = await manager
        .createQueryBuilder(IndicatorValueEntity, 'v')
        .select('v.indicatorId', 'indicatorId')
        .addSelect('MAX(v.date)', 'latest')
        .where('v.indicatorId IN (:...ids)', { ids: scheduled.map((indicator) => indicator.id) })
        .groupBy('v.indicatorId')
        .getRawMany<{ indicatorId: string; latest: string }>();
      const latestOf = new Map(latest.map((row) => [row.indicatorId, String(row.latest).slice(0, 10)]));
      for (const indicator of scheduled) {
        const notice = indicatorNotice({ ...indicator, latestValueDate: latestOf.get(indicator.id) ?? null }, today);
        if (!notice) continue;
        for (const id of indicatorResponsibleUserIds(indicator, users)) if (wanted.has(id)) add(id, notice);
      }
    }

    // Barrier reports from the public accessibility statement reach the administrators (issue 19).
    const admins = users.filter((user) => user.role === 'admin' && wanted.has(user.id));
    if (admins.length > 0) {
      const reportsSince = new Date(now.getTime() - BARRIER_REPORT_TASK_DAYS * 86_400_000).toISOString();
      const reports = await manager.find(BarrierReportEntity, {
        where: { createdAt: MoreThan(reportsSince) },
        order: { createdAt: 'ASC' },
      });
      for (const report of reports) {
        if (report.createdAt > now.toISOString()) continue;
        const text = report.message.replace(/\s+/g, ' ').trim();
        const notice: TaskItem = {
          kind: 'barrier_report',
          key: `barrier_report:${report.id}`,
          measureId: null,
          indicatorId: null,
          meetingId: null,
          title: text.length > 120 ? `${text.slice(0, 119)}…` : text,
          link: '/admin/barrier-reports',
          dueDate: null,
          items: [],
        };
        for (const admin of admins) add(admin.id, notice);
      }
    }

    if (this.meetings) {
      const upcoming = await this.meetings.upcoming(now);
      for (const items of result.values()) {
        // Sorted, so a meeting notice lists the most pressing first (and the bounded list's are its first ones).
        const own = sortTasks(items, TASK_KINDS);
        for (const meeting of upcoming) {
          const notice = meetingNotice(meeting, now, own);
          if (notice) items.push(notice);
        }
      }
      const reviewers = users.filter((user) => user.role === 'reviewer' && wanted.has(user.id));
      if (this.councilDigest && reviewers.length > 0) {
        for (const meeting of upcoming.filter((candidate) => councilDigestDue(candidate, now))) {
          const changes = await this.councilDigest.changes();
          if (changes === null) continue;
          const notice: TaskItem = {
            kind: 'council_digest',
            key: `council_digest:${meeting.id}`,
            measureId: null,
            indicatorId: null,
            meetingId: meeting.id,
            title: `${meeting.body}: ${meeting.title}`,
            link: '/reports',
            dueDate: meeting.startsAt.slice(0, 10),
            items: changes,
          };
          for (const reviewer of reviewers) add(reviewer.id, notice);
        }
      }
    }

    for (const [userId, items] of result) result.set(userId, sortTasks(items, TASK_KINDS));
    return result;
  }

  /**
   * The measures' notices of one user (`overdue`, `due_soon`, `stale`), the first `perKind` of each in the to-do
   * list's order, and their counts into `totals`: the same notices `measureNotices` gives, chosen in SQL.
   * Within one due date the database's order of titles decides which make the cut; sortTasks orders them after.
   */
  private async boundedMeasureNotices(
    userId: string,
    users: RuleUser[],
    today: string,
    staleDays: number,
    { perKind, totals }: { perKind: number; totals: Map<TaskKind, number> },
  ): Promise<TaskItem[]> {
    const user = users.find((candidate) => candidate.id === userId);
    const query = () =>
      this.dataSource.manager
        .createQueryBuilder(MeasureEntity, 'm')
        .where('m.status NOT IN (:...closed)', { closed: [...CLOSED_STATUSES] });
    // The responsibility rule (responsibleUserIds) as a condition: an editor has the measures of their actor, an
    // administrator those whose lead actor no active editor is bound to.
    let scoped: (builder: ReturnType<typeof query>) => ReturnType<typeof query>;
    if (user?.role === 'editor' && user.actorId !== null) {
      const actorId = user.actorId;
      scoped = (builder) => builder.andWhere('m.leadActorId = :actorId', { actorId });
    } else if (user?.role === 'admin') {
      const boundActors = [
        ...new Set(
          users.filter((other) => other.role === 'editor' && other.actorId !== null).map((other) => other.actorId),
        ),
      ];
      scoped = (builder) =>
        boundActors.length === 0
          ? builder
          : builder.andWhere(
              new Brackets((inner) =>
                inner.where('m.leadActorId IS NULL').orWhere('m.leadActorId NOT IN (:...boundActors)', { boundActors }),
              ),
            );
    } else {
      return [];
    }
    const dueSoonUntil = addDays(today, DUE_SOON_DAYS);
    // Stale: more than staleDays whole days between the day of the last change and today.
    const staleBefore = addDays(today, -staleDays);
    const kinds = [
      {
        kind: 'overdue' as const,
        where: 'm.plannedEnd < :today',
        order: 'm.plannedEnd',
      },
      {
        kind: 'due_soon' as const,
        where: 'm.plannedEnd >= :today AND m.plannedEnd <= :dueSoonUntil',
        order: 'm.plannedEnd',
      },
      { kind: 'stale' as const, where: 'm.updatedAt < :staleBefore', order: 'SUBSTR(m.updatedAt, 1, 10)' },
    ];
    const parameters = { today, dueSoonUntil, staleBefore };
    const notices: TaskItem[] = [];
    for (const { kind, where, order } of kinds) {
      const count = await scoped(query()).andWhere(where, parameters).getCount();
      totals.set(kind, count);
      if (count === 0) continue;
      const measures = await scoped(query())
        .andWhere(where, parameters)
        .select(['m.id', 'm.title', 'm.status', 'm.leadActorId', 'm.plannedEnd', 'm.updatedAt'])
        .orderBy(order, 'ASC')
        .addOrderBy('m.title', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .limit(perKind)
        .getMany();
      for (const measure of measures)
        notices.push(...measureNotices(measure, today, staleDays).filter((notice) => notice.kind === kind));
    }
    return notices;
  }
}
