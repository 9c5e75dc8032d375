import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateReportingDateRequest,
  Page,
  ReportingChanges,
  ReportingDate,
  ReportingDevelopment,
  ReportingReport,
} from '@leitbild-monitor/shared/contracts';
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { Observable, firstValueFrom, map } from 'rxjs';

/** The later side of a comparison that stands for today's state of the measures. */
export const CURRENT_STATE = 'current';

/** A list answer may come as a page or as a plain array; the dashboard needs the items. */
function itemsOf<T>(body: Page<T> | T[]): T[] {
  return Array.isArray(body) ? body : body.items;
}

/**
 * Reporting dates ("Stichtage"): the list, creating one (which freezes the state of every measure), the changes
 * between two of them (or one and today) and the report of one.
 */
@Injectable({ providedIn: 'root' })
export class ReportingDatesService {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/reporting-dates`;
  private readonly listResource = new RemoteResource(() =>
    this.http.get<Page<ReportingDate> | ReportingDate[]>(this.url, { params: { limit: 100 } }).pipe(map(itemsOf)),
  );

  /** Newest date first, as the API sorts them. */
  readonly reportingDates = this.listResource.state;

  /** The printable report of a reporting date as PDF, for a download link. */
  pdfUrl(id: string): string {
    return `${this.url}/${encodeURIComponent(id)}/report.pdf`;
  }

  load(): void {
    this.listResource.reload();
  }

  /** Creates a reporting date and reloads the list; rejects with the HTTP error (400 names the field). */
  async create(request: CreateReportingDateRequest): Promise<ReportingDate> {
    const created = await firstValueFrom(this.http.post<ReportingDate>(this.url, request));
    this.listResource.reload();
    return created;
  }

  /** What changed from `since` to `to` (a reporting date's id, or `current` for today). */
  changes(since: string, to: string): Observable<ReportingChanges> {
    return this.http.get<ReportingChanges>(`${this.url}/${encodeURIComponent(to)}/changes`, { params: { since } });
  }

  /** The figures of every reporting date, oldest first, overall and per field of action. */
  development(): Observable<ReportingDevelopment> {
    return this.http.get<ReportingDevelopment>(`${this.url}/development`);
  }

  /** The council report of a reporting date; each list holds at most `limit` entries (`listTotals` counts all). */
  report(id: string, limit: number): Observable<ReportingReport> {
    return this.http.get<ReportingReport>(`${this.url}/${encodeURIComponent(id)}/report`, {
      params: { limit },
    });
  }
}
