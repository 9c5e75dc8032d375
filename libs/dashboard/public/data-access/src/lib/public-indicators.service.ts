import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { Page, PublicIndicator, PublicIndicatorListItem } from '@leitbild-monitor/shared/contracts';
import { Observable, from, map, mergeMap, of, switchMap, toArray } from 'rxjs';

/** How many public indicators the public page shows with chart and table (a district has a handful). */
export const PUBLIC_INDICATORS_SHOWN = 24;
/** How many of their requests run at once. */
const PARALLEL = 4;

/** The public indicators the page shows, with values and goals, and how many there are in all. */
export interface PublicIndicators {
  readonly indicators: readonly PublicIndicator[];
  readonly total: number;
}

/** Public indicators: only those marked public, without notes and names, open to everybody. */
@Injectable({ providedIn: 'root' })
export class PublicIndicatorsService {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/public/indicators`;
  private readonly resource = new RemoteResource(() => this.load());

  readonly indicators = this.resource.state;

  refresh(): void {
    this.resource.reload();
  }

  /** The list by code, then each shown indicator's values and goals, in the list's order. */
  private load(): Observable<PublicIndicators> {
    return this.http.get<Page<PublicIndicatorListItem>>(this.url, { params: { limit: 100, sort: 'code' } }).pipe(
      switchMap((page) => {
        const shown = page.items.slice(0, PUBLIC_INDICATORS_SHOWN);
        if (shown.length === 0) return of({ indicators: [], total: page.total });
        return from(shown).pipe(
          mergeMap((item) => this.http.get<PublicIndicator>(`${this.url}/${encodeURIComponent(item.id)}`), PARALLEL),
          toArray(),
          map((details) => ({
            indicators: shown.flatMap((item) => details.filter((detail) => detail.id === item.id)),
            total: page.total,
          })),
        );
      }),
    );
  }
}
