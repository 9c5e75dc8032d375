/**
 * Meetings of the council's bodies (Integrationsrat, Bezirksversammlung, committees) and the bodies themselves, a
 * list the administrators keep. A meeting can have the reporting date taken for it, whose report it links.
 */
export const MEETING_TITLE_MAX = 200;
export const MEETING_PLACE_MAX = 200;
export const MEETING_URL_MAX = 500;
export const MEETING_BODY_NAME_MAX = 200;

/** `?when=` of the meeting list: from now on (earliest first) or before now (latest first). */
export const MEETING_WHEN = ['upcoming', 'past'] as const;
export type MeetingWhen = (typeof MEETING_WHEN)[number];

export const MEETING_SORT_KEYS = ['startsAt', 'title'] as const;
export type MeetingSortKey = (typeof MEETING_SORT_KEYS)[number];

/** A body that meets: one of the list the administrators keep. */
export interface MeetingBody {
  id: string;
  name: string;
  /** Place in the list (ascending). */
  position: number;
  /** How many meetings name this body; a body with meetings cannot be deleted. */
  meetingCount: number;
}

export interface CreateMeetingBodyRequest {
  name: string;
  position?: number;
}

export type UpdateMeetingBodyRequest = Partial<CreateMeetingBodyRequest>;

/** A meeting as the API answers it; `version` is its `ETag`. */
export interface Meeting {
  id: string;
  version: number;
  /** The body's name. */
  body: string;
  bodyId: string;
  title: string;
  /** When it starts: UTC ISO date-time. */
  startsAt: string;
  place: string | null;
  /** The meeting in the council information system (ALLRIS, an OParl `Meeting` URL or any http(s) address). */
  url: string | null;
  /** The reporting date taken for this meeting, or null. */
  reportingDateId: string | null;
  reportingDateName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateMeetingRequest {
  /** The id of a meeting body, or its name as listed. */
  body: string;
  title: string;
  /** ISO date-time with an offset (`Z` or `+01:00`); stored as UTC. */
  startsAt: string;
  place?: string | null;
  /** http or https only. */
  url?: string | null;
}

export type UpdateMeetingRequest = Partial<CreateMeetingRequest>;

export interface MeetingListQuery {
  when?: MeetingWhen;
  /** Id of a meeting body. */
  body?: string;
  sort?: MeetingSortKey | `-${MeetingSortKey}`;
  page?: number;
  limit?: number;
}

/** The next meeting as the server sees it now; `days` counts calendar days in the installation's time zone. */
export interface NextMeeting {
  meeting: Meeting | null;
  /** Calendar days from today until the meeting's day (0: today), or null without a next meeting. */
  days: number | null;
  /** The server's time of the answer (UTC ISO). */
  now: string;
}

/** `POST /meetings/:id/reporting-date`: the reporting date's name; without one, the meeting's title and date. */
export interface CreateMeetingReportingDateRequest {
  name?: string;
}
