import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DashboardSummary, FieldOfAction, Page, SummaryQuery } from '@leitbild-monitor/shared/contracts';
import { map } from 'rxjs';
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/** Only the filters that are set, so the request and the shared link stay short. */
export function summaryParams(query: SummaryQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
}

/** The computed key figures behind the overview and the Leitbild coverage, optionally filtered. */
@Injectable({ providedIn: 'root' })
export class DashboardSummaryService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(API_BASE_URL);
  private query: SummaryQuery = {};
  private readonly resource = new RemoteResource(() =>
    this.http.get<DashboardSummary>(`${this.api}/dashboard/summary`),
  );
  // Separate from the unfiltered summary, so a page that needs all measures never shows a filtered one meanwhile.
  private readonly filteredResource = new RemoteResource(() =>
    this.http.get<DashboardSummary>(`${this.api}/dashboard/summary`, { params: summaryParams(this.query) }),
  );
  // A district has a handful of fields of action: one page of the largest size holds them all.
  private readonly fieldsResource = new RemoteResource(() =>
    this.http
      .get<Page<FieldOfAction>>(`${this.api}/fields-of-action`, { params: { limit: 100 } })
      .pipe(map((page) => page.items)),
  );

  /** The summary of all measures. */
  readonly summary = this.resource.state;
  /** The summary as last asked for with `load`. */
  readonly filteredSummary = this.filteredResource.state;
  /** The fields of action to filter by. */
  readonly fieldsOfAction = this.fieldsResource.state;

  /** Figures change with every edit, so each page visit asks for fresh ones. */
  refresh(): void {
    this.resource.reload();
  }

  /** The summary narrowed by field of action and period, into `filteredSummary`. */
  load(query: SummaryQuery): void {
    this.query = query;
    this.filteredResource.reload();
  }

  /** Fields of action change rarely: one request per session. */
  loadFieldsOfAction(): void {
    this.fieldsResource.ensureLoaded();
  }
}
