import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import {
  API_BASE_URL,
  RemoteData,
  RemoteResource,
  failureReason,
} from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { Page, PublicChange, PublicMeasureDetails } from '@leitbild-monitor/shared/contracts';
import { Subscription } from 'rxjs';

/** How many public changes the changes page lists (the feed carries as many). */
export const PUBLIC_CHANGES_SHOWN = 50;

/** A published measure's page: loaded, still loading, failed, or not found (not published or no such measure). */
export type PublicMeasureState = RemoteData<PublicMeasureDetails> | { readonly status: 'not-found' };

/** The public site beyond the start page: a page per published measure and the list of public changes. */
@Injectable({ providedIn: 'root' })
export class PublicSiteService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(API_BASE_URL);
  private readonly measureState = signal<PublicMeasureState>({ status: 'loading' });
  private measureRequest: Subscription | undefined;
  private readonly changesResource = new RemoteResource(() =>
    this.http.get<Page<PublicChange>>(`${this.api}/public/changes`, { params: { limit: PUBLIC_CHANGES_SHOWN } }),
  );

  readonly measure = this.measureState.asReadonly();
  readonly changes = this.changesResource.state;
  /** The address of the Atom feed of the same changes. */
  readonly feedUrl = `${this.api}/public/feed.atom`;

  loadMeasure(id: string): void {
    this.measureRequest?.unsubscribe();
    this.measureState.set({ status: 'loading' });
    this.measureRequest = this.http
      .get<PublicMeasureDetails>(`${this.api}/public/measures/${encodeURIComponent(id)}/details`)
      .subscribe({
        next: (value) => this.measureState.set({ status: 'loaded', value }),
        error: (error: unknown) =>
          this.measureState.set(
            error instanceof HttpErrorResponse && error.status === 404
              ? { status: 'not-found' }
              : { status: 'failed', reason: failureReason(error) },
          ),
      });
  }

  refreshChanges(): void {
    this.changesResource.reload();
  }
}
