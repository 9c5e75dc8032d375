import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DashboardSummary, Page, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/** How many published measures the public page lists, most recently updated first. */
export const LATEST_PUBLIC_MEASURES = 25;

/** The transparency data: open to everybody, only published measures, no personal data. */
@Injectable({ providedIn: 'root' })
export class PublicDataService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(API_BASE_URL);
  private readonly summaryResource = new RemoteResource(() =>
    this.http.get<DashboardSummary>(`${this.api}/public/summary`),
  );
  private readonly measuresResource = new RemoteResource(() =>
    this.http.get<Page<PublicMeasure>>(`${this.api}/public/measures`, {
      params: { limit: LATEST_PUBLIC_MEASURES, sort: '-updatedAt' },
    }),
  );

  readonly summary = this.summaryResource.state;
  readonly latestMeasures = this.measuresResource.state;

  refreshSummary(): void {
    this.summaryResource.reload();
  }

  refreshLatestMeasures(): void {
    this.measuresResource.reload();
  }
}
