import type {
  IndicatorDueInterval,
  MeasureStatus,
  NotificationFrequency,
  TaskItem,
  TaskKind,
  TaskList,
  TaskSubItem,
  UserRole,
} from '@leitbild-monitor/shared/contracts';
import {
  COUNCIL_DIGEST_DAYS,
  DUE_SOON_DAYS,
  MEETING_NOTICE_DAYS,
  TASK_KINDS,
  TASKS_SHOWN_PER_KIND,
} from '@leitbild-monitor/shared/contracts';
import { isClosedStatus } from '@leitbild-monitor/shared/domain';

/**
 * The rules of who is reminded of what, as pure functions of their inputs and the moment `now` (never the clock):
 * the scheduler, the to-do page and `npm run notify -- --now=…` give the same answer for the same moment.
 */

export interface RuleUser {
  id: string;
  role: UserRole;
  actorId: string | null;
  active: boolean;
}

export interface RuleMeasure {
  id: string;
  title: string;
  status: MeasureStatus;
  leadActorId: string | null;
  plannedEnd: string | null;
  /** UTC ISO date-time of the last change. */
  updatedAt: string;
}

export interface RuleIndicator {
  id: string;
  name: string;
  responsibleActorId: string | null;
  dueEvery: IndicatorDueInterval | null;
  dueMonthDay: string | null;
  /** The latest value's date, or null. */
  latestValueDate: string | null;
}

export interface RuleMeeting {
  id: string;
  title: string;
  body: string;
  /** UTC ISO date-time. */
  startsAt: string;
}

