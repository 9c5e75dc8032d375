import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import type {
  CreateMeetingBodyRequest,
  CreateMeetingReportingDateRequest,
  CreateMeetingRequest,
  Meeting,
  MeetingBody,
  MeetingListQuery,
  NextMeeting,
  Page,
  UpdateMeetingBodyRequest,
  UpdateMeetingRequest,
  User,
} from '@leitbild-monitor/shared/contracts';
import { Observable } from 'rxjs';

/** The ETag the API gives a meeting version (`"3"`), sent back as `If-Match` with every change. */
export function meetingEtag(version: number): string {
  return `"${version}"`;
}

/** Administrators and editors keep meetings; everyone signed in reads them. The API checks again (403). */
export function mayKeepMeetings(user: User | null): boolean {
  return user?.role === 'admin' || user?.role === 'editor';
}

/** Calls of the meetings API: the list, one meeting, the next one, writes with If-Match and the reporting date. */
@Injectable({ providedIn: 'root' })
export class MeetingsApiService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly url = `${this.base}/meetings`;

  list(query: MeetingListQuery = {}): Observable<Page<Meeting>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query) as [string, unknown][]) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Page<Meeting>>(this.url, { params });
  }

  /** The next meeting and the days until it, as the server counts them (its date, the installation's time zone). */
  next(): Observable<NextMeeting> {
    return this.http.get<NextMeeting>(`${this.url}/next`);
  }

  get(id: string): Observable<Meeting> {
    return this.http.get<Meeting>(`${this.url}/${encodeURIComponent(id)}`);
  }

  create(request: CreateMeetingRequest): Observable<Meeting> {
    return this.http.post<Meeting>(this.url, request);
  }

  update(id: string, version: number, request: UpdateMeetingRequest): Observable<Meeting> {
    return this.http.patch<Meeting>(`${this.url}/${encodeURIComponent(id)}`, request, ifMatch(version));
  }

  remove(id: string, version: number): Observable<void> {
    return this.http.delete<void>(`${this.url}/${encodeURIComponent(id)}`, ifMatch(version));
  }

  /** Takes the reporting date for the meeting (dated its day) and links it; the answer is the linked meeting. */
  createReportingDate(id: string, request: CreateMeetingReportingDateRequest = {}): Observable<Meeting> {
    return this.http.post<Meeting>(`${this.url}/${encodeURIComponent(id)}/reporting-date`, request);
  }

  bodies(): Observable<MeetingBody[]> {
    return this.http.get<MeetingBody[]>(`${this.base}/meeting-bodies`);
  }

  /** Administrators: a new body, at the end of the list unless `position` says otherwise. */
  createBody(request: CreateMeetingBodyRequest): Observable<MeetingBody> {
    return this.http.post<MeetingBody>(`${this.base}/meeting-bodies`, request);
  }

  /** Administrators: renames or moves a body. */
  updateBody(id: string, request: UpdateMeetingBodyRequest): Observable<MeetingBody> {
    return this.http.patch<MeetingBody>(`${this.base}/meeting-bodies/${encodeURIComponent(id)}`, request);
  }

  /** Administrators: removes a body no meeting names (`409 in_use` with `count` otherwise). */
  deleteBody(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/meeting-bodies/${encodeURIComponent(id)}`);
  }
}

function ifMatch(version: number): { headers: HttpHeaders } {
  return { headers: new HttpHeaders({ 'If-Match': meetingEtag(version) }) };
}

/**
 * The value of an `<input type="datetime-local">` (local wall time, no offset) as an ISO date-time with the browser's
 * offset at that moment, which the API needs; and back. Empty or unreadable input gives null.
 */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${value}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A meeting's start as people read it, in the installation's time zone (Europe/Berlin): "Sa., 13. März 2027 um 18:00". */
export function meetingTimeLabel(iso: string, language: 'de' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: 'Europe/Berlin',
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
