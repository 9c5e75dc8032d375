import { Injectable, inject, signal } from '@angular/core';
import { MeasureListItem, Page } from '@leitbild-monitor/shared/contracts';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { MeasureFilters, filtersToListQuery } from './measure-filters';
import { MeasuresApiService } from './measures-api.service';

/**
 * The page of the measure list for the register's current filters. Provide it in the page that shows
 * the list: each page keeps its own state.
 */
@Injectable()
export class MeasureListStore {
  private readonly api = inject(MeasuresApiService);
  private readonly filters = signal<MeasureFilters | null>(null);
  private readonly resource = new RemoteResource<Page<MeasureListItem>>(() => {
    const filters = this.filters();
    return this.api.list(filters ? filtersToListQuery(filters) : {});
  });

  readonly page = this.resource.state;

  /** Loads the page for the filters; the same filters again do not request again unless `force`. */
  load(filters: MeasureFilters, force = false): void {
    const same = JSON.stringify(filters) === JSON.stringify(this.filters());
    this.filters.set(filters);
    if (same && !force) {
      this.resource.ensureLoaded();
    } else {
      this.resource.reload();
    }
  }
}
