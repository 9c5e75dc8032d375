import type { TaskItem } from '@leitbild-monitor/shared/contracts';
import {
  councilDigestDue,
  digestKey,
  instantIn,
  indicatorDueDate,
  indicatorNotice,
  localTime,
  measureNotices,
  meetingNotice,
  meetingStage,
  responsibleUserIds,
  retryDelayMinutes,
  RuleMeasure,
  RuleUser,
  shownTasks,
} from './notification-rules';

const users: RuleUser[] = [
  { id: 'admin', role: 'admin', actorId: null, active: true },
  { id: 'old-admin', role: 'admin', actorId: null, active: false },
  { id: 'editor-a', role: 'editor', actorId: 'actor-a', active: true },
  { id: 'editor-a2', role: 'editor', actorId: 'actor-a', active: true },
  { id: 'viewer-a', role: 'viewer', actorId: 'actor-a', active: true },
  { id: 'editor-b', role: 'editor', actorId: 'actor-b', active: false },
];

const measure = (fields: Partial<RuleMeasure> = {}): RuleMeasure => ({
  id: 'm1',
  title: 'Sprachcafé',
  status: 'in_progress',
  leadActorId: 'actor-a',
  plannedEnd: null,
  updatedAt: '2027-02-20T10:00:00.000Z',
  ...fields,
});

const settings = { staleDays: 90, digestHour: 7, timeZone: 'Europe/Berlin', weeklyWeekday: 1 };

describe('responsibleUserIds', () => {
  it('names the active editors bound to the lead actor', () => {
    expect(responsibleUserIds({ leadActorId: 'actor-a' }, users)).toEqual(['editor-a', 'editor-a2']);
  });

  it('falls back to the active admins without a lead actor or without an active editor of it', () => {
    expect(responsibleUserIds({ leadActorId: null }, users)).toEqual(['admin']);
    expect(responsibleUserIds({ leadActorId: 'actor-b' }, users)).toEqual(['admin']);
  });
});

describe('measureNotices', () => {
  it('raises overdue for a planned end before today, not on the day itself', () => {
    expect(measureNotices(measure({ plannedEnd: '2027-02-28' }), '2027-03-01', 90).map((n) => n.kind)).toEqual([
      'overdue',
    ]);
    expect(measureNotices(measure({ plannedEnd: '2027-03-01' }), '2027-03-01', 90).map((n) => n.kind)).toEqual([
      'due_soon',
    ]);
  });

  it('raises due_soon within 14 days and nothing further away', () => {
    expect(measureNotices(measure({ plannedEnd: '2027-03-15' }), '2027-03-01', 90).map((n) => n.kind)).toEqual([
      'due_soon',
    ]);
    expect(measureNotices(measure({ plannedEnd: '2027-03-16' }), '2027-03-01', 90)).toEqual([]);
  });

  it('raises stale after more than the limit and keys it by the last update', () => {
    const old = measure({ updatedAt: '2026-11-30T08:00:00.000Z' });
    expect(measureNotices(old, '2027-02-28', 90)).toEqual([]);
    const [stale] = measureNotices(old, '2027-03-01', 90);
    expect(stale).toMatchObject({
      kind: 'stale',
      key: 'stale:m1:2026-11-30T08:00:00.000Z',
      link: '/measures/m1',
      dueDate: '2027-02-28',
    });
    expect(measureNotices(old, '2027-03-01', 120)).toEqual([]);
  });

  it('raises nothing for a completed or rejected measure', () => {
    for (const status of ['completed', 'rejected'] as const) {
      expect(
        measureNotices(
          measure({ status, plannedEnd: '2026-01-01', updatedAt: '2020-01-01T00:00:00.000Z' }),
          '2027-03-01',
          90,
        ),
      ).toEqual([]);
    }
  });
});

