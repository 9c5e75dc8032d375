import { Injectable, inject, signal } from '@angular/core';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { IndicatorListItem } from '@leitbild-monitor/shared/contracts';
import { of } from 'rxjs';
import { IndicatorsApiService } from './indicators-api.service';

/** The indicators linked to one measure, with their states: what the measure page lists. */
@Injectable()
export class MeasureIndicatorsStore {
  private readonly api = inject(IndicatorsApiService);
  private readonly measureId = signal<string | null>(null);
  private readonly resource = new RemoteResource<IndicatorListItem[]>(() => {
    const id = this.measureId();
    return id === null ? of([]) : this.api.listAll({ measure: id });
  });

  readonly indicators = this.resource.state;

  load(measureId: string): void {
    this.measureId.set(measureId);
    this.resource.reload();
  }

  retry(): void {
    this.resource.ensureLoaded();
  }
}
