import { Injectable, inject, signal } from '@angular/core';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { IndicatorListItem, Page } from '@leitbild-monitor/shared/contracts';
import { IndicatorFilters, indicatorFiltersToListQuery } from './indicator-filters';
import { IndicatorsApiService } from './indicators-api.service';

/** The page of the indicator list for the current filters. Provide it in the page that shows the list. */
@Injectable()
export class IndicatorListStore {
  private readonly api = inject(IndicatorsApiService);
  private readonly filters = signal<IndicatorFilters | null>(null);
  private readonly resource = new RemoteResource<Page<IndicatorListItem>>(() => {
    const filters = this.filters();
    return this.api.list(filters ? indicatorFiltersToListQuery(filters) : {});
  });

  readonly page = this.resource.state;

  /** Loads the page for the filters; the same filters again do not request again unless `force`. */
  load(filters: IndicatorFilters, force = false): void {
    const same = JSON.stringify(filters) === JSON.stringify(this.filters());
    this.filters.set(filters);
    if (same && !force) this.resource.ensureLoaded();
    else this.resource.reload();
  }
}
