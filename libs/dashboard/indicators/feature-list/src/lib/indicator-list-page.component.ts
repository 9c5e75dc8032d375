import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import {
  IndicatorFilters,
  IndicatorListStore,
  IndicatorPageSize,
  hasActiveIndicatorFilters,
  indicatorFiltersFromQueryParams,
  indicatorFiltersToQueryParams,
  mayCreateIndicators,
  nextIndicatorSort,
  withIndicatorFilters,
  withoutIndicatorFilters,
} from '@leitbild-monitor/dashboard/indicators/data-access';
import { MeasureReferencesService, pageCount } from '@leitbild-monitor/dashboard/measures/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { ExportLinksComponent } from '@leitbild-monitor/dashboard/transfer/ui';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { INDICATOR_EXPORT_FORMATS, IndicatorSortKey } from '@leitbild-monitor/shared/contracts';
import { map } from 'rxjs';
import {
  IndicatorFilterChange,
  IndicatorFilterFormComponent,
  IndicatorFilterOption,
} from './indicator-filter-form.component';
import { IndicatorPaginationComponent } from './indicator-pagination.component';
import { IndicatorTableComponent } from './indicator-table.component';

function paramsOf(params: ParamMap): Record<string, string[]> {
  return Object.fromEntries(params.keys.map((key) => [key, params.getAll(key)]));
}

const sameFilters = (a: IndicatorFilters, b: IndicatorFilters) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The indicator list (`/indicators`). Filters, order and page live in the URL's query parameters, as in the measure
 * register: every change navigates and the list follows the URL, so a filtered view is a link (the overview's tiles
 * lead here with `?fieldOfAction=…&state=…`).
 */
@Component({
  selector: 'lbm-indicator-list-page',
  imports: [
    DecimalPipe,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    ExportLinksComponent,
    IndicatorFilterFormComponent,
    IndicatorPaginationComponent,
    IndicatorTableComponent,
  ],
  providers: [IndicatorListStore],
  templateUrl: './indicator-list-page.component.html',
  styleUrl: './indicator-list-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorListPageComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly store = inject(IndicatorListStore);
  private readonly references = inject(MeasureReferencesService);
  private readonly catalog = inject(CatalogService);
  private readonly auth = inject(AuthService);

  protected readonly locale = inject(LanguageService).language;
  protected readonly filters = toSignal(
    this.route.queryParamMap.pipe(map((params) => indicatorFiltersFromQueryParams(paramsOf(params)))),
    { requireSync: true, equal: sameFilters },
  );
  protected readonly filtered = computed(() => hasActiveIndicatorFilters(this.filters()));
  protected readonly page = this.store.page;
  protected readonly pages = computed(() => {
    const page = this.page();
    return page.status === 'loaded' ? pageCount(page.value.total, page.value.limit) : null;
  });
  protected readonly mayCreate = computed(() => mayCreateIndicators(this.auth.user()));
  protected readonly exportFormats = INDICATOR_EXPORT_FORMATS;
  /** The values of every indicator, in the import's format. */
  protected readonly exportUrl = `${inject(API_BASE_URL)}/indicators/values/export`;

  protected readonly fieldsOfAction = computed<readonly IndicatorFilterOption[] | null>(() => {
    const state = this.references.fieldsOfAction();
    return state.status === 'loaded' ? state.value.map((field) => ({ id: field.id, label: field.name })) : null;
  });
  protected readonly guidelines = computed<readonly IndicatorFilterOption[] | null>(() => {
    const state = this.catalog.leitbild();
    return state.status === 'loaded'
      ? [...state.value]
          .sort((a, b) => a.position - b.position)
          .flatMap((section) => [...section.guidelines].sort((a, b) => a.position - b.position))
          .map((guideline) => ({ id: guideline.id, label: `${guideline.code} ${guideline.text}` }))
      : null;
  });
  protected readonly optionsFailed = computed(
    () => this.references.fieldsOfAction().status === 'failed' || this.catalog.leitbild().status === 'failed',
  );

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => this.store.load(filters));
    });
    // A link may name a catalogue entry that no longer exists: drop it rather than show a filter nobody can see.
    effect(() => {
      const filters = this.filters();
      const unknown = (options: readonly IndicatorFilterOption[] | null, id: string | null) =>
        options !== null && id !== null && !options.some((option) => option.id === id);
      const change: IndicatorFilterChange = {};
      if (unknown(this.fieldsOfAction(), filters.fieldOfAction)) change.fieldOfAction = null;
      if (unknown(this.guidelines(), filters.guideline)) change.guideline = null;
      if (Object.keys(change).length > 0) untracked(() => this.navigate(withIndicatorFilters(filters, change), true));
    });
    // A page beyond the last one (an old link, fewer results now) shows the last page instead.
    effect(() => {
      const page = this.page();
      const filters = untracked(this.filters);
      if (page.status === 'loaded' && page.value.items.length === 0 && page.value.total > 0) {
        const last = pageCount(page.value.total, page.value.limit);
        if (filters.page > last) untracked(() => this.navigate({ ...filters, page: last }, true));
      }
    });
  }

  ngOnInit(): void {
    this.references.load();
    this.catalog.loadLeitbild();
  }

  protected changeFilters(change: IndicatorFilterChange): void {
    this.navigate(withIndicatorFilters(this.filters(), change));
  }

  protected resetFilters(): void {
    this.navigate(withoutIndicatorFilters(this.filters()));
  }

  protected changeSort(key: IndicatorSortKey): void {
    this.navigate({ ...this.filters(), sort: nextIndicatorSort(this.filters().sort, key), page: 1 });
  }

  protected changePage(page: number): void {
    this.navigate({ ...this.filters(), page });
  }

  protected changeLimit(limit: IndicatorPageSize): void {
    this.navigate(withIndicatorFilters(this.filters(), { limit }));
  }

  protected reload(): void {
    this.store.load(this.filters(), true);
    this.references.load();
    this.catalog.loadLeitbild();
  }

  private navigate(filters: IndicatorFilters, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: indicatorFiltersToQueryParams(filters),
      replaceUrl,
    });
  }
}