export interface RuleSettings {
  staleDays: number;
  digestHour: number;
  timeZone: string;
  weeklyWeekday: number;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` plus `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (`YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar date, hour and ISO weekday (1 Monday … 7 Sunday) of `now` in `timeZone`. */
export function localTime(now: Date, timeZone: string): { date: string; hour: number; weekday: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts['weekday'] ?? '') + 1;
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, hour: Number(parts['hour']), weekday };
}

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Who is responsible for a measure: the active editors bound to its lead actor; where there is none (no lead actor,
 * or no editor bound to it), the active administrators.
 */
export function responsibleUserIds(measure: Pick<RuleMeasure, 'leadActorId'>, users: RuleUser[]): string[] {
  const active = users.filter((user) => user.active);
  const editors =
    measure.leadActorId === null
      ? []
      : active.filter((user) => user.role === 'editor' && user.actorId === measure.leadActorId);
  return (editors.length > 0 ? editors : active.filter((user) => user.role === 'admin')).map((user) => user.id);
}

/** Who is responsible for an indicator's values: editors bound to its responsible actor, else the admins. */
export function indicatorResponsibleUserIds(indicator: Pick<RuleIndicator, 'responsibleActorId'>, users: RuleUser[]) {
  return responsibleUserIds({ leadActorId: indicator.responsibleActorId }, users);
}

/**
 * The notices a measure raises at `today` (local date of the installation): `overdue` (planned end passed),
 * `due_soon` (planned end within DUE_SOON_DAYS), `stale` (not updated for more than `staleDays`). A completed or
 * rejected measure raises none. Each notice's key names the state it reminds of, so it is sent once per state:
 * a new planned end or an update makes a new notice.
 */
export function measureNotices(measure: RuleMeasure, today: string, staleDays: number): TaskItem[] {
  if (isClosedStatus(measure.status)) return [];
  const notices: TaskItem[] = [];
  const base = { measureId: measure.id, indicatorId: null, meetingId: null, title: measure.title, items: [] };
  const link = `/measures/${measure.id}`;
  if (measure.plannedEnd !== null && measure.plannedEnd < today) {
    notices.push({
      ...base,
      kind: 'overdue',
      key: `overdue:${measure.id}:${measure.plannedEnd}`,
      link,
      dueDate: measure.plannedEnd,
    });
  } else if (measure.plannedEnd !== null && daysBetween(today, measure.plannedEnd) <= DUE_SOON_DAYS) {
    notices.push({
      ...base,
      kind: 'due_soon',
      key: `due_soon:${measure.id}:${measure.plannedEnd}`,
      link,
      dueDate: measure.plannedEnd,
    });
  }
  const updatedDay = measure.updatedAt.slice(0, 10);
  if (daysBetween(updatedDay, today) > staleDays) {
    notices.push({
      ...base,
      kind: 'stale',
      key: `stale:${measure.id}:${measure.updatedAt}`,
      link,
      dueDate: addDays(updatedDay, staleDays),
    });
  }
  return notices;
}

/**
 * The day an indicator's next value is due at `today`: yearly on `dueMonthDay` (default 31 December), quarterly and
 * monthly on the period's last day. Due means: no value dated within the period that ends on that day.
 */
export function indicatorDueDate(
  indicator: Pick<RuleIndicator, 'dueEvery' | 'dueMonthDay'>,
  today: string,
): { periodStart: string; dueDate: string } | null {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  switch (indicator.dueEvery) {
    case 'month':
      return { periodStart: `${today.slice(0, 7)}-01`, dueDate: lastDay(year, month) };
    case 'quarter': {
      const endMonth = Math.ceil(month / 3) * 3;
      return {
        periodStart: `${year}-${String(endMonth - 2).padStart(2, '0')}-01`,
        dueDate: lastDay(year, endMonth),
      };
    }
    case 'year': {
      const monthDay = indicator.dueMonthDay ?? '12-31';
      // 29 February is due on the 28th in other years.
      const due = (y: number) =>
        monthDay === '02-29' && new Date(Date.UTC(y, 1, 29)).getUTCMonth() !== 1 ? `${y}-02-28` : `${y}-${monthDay}`;
      const dueDate = due(year) >= today ? due(year) : due(year + 1);
      return { periodStart: addDays(due(Number(dueDate.slice(0, 4)) - 1), 1), dueDate };
    }
    default:
      return null;
  }
}

/** `indicator_values_due` when the period's value is missing and its due day is at most DUE_SOON_DAYS away. */
export function indicatorNotice(indicator: RuleIndicator, today: string): TaskItem | null {
  const due = indicatorDueDate(indicator, today);
  if (!due || daysBetween(today, due.dueDate) > DUE_SOON_DAYS) return null;
  if (indicator.latestValueDate !== null && indicator.latestValueDate >= due.periodStart) return null;
  return {
    kind: 'indicator_values_due',
    key: `indicator_values_due:${indicator.id}:${due.dueDate}`,
    measureId: null,
    indicatorId: indicator.id,
    meetingId: null,
    title: indicator.name,
    link: `/indicators/${indicator.id}`,
    dueDate: due.dueDate,
    items: [],
  };
}

/**
 * The stage of a meeting's notice at `now`: 21 when it is at most 21 days away, 7 at most 7 days, null when it is
 * further away or has begun.
 */
export function meetingStage(meeting: Pick<RuleMeeting, 'startsAt'>, now: Date): number | null {
  const ms = Date.parse(meeting.startsAt) - now.getTime();
  if (ms <= 0) return null;
  const stages = [...MEETING_NOTICE_DAYS].sort((a, b) => a - b);
  return stages.find((days) => ms <= days * DAY_MS) ?? null;
}

/**
 * `meeting_upcoming` for a responsible user: one list of everything they are responsible for that is stale or
 * overdue, for the nearest meeting that is 21 or 7 days away; none when the list is empty.
 */
export function meetingNotice(meeting: RuleMeeting, now: Date, ownNotices: TaskItem[]): TaskItem | null {
  const stage = meetingStage(meeting, now);
  if (stage === null) return null;
  const items: TaskSubItem[] = ownNotices
    .filter((notice) => (notice.kind === 'stale' || notice.kind === 'overdue') && notice.measureId !== null)
    .map((notice) => ({
      measureId: notice.measureId as string,
      title: notice.title,
      link: notice.link,
      reason: notice.kind,
    }));
  if (items.length === 0) return null;
  return {
    kind: 'meeting_upcoming',
    key: `meeting_upcoming:${meeting.id}:${stage}`,
    measureId: null,
    indicatorId: null,
    meetingId: meeting.id,
    title: `${meeting.body}: ${meeting.title}`,
    link: `/meetings/${meeting.id}`,
    dueDate: meeting.startsAt.slice(0, 10),
    items,
  };
}

/** Whether the reviewers' digest of a meeting is due at `now`: at most COUNCIL_DIGEST_DAYS before it starts. */
export function councilDigestDue(meeting: Pick<RuleMeeting, 'startsAt'>, now: Date): boolean {
  const ms = Date.parse(meeting.startsAt) - now.getTime();
  return ms > 0 && ms <= COUNCIL_DIGEST_DAYS * DAY_MS;
}

/**
 * The digest a user with `frequency` is due at `now`, as the key of that digest (one e-mail per key), or null when
 * none is due: `immediate` every run; `daily` once a local day from the digest hour on; `weekly` once a week on the
 * weekday, from the digest hour on.
 */
export function digestKey(frequency: NotificationFrequency, now: Date, settings: RuleSettings): string | null {
  if (frequency === 'off') return null;
  if (frequency === 'immediate') return `immediate:${now.toISOString()}`;
  const local = localTime(now, settings.timeZone);
  if (local.hour < settings.digestHour) return null;
  if (frequency === 'daily') return `daily:${local.date}`;
  return local.weekday === settings.weeklyWeekday ? `weekly:${local.date}` : null;
}

/** Minutes until a failed delivery is tried again: 5, 10, 20, … up to six hours. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), 360);
}

/** A delivery is given up after this many failed attempts (about two days with the backoff above). */
export const MAX_DELIVERY_ATTEMPTS = 12;

/** The order of the to-do page: by kind, then due date, then title. */
export function sortTasks(items: TaskItem[], kinds: readonly string[]): TaskItem[] {
  return [...items].sort(
    (a, b) =>
      kinds.indexOf(a.kind) - kinds.indexOf(b.kind) ||
      (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
      a.title.localeCompare(b.title, 'de'),
  );
}

/**
 * The to-do list as the API answers it: of sorted tasks the first TASKS_SHOWN_PER_KIND of each kind, with the
 * counts of all. The header shows the total; the page names how many more there are than it lists. A meeting
 * notice lists at most as many measures of each reason: the stale and overdue ones have their own groups, with
 * their counts.
 */
export function shownTasks(sorted: TaskItem[], perKind = TASKS_SHOWN_PER_KIND): TaskList {
  const totals = Object.fromEntries(TASK_KINDS.map((kind) => [kind, 0])) as Record<TaskKind, number>;
  const items: TaskItem[] = [];
  for (const item of sorted) {
    if (totals[item.kind]++ >= perKind) continue;
    if (item.kind !== 'meeting_upcoming') {
      items.push(item);
      continue;
    }
    const perReason = new Map<string, number>();
    const subItems = item.items.filter((sub) => {
      const seen = perReason.get(sub.reason) ?? 0;
      perReason.set(sub.reason, seen + 1);
      return seen < perKind;
    });
    items.push({ ...item, items: subItems });
  }
  return { items, total: sorted.length, totals };
}

/**
 * The instant of a date-time given without offset (`2027-03-01T07:00`) in `timeZone`; one with an offset or `Z`
 * is taken as it is. Null when it is no date-time.
 */
export function instantIn(value: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?(Z|[+-]\d{2}:\d{2})?$/.test(value)) return null;
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  const asUtc = Date.parse(`${value.length === 10 ? `${value}T00:00` : value}Z`);
  if (Number.isNaN(asUtc)) return null;
  // The zone's offset at that moment, applied twice so that a time just after a change of offset is right too.
  const offset = (at: number) => {
    const local = localTime(new Date(at), timeZone);
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone, minute: '2-digit', second: '2-digit' }).formatToParts(
      new Date(at),
    );
    const minute = Number(parts.find((part) => part.type === 'minute')?.value ?? 0);
    const second = Number(parts.find((part) => part.type === 'second')?.value ?? 0);
    const wall = Date.parse(
      `${local.date}T${String(local.hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}Z`,
    );
    return wall - Math.floor(at / 1000) * 1000;
  };
  const first = asUtc - offset(asUtc);
  return new Date(asUtc - offset(first));
}