describe('indicators', () => {
  it('computes the due day of each interval', () => {
    expect(indicatorDueDate({ dueEvery: 'month', dueMonthDay: null }, '2027-02-10')).toEqual({
      periodStart: '2027-02-01',
      dueDate: '2027-02-28',
    });
    expect(indicatorDueDate({ dueEvery: 'quarter', dueMonthDay: null }, '2027-05-10')).toEqual({
      periodStart: '2027-04-01',
      dueDate: '2027-06-30',
    });
    expect(indicatorDueDate({ dueEvery: 'year', dueMonthDay: '03-31' }, '2027-04-01')).toEqual({
      periodStart: '2027-04-01',
      dueDate: '2028-03-31',
    });
    expect(indicatorDueDate({ dueEvery: 'year', dueMonthDay: '02-29' }, '2027-02-01')).toEqual({
      periodStart: '2026-03-01',
      dueDate: '2027-02-28',
    });
    expect(indicatorDueDate({ dueEvery: null, dueMonthDay: null }, '2027-02-01')).toBeNull();
  });

  it('is due within 14 days when the period has no value yet', () => {
    const indicator = {
      id: 'i1',
      name: 'Quote',
      responsibleActorId: 'actor-a',
      dueEvery: 'year' as const,
      dueMonthDay: '03-31',
      latestValueDate: '2026-03-31',
    };
    expect(indicatorNotice(indicator, '2027-03-16')).toBeNull();
    expect(indicatorNotice(indicator, '2027-03-17')).toMatchObject({
      kind: 'indicator_values_due',
      key: 'indicator_values_due:i1:2027-03-31',
      link: '/indicators/i1',
    });
    expect(indicatorNotice({ ...indicator, latestValueDate: '2027-01-31' }, '2027-03-17')).toBeNull();
  });
});

describe('meetings', () => {
  const meeting = { id: 'g1', title: '12. Sitzung', body: 'Integrationsrat', startsAt: '2027-03-22T16:00:00.000Z' };

  it('has stages 21 and 7 days before, none before, after or at the start', () => {
    expect(meetingStage(meeting, new Date('2027-02-28T15:59:00Z'))).toBeNull();
    expect(meetingStage(meeting, new Date('2027-03-01T16:00:00Z'))).toBe(21);
    expect(meetingStage(meeting, new Date('2027-03-15T16:00:00Z'))).toBe(7);
    expect(meetingStage(meeting, new Date('2027-03-22T16:00:00Z'))).toBeNull();
  });

  it('lists what is stale or overdue, and nothing without such measures', () => {
    const own = [
      ...measureNotices(measure({ plannedEnd: '2027-02-01' }), '2027-03-10', 90),
      ...measureNotices(measure({ id: 'm2', title: 'Lotsen', plannedEnd: '2027-03-20' }), '2027-03-10', 90),
    ];
    const notice = meetingNotice(meeting, new Date('2027-03-10T08:00:00Z'), own);
    expect(notice).toMatchObject({ kind: 'meeting_upcoming', key: 'meeting_upcoming:g1:21', meetingId: 'g1' });
    expect(notice?.items).toEqual([{ measureId: 'm1', title: 'Sprachcafé', link: '/measures/m1', reason: 'overdue' }]);
    expect(meetingNotice(meeting, new Date('2027-03-10T08:00:00Z'), own.slice(1))).toBeNull();
  });

  it('sends the reviewers digest within three days before', () => {
    expect(councilDigestDue(meeting, new Date('2027-03-19T15:59:00Z'))).toBe(false);
    expect(councilDigestDue(meeting, new Date('2027-03-19T16:00:00Z'))).toBe(true);
    expect(councilDigestDue(meeting, new Date('2027-03-22T16:00:01Z'))).toBe(false);
  });
});

