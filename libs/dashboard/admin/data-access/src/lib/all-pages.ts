import { HttpClient } from '@angular/common/http';
import { MAX_PAGE_SIZE, Page } from '@leitbild-monitor/shared/contracts';
import { Observable, EMPTY, expand, map, reduce } from 'rxjs';

/**
 * Every item of a paged list, one request per page of the largest size the API allows. The administration
 * lists (users, fields of action, actors) are small; the loop keeps them complete when one grows past a page.
 */
export function allPages<T>(http: HttpClient, url: string): Observable<T[]> {
  const page = (number: number) => http.get<Page<T>>(url, { params: { page: number, limit: MAX_PAGE_SIZE } });
  return page(1).pipe(
    expand((current) =>
      current.page * current.limit < current.total && current.items.length > 0 ? page(current.page + 1) : EMPTY,
    ),
    map((current) => current.items),
    reduce((all, items) => [...all, ...items], [] as T[]),
  );
}
