import { UserEntity } from '@leitbild-monitor/api/auth';
import { IndicatorEntity, IndicatorValueEntity } from '@leitbild-monitor/api/indicators';
import { MeasureEntity } from '@leitbild-monitor/api/measures';
import { BarrierReportEntity } from '@leitbild-monitor/api/pages';
import { ReviewCommentEntity } from '@leitbild-monitor/api/reviews';
import type { TaskItem } from '@leitbild-monitor/shared/contracts';
import { BARRIER_REPORT_TASK_DAYS, REVIEW_COMMENT_TASK_DAYS, TASK_KINDS } from '@leitbild-monitor/shared/contracts';
import { CLOSED_STATUSES } from '@leitbild-monitor/shared/domain';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, In, IsNull, MoreThan, Not } from 'typeorm';
import { COUNCIL_DIGEST_SOURCE, CouncilDigestSource, MEETING_SOURCE, MeetingSource } from './meeting-source';
import {
  councilDigestDue,
  indicatorNotice,
  indicatorResponsibleUserIds,
  localTime,
  measureNotices,
  meetingNotice,
  responsibleUserIds,
  RuleUser,
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

  /** The tasks of one user. */
  async tasksOf(userId: string, now: Date): Promise<TaskItem[]> {
    return (await this.tasksByUser(now, [userId])).get(userId) ?? [];
  }

  /** The tasks of every active user (or of `only`), by user id. */
  async tasksByUser(now: Date, only?: string[]): Promise<Map<string, TaskItem[]>> {
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

    const measures = await manager.find(MeasureEntity, {
      where: { status: Not(In([...CLOSED_STATUSES])) },
      select: { id: true, title: true, status: true, leadActorId: true, plannedEnd: true, updatedAt: true },
    });
    const responsible = new Map<string, string[]>();
    for (const measure of measures) {
      const userIds = responsibleUserIds(measure, users).filter((id) => wanted.has(id));
      if (userIds.length === 0) continue;
      responsible.set(measure.id, userIds);
      for (const notice of measureNotices(measure, today, settings.staleDays))
        for (const id of userIds) add(id, notice);
    }

    const since = new Date(now.getTime() - REVIEW_COMMENT_TASK_DAYS * 86_400_000).toISOString();
    const comments = await manager.find(ReviewCommentEntity, {
      where: { createdAt: MoreThan(since) },
      select: { id: true, measureId: true, authorId: true, authorName: true, createdAt: true },
    });
    const titles = new Map(measures.map((measure) => [measure.id, measure.title]));
    for (const comment of comments) {
      if (comment.createdAt > now.toISOString()) continue;
      for (const id of responsible.get(comment.measureId) ?? []) {
        if (id === comment.authorId) continue;
        add(id, {
          kind: 'review_comment',
          key: `review_comment:${comment.id}`,
          measureId: comment.measureId,
          indicatorId: null,
          meetingId: null,
          title: titles.get(comment.measureId) ?? '',
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
        const own = [...items];
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
}
