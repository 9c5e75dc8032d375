import { Injectable, inject } from '@angular/core';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { IndicatorsApiService } from './indicators-api.service';

/** The indicators' states per field of action, for the overview's tiles. */
@Injectable({ providedIn: 'root' })
export class IndicatorSummaryService {
  private readonly api = inject(IndicatorsApiService);
  private readonly resource = new RemoteResource(() => this.api.summary());

  readonly summary = this.resource.state;

  /** States change with every value entered, so each visit of the overview asks again. */
  refresh(): void {
    this.resource.reload();
  }
}
