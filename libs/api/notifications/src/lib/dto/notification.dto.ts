import { IsNotEmpty, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MaxLength } from '@leitbild-monitor/api/platform';
import type {
  NotificationAdminSettings,
  NotificationDeliveryStatus,
  NotificationFrequency,
  NotificationLanguage,
  NotificationLogEntry,
  NotificationSettings,
  TaskItem,
  TaskKind,
  TaskList,
  TaskSubItem,
  UpdateNotificationAdminSettingsRequest,
  UpdateNotificationSettingsRequest,
} from '@leitbild-monitor/shared/contracts';
import {
  NOTIFICATION_DELIVERY_STATUSES,
  NOTIFICATION_FREQUENCIES,
  NOTIFICATION_LANGUAGES,
  NOTIFICATION_LIMITS,
  TASK_KINDS,
} from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class TaskSubItemDto implements TaskSubItem {
  measureId!: string;
  title!: string;
  link!: string;
  /** Why it is listed: `stale`, `overdue`, `new`, `removed`, `status:<from>:<to>` or `progress:<from>:<to>`. */
  reason!: string;
}

export class TaskItemDto implements TaskItem {
  @ApiProperty({ enum: TASK_KINDS })
  kind!: TaskKind;
  /** Stable key of this notice (the same notice is never sent twice). */
  key!: string;
  measureId!: string | null;
  indicatorId!: string | null;
  meetingId!: string | null;
  title!: string;
  /** Path in the dashboard, e.g. `/measures/<id>`. */
  link!: string;
  /** The day it is due or became due (YYYY-MM-DD), or null. */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate!: string | null;
  @ApiProperty({ type: [TaskSubItemDto] })
  items!: TaskSubItemDto[];
}

/** How many tasks of each kind there are. */
export class TaskTotalsDto implements Record<TaskKind, number> {
  overdue!: number;
  due_soon!: number;
  stale!: number;
  review_comment!: number;
  indicator_values_due!: number;
  meeting_upcoming!: number;
  council_digest!: number;
  barrier_report!: number;
}

export class TaskListDto implements TaskList {
  /** The most pressing tasks, at most 100 of each kind (`TASKS_SHOWN_PER_KIND`). */
  @ApiProperty({ type: [TaskItemDto] })
  items!: TaskItemDto[];
  /** All tasks, also those beyond the ones in `items`. */
  total!: number;
  @ApiProperty({ type: TaskTotalsDto })
  totals!: TaskTotalsDto;
}

export class NotificationSettingsDto implements NotificationSettings {
  @ApiProperty({ enum: NOTIFICATION_FREQUENCIES })
  frequency!: NotificationFrequency;
  /** The language of the e-mails. */
  @ApiProperty({ enum: NOTIFICATION_LANGUAGES })
  language!: NotificationLanguage;
}

export class UpdateNotificationSettingsDto implements UpdateNotificationSettingsRequest {
  @ApiProperty({ enum: NOTIFICATION_FREQUENCIES })
  @IsIn(NOTIFICATION_FREQUENCIES)
  frequency!: NotificationFrequency;

  /** The language of the e-mails; unchanged when left out. */
  @ApiProperty({ enum: NOTIFICATION_LANGUAGES, required: false })
  @IsOptional()
  @IsIn(NOTIFICATION_LANGUAGES)
  language?: NotificationLanguage;
}

export class NotificationAdminSettingsDto implements NotificationAdminSettings {
  /** A measure not updated for longer than this many days is stale. */
  staleDays!: number;
  /** The hour (0–23, in timeZone) at which daily and weekly digests go out. */
  digestHour!: number;
  /** IANA time zone of the installation, e.g. Europe/Berlin. */
  timeZone!: string;
  /** Weekday of the weekly digest: 1 Monday … 7 Sunday. */
  weeklyWeekday!: number;
  /** Whether e-mail is configured (SMTP_URL). */
  mailConfigured!: boolean;
}

export class UpdateNotificationAdminSettingsDto implements UpdateNotificationAdminSettingsRequest {
  @IsInt()
  @Min(NOTIFICATION_LIMITS.staleDaysMin)
  @Max(NOTIFICATION_LIMITS.staleDaysMax)
  staleDays!: number;

  @IsInt()
  @Min(0)
  @Max(23)
  digestHour!: number;

  @IsString()
  @IsNotEmpty()
  @MaxLength(NOTIFICATION_LIMITS.timeZoneMax)
  timeZone!: string;

  @IsInt()
  @Min(1)
  @Max(7)
  weeklyWeekday!: number;
}

export class NotificationLogEntryDto implements NotificationLogEntry {
  id!: string;
  recipientId!: string;
  recipientEmail!: string;
  @ApiProperty({ enum: NOTIFICATION_FREQUENCIES })
  digest!: NotificationFrequency;
  @ApiProperty({ enum: TASK_KINDS, isArray: true })
  kinds!: TaskKind[];
  subject!: string;
  @ApiProperty({ enum: NOTIFICATION_DELIVERY_STATUSES })
  status!: NotificationDeliveryStatus;
  attempts!: number;
  createdAt!: string;
  sentAt!: string | null;
  nextAttemptAt!: string | null;
  error!: string | null;
}
