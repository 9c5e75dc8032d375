import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { MAX_PAGE_SIZE, MeasureListItem, MeasureListQuery, Page } from '@leitbild-monitor/shared/contracts';
import { EMPTY, Observable, expand, map, reduce } from 'rxjs';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/** The query as HTTP parameters: only the fields that are set, booleans and numbers as text. */
export function measureListHttpParams(query: MeasureListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '' || value === false) {
      continue;
    }
    params = params.set(key, String(value));
  }
  return params;
}

/** Read calls of the measures API. */
@Injectable({ providedIn: 'root' })
export class MeasuresApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/measures`;

  /** One page of the measure list. */
  list(query: MeasureListQuery = {}): Observable<Page<MeasureListItem>> {
    return this.http.get<Page<MeasureListItem>>(this.url, { params: measureListHttpParams(query) });
  }

  /**
   * Every measure that matches the query, fetched page by page with the largest page size the API
   * allows (one request per 100 measures, one after the other).
   */
  listAll(query: Omit<MeasureListQuery, 'page' | 'limit'> = {}): Observable<MeasureListItem[]> {
    const pageOf = (page: number) => this.list({ ...query, page, limit: MAX_PAGE_SIZE });
    return pageOf(1).pipe(
      expand((current) =>
        current.page * current.limit < current.total && current.items.length > 0 ? pageOf(current.page + 1) : EMPTY,
      ),
      map((current) => current.items),
      reduce((all, items) => all.concat(items), [] as MeasureListItem[]),
    );
  }
}
