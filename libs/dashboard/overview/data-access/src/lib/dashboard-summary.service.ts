import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DashboardSummary } from '@leitbild-monitor/shared/contracts';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/** The computed key figures behind the overview and the Leitbild coverage. */
@Injectable({ providedIn: 'root' })
export class DashboardSummaryService {
  private readonly http = inject(HttpClient);
  private readonly resource = new RemoteResource(() => this.http.get<DashboardSummary>('/api/v1/dashboard/summary'));

  readonly summary = this.resource.state;

  /** Figures change with every edit, so each page visit asks for fresh ones. */
  refresh(): void {
    this.resource.reload();
  }
}
