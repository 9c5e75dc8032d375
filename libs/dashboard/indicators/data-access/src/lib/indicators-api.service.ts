import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import {
  CreateIndicatorRequest,
  Indicator,
  IndicatorHistoryEntry,
  IndicatorListItem,
  IndicatorListQuery,
  IndicatorSummary,
  MAX_PAGE_SIZE,
  Page,
  PutIndicatorGoalRequest,
  PutIndicatorValueRequest,
  UpdateIndicatorRequest,
} from '@leitbild-monitor/shared/contracts';
import { EMPTY, Observable, expand, map, reduce } from 'rxjs';

/** The ETag the API gives an indicator version (`"3"`), sent back as `If-Match` with every change. */
export function indicatorEtag(version: number): string {
  return `"${version}"`;
}

function ifMatch(version: number): { headers: HttpHeaders } {
  return { headers: new HttpHeaders({ 'If-Match': indicatorEtag(version) }) };
}

/** The list query as HTTP parameters: only the fields that are set. */
export function indicatorListHttpParams(query: IndicatorListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

/**
 * Calls of the indicators API. Changes of an indicator, its values and goals name the version they are based on
 * (412 when someone saved in between); every change answers with the whole indicator, state included.
 */
@Injectable({ providedIn: 'root' })
export class IndicatorsApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/indicators`;

  list(query: IndicatorListQuery = {}): Observable<Page<IndicatorListItem>> {
    return this.http.get<Page<IndicatorListItem>>(this.url, { params: indicatorListHttpParams(query) });
  }

  /** Every indicator that matches, fetched page by page with the largest page size. */
  listAll(query: Omit<IndicatorListQuery, 'page' | 'limit'> = {}): Observable<IndicatorListItem[]> {
    const pageOf = (page: number) => this.list({ ...query, page, limit: MAX_PAGE_SIZE });
    return pageOf(1).pipe(
      expand((current) =>
        current.page * current.limit < current.total && current.items.length > 0 ? pageOf(current.page + 1) : EMPTY,
      ),
      map((current) => current.items),
      reduce((all, items) => all.concat(items), [] as IndicatorListItem[]),
    );
  }

  /** Per field of action, how many indicators are in each state. */
  summary(): Observable<IndicatorSummary> {
    return this.http.get<IndicatorSummary>(`${this.url}/summary`);
  }

  get(id: string): Observable<Indicator> {
    return this.http.get<Indicator>(this.pathOf(id));
  }

  create(request: CreateIndicatorRequest): Observable<Indicator> {
    return this.http.post<Indicator>(this.url, request);
  }

  update(id: string, version: number, patch: UpdateIndicatorRequest): Observable<Indicator> {
    return this.http.patch<Indicator>(this.pathOf(id), patch, ifMatch(version));
  }

  /** The newest 100 history entries, newest first (the API's largest page). */
  history(id: string): Observable<IndicatorHistoryEntry[]> {
    return this.http
      .get<Page<IndicatorHistoryEntry>>(`${this.pathOf(id)}/history`, { params: { limit: MAX_PAGE_SIZE } })
      .pipe(map((page) => page.items));
  }

  putValue(id: string, version: number, date: string, request: PutIndicatorValueRequest): Observable<Indicator> {
    return this.http.put<Indicator>(`${this.pathOf(id)}/values/${encodeURIComponent(date)}`, request, ifMatch(version));
  }

  deleteValue(id: string, version: number, date: string): Observable<Indicator> {
    return this.http.delete<Indicator>(`${this.pathOf(id)}/values/${encodeURIComponent(date)}`, ifMatch(version));
  }

  putGoal(id: string, version: number, date: string, request: PutIndicatorGoalRequest): Observable<Indicator> {
    return this.http.put<Indicator>(`${this.pathOf(id)}/goals/${encodeURIComponent(date)}`, request, ifMatch(version));
  }

  deleteGoal(id: string, version: number, date: string): Observable<Indicator> {
    return this.http.delete<Indicator>(`${this.pathOf(id)}/goals/${encodeURIComponent(date)}`, ifMatch(version));
  }

  private pathOf(id: string): string {
    return `${this.url}/${encodeURIComponent(id)}`;
  }
}
