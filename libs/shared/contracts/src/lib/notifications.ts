/**
 * Reminders and notifications (issue 17): what each user should attend to ("Zu erledigen"), how often they want it
 * by e-mail, the administrators' settings and the log of what was sent.
 */

/** The kinds of notice, in the order the to-do page and the e-mails list them. */
export const TASK_KINDS = [
  'overdue',
  'due_soon',
  'stale',
  'review_comment',
  'indicator_values_due',
  'meeting_upcoming',
  'council_digest',
  'barrier_report',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** One thing the signed-in user should attend to. */
export interface TaskItem {
  kind: TaskKind;
  /** Stable key of this notice (the same notice is never sent twice). */
  key: string;
  measureId: string | null;
  indicatorId: string | null;
  meetingId: string | null;
  /** The measure's, indicator's or meeting's title. */
  title: string;
  /** Path in the dashboard, e.g. `/measures/<id>`. */
  link: string;
  /** The day it is due or became due (`YYYY-MM-DD`), or null. */
  dueDate: string | null;
  /**
   * For `meeting_upcoming` and `council_digest`: the measures the notice lists (in the to-do list, a meeting notice
   * lists at most TASKS_SHOWN_PER_KIND of each reason).
   */
  items: TaskSubItem[];
}

/** A measure listed in a meeting notice or a council digest. */
export interface TaskSubItem {
  measureId: string;
  title: string;
  link: string;
  /** Why it is listed: `stale`, `overdue`, or for a council digest what changed (`new`, `status`, `progress`, …). */
  reason: string;
}

/**
 * How many tasks of one kind the to-do list shows at most. An administrator is responsible for every measure: in a
 * city's register of 100,000 measures the list would otherwise name tens of thousands of stale ones in one answer.
 */
export const TASKS_SHOWN_PER_KIND = 100;

/**
 * `GET /api/v1/me/tasks`: the most pressing tasks, at most TASKS_SHOWN_PER_KIND of each kind, in the order the page
 * lists them; `total` and `totals` count all of them.
 */
export interface TaskList {
  items: TaskItem[];
  total: number;
  /** Per kind, how many tasks there are (also those beyond the ones in `items`); 0 for a kind without any. */
  totals: Record<TaskKind, number>;
}

export const NOTIFICATION_FREQUENCIES = ['off', 'immediate', 'daily', 'weekly'] as const;
export type NotificationFrequency = (typeof NOTIFICATION_FREQUENCIES)[number];

export const NOTIFICATION_LANGUAGES = ['de', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** `GET/PUT /api/v1/me/notification-settings`. */
export interface NotificationSettings {
  frequency: NotificationFrequency;
  /** The language of the e-mails. */
  language: NotificationLanguage;
}

export type UpdateNotificationSettingsRequest = Partial<NotificationSettings> & { frequency: NotificationFrequency };

/** The installation's settings, `GET/PUT /api/v1/notifications/settings` (administrators). */
export interface NotificationAdminSettings {
  /** A measure not updated for longer than this many days is stale. */
  staleDays: number;
  /** The hour (0–23, in `timeZone`) at which daily and weekly digests go out. */
  digestHour: number;
  /** IANA time zone of the installation, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Weekday of the weekly digest: 1 Monday … 7 Sunday (ISO). */
  weeklyWeekday: number;
  /** Whether e-mail is configured (SMTP_URL); read only. */
  mailConfigured: boolean;
}

export type UpdateNotificationAdminSettingsRequest = Omit<NotificationAdminSettings, 'mailConfigured'>;

export const NOTIFICATION_DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type NotificationDeliveryStatus = (typeof NOTIFICATION_DELIVERY_STATUSES)[number];

/** One e-mail in the log, `GET /api/v1/notifications/log`. */
export interface NotificationLogEntry {
  id: string;
  recipientId: string;
  recipientEmail: string;
  /** `immediate`, `daily` or `weekly`. */
  digest: NotificationFrequency;
  /** The kinds of notice in it. */
  kinds: TaskKind[];
  subject: string;
  /** `pending` (waiting for a retry), `sending`, `sent` or `failed` (given up). */
  status: NotificationDeliveryStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
  error: string | null;
}

export const NOTIFICATION_LIMITS = {
  staleDaysMin: 1,
  staleDaysMax: 3650,
  timeZoneMax: 64,
} as const;

/** Days before a planned end a measure is `due_soon`. */
export const DUE_SOON_DAYS = 14;
/** Days before a meeting its notices go out: responsible users at 21 and 7, reviewers' digest at 3. */
export const MEETING_NOTICE_DAYS = [21, 7] as const;
export const COUNCIL_DIGEST_DAYS = 3;
/** A review comment stays on the to-do page for this many days. */
export const REVIEW_COMMENT_TASK_DAYS = 14;
/** A barrier report from the public accessibility statement stays on the administrators' to-do page this long. */
export const BARRIER_REPORT_TASK_DAYS = 14;
