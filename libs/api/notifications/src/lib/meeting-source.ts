import { MeetingsService } from '@leitbild-monitor/api/meetings';
import { ReportingService } from '@leitbild-monitor/api/reporting';
import type { ReportingChanges, TaskSubItem } from '@leitbild-monitor/shared/contracts';
import { ApiProblemException } from '@leitbild-monitor/api/platform';
import { Injectable } from '@nestjs/common';
import type { RuleMeeting } from './notification-rules';
import { MEETING_NOTICE_DAYS, REPORT_LIST_LIMITS } from '@leitbild-monitor/shared/contracts';

/** The meetings of the next weeks (the meeting notices look 21 days ahead). */
export interface MeetingSource {
  upcoming(now: Date): Promise<RuleMeeting[]>;
}
export const MEETING_SOURCE = Symbol('MEETING_SOURCE');

/** What changed since the last reporting date, as the reviewers' digest lists it; null when there is none. */
export interface CouncilDigestSource {
  changes(): Promise<TaskSubItem[] | null>;
}
export const COUNCIL_DIGEST_SOURCE = Symbol('COUNCIL_DIGEST_SOURCE');

/** The comparison of `/reports` from the latest reporting date to today, one line per measure and change. */
export function changesToItems(changes: ReportingChanges): TaskSubItem[] {
  const item = (measure: { measureId: string; title: string }, reason: string): TaskSubItem => ({
    measureId: measure.measureId,
    title: measure.title,
    link: `/measures/${measure.measureId}`,
    reason,
  });
  return [
    ...changes.added.map((measure) => item(measure, 'new')),
    ...changes.statusChanges.map((change) => item(change.measure, `status:${change.from}:${change.to}`)),
    ...changes.progressChanges.map((change) =>
      item(change.measure, `progress:${change.from ?? ''}:${change.to ?? ''}`),
    ),
    ...changes.newlyOverdue.map((measure) => item(measure, 'overdue')),
    ...changes.removed.map((measure) => item(measure, 'removed')),
  ];
}

/** Reads the comparison through the reporting lib, the same as `/reports` shows for "today". */
@Injectable()
export class ReportingCouncilDigest implements CouncilDigestSource {
  constructor(private readonly reporting: ReportingService) {}

  async changes(): Promise<TaskSubItem[] | null> {
    try {
      // As many per list as the comparison answers at most: a district's changes whole, a city's bounded.
      return changesToItems(await this.reporting.changes('current', undefined, REPORT_LIST_LIMITS.max));
    } catch (error) {
      // No reporting date yet: nothing to compare with.
      if (error instanceof ApiProblemException && error.getStatus() === 404) return null;
      throw error;
    }
  }
}

/** The meetings from `now` to the furthest notice ahead (21 days), read through the meetings lib, earliest first. */
@Injectable()
export class MeetingsServiceSource implements MeetingSource {
  constructor(private readonly meetings: MeetingsService) {}

  async upcoming(now: Date): Promise<RuleMeeting[]> {
    const from = now.toISOString();
    const until = new Date(now.getTime() + Math.max(...MEETING_NOTICE_DAYS) * 86_400_000).toISOString();
    const found: RuleMeeting[] = [];
    // All meetings, earliest first (`now` may be another moment than the clock's, as with `npm run notify --now`).
    for (let page = 1; ; page++) {
      const { items, total } = await this.meetings.list({ page, limit: 100 });
      for (const meeting of items) {
        if (meeting.startsAt > from && meeting.startsAt <= until) {
          found.push({ id: meeting.id, title: meeting.title, body: meeting.body, startsAt: meeting.startsAt });
        }
      }
      if (page * 100 >= total || (items.at(-1)?.startsAt ?? '') > until) return found;
    }
  }
}