describe('digestKey', () => {
  it('reads the hour and weekday in the installation time zone', () => {
    expect(localTime(new Date('2027-03-01T06:30:00Z'), 'Europe/Berlin')).toEqual({
      date: '2027-03-01',
      hour: 7,
      weekday: 1,
    });
    expect(localTime(new Date('2027-07-04T22:30:00Z'), 'Europe/Berlin')).toEqual({
      date: '2027-07-05',
      hour: 0,
      weekday: 1,
    });
  });

  it('gives daily digests once a local day from the digest hour on', () => {
    expect(digestKey('daily', new Date('2027-03-01T05:59:00Z'), settings)).toBeNull();
    expect(digestKey('daily', new Date('2027-03-01T06:00:00Z'), settings)).toBe('daily:2027-03-01');
    expect(digestKey('daily', new Date('2027-03-01T22:00:00Z'), settings)).toBe('daily:2027-03-01');
  });

  it('gives weekly digests on the weekday only, immediate ones every run, none when off', () => {
    expect(digestKey('weekly', new Date('2027-03-01T07:00:00Z'), settings)).toBe('weekly:2027-03-01');
    expect(digestKey('weekly', new Date('2027-03-02T07:00:00Z'), settings)).toBeNull();
    expect(digestKey('immediate', new Date('2027-03-02T07:00:00Z'), settings)).toBe(
      'immediate:2027-03-02T07:00:00.000Z',
    );
    expect(digestKey('off', new Date('2027-03-02T07:00:00Z'), settings)).toBeNull();
  });
});

describe('retryDelayMinutes', () => {
  it('doubles from five minutes up to six hours', () => {
    expect([1, 2, 3, 4, 10].map(retryDelayMinutes)).toEqual([5, 10, 20, 40, 360]);
  });
});

describe('instantIn', () => {
  it('reads a date-time without offset in the installation time zone, summer and winter', () => {
    expect(instantIn('2027-03-01T07:00', 'Europe/Berlin')?.toISOString()).toBe('2027-03-01T06:00:00.000Z');
    expect(instantIn('2027-07-01T07:00', 'Europe/Berlin')?.toISOString()).toBe('2027-07-01T05:00:00.000Z');
    expect(instantIn('2027-03-01', 'Europe/Berlin')?.toISOString()).toBe('2027-02-28T23:00:00.000Z');
  });

  it('takes an offset as given and refuses what is no date-time', () => {
    expect(instantIn('2027-03-01T07:00Z', 'Europe/Berlin')?.toISOString()).toBe('2027-03-01T07:00:00.000Z');
    expect(instantIn('2027-03-01T07:00+02:00', 'Europe/Berlin')?.toISOString()).toBe('2027-03-01T05:00:00.000Z');
    expect(instantIn('next monday', 'Europe/Berlin')).toBeNull();
    expect(instantIn('2027-13-01T07:00', 'Europe/Berlin')).toBeNull();
  });
});

describe('shownTasks', () => {
  const task = (kind: TaskItem['kind'], index: number): TaskItem => ({
    kind,
    key: `${kind}:${index}`,
    measureId: null,
    indicatorId: null,
    meetingId: null,
    title: `${kind} ${index}`,
    link: '/',
    dueDate: null,
    items: [],
  });

  it('lists the first tasks of each kind and counts all of them', () => {
    const sorted = [
      ...Array.from({ length: 5 }, (_, index) => task('overdue', index)),
      ...Array.from({ length: 2 }, (_, index) => task('stale', index)),
      task('barrier_report', 0),
    ];
    const shown = shownTasks(sorted, 3);
    expect(shown.items.map((item) => item.key)).toEqual([
      'overdue:0',
      'overdue:1',
      'overdue:2',
      'stale:0',
      'stale:1',
      'barrier_report:0',
    ]);
    expect(shown.total).toBe(8);
    expect(shown.totals).toMatchObject({ overdue: 5, stale: 2, barrier_report: 1, due_soon: 0, council_digest: 0 });
  });

  it('lists at most as many measures of each reason in a meeting notice', () => {
    const sub = (reason: string, index: number) => ({
      measureId: `${reason}-${index}`,
      title: `${reason} ${index}`,
      link: '/',
      reason,
    });
    const meeting = {
      ...task('meeting_upcoming', 0),
      items: [
        ...Array.from({ length: 4 }, (_, index) => sub('overdue', index)),
        ...Array.from({ length: 2 }, (_, index) => sub('stale', index)),
      ],
    };
    const [shown] = shownTasks([meeting], 3).items;
    expect(shown.items.map((item) => item.measureId)).toEqual([
      'overdue-0',
      'overdue-1',
      'overdue-2',
      'stale-0',
      'stale-1',
    ]);
    expect(meeting.items).toHaveLength(6);
  });
});
