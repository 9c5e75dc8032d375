import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { LeitbildSection } from '@leitbild-monitor/shared/contracts';
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/** The Leitbild catalogue: sections and their guideline statements. */
@Injectable({ providedIn: 'root' })
export class CatalogService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(API_BASE_URL);
  private readonly leitbildResource = new RemoteResource(() =>
    this.http.get<LeitbildSection[]>(`${this.api}/guidelines`),
  );

  readonly leitbild = this.leitbildResource.state;

  /** The Leitbild is adopted by the district council and rarely changes: one request per session. */
  loadLeitbild(): void {
    this.leitbildResource.ensureLoaded();
  }
}
