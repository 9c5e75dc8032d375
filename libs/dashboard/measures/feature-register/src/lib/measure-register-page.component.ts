import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import {
  MeasureFilters,
  MeasureListStore,
  MeasurePageSize,
  MeasureReferencesService,
  filtersFromQueryParams,
  filtersToListQuery,
  filtersToQueryParams,
  hasActiveFilters,
  nextSort,
  pageCount,
  withFilters,
  withoutFilters,
} from '@leitbild-monitor/dashboard/measures/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { ExportLinksComponent, ExportParams } from '@leitbild-monitor/dashboard/transfer/ui';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { EXPORT_FORMATS, MeasureSortKey } from '@leitbild-monitor/shared/contracts';
import { map } from 'rxjs';
import { FilterChange, FilterOption, MeasureFilterFormComponent } from './measure-filter-form.component';
import { MeasurePaginationComponent } from './measure-pagination.component';
import { MeasureTableComponent } from './measure-table.component';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';

function paramsOf(params: ParamMap): Record<string, string[]> {
  return Object.fromEntries(params.keys.map((key) => [key, params.getAll(key)]));
}

const sameFilters = (a: MeasureFilters, b: MeasureFilters) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The measure register (`/measures`). Filters, sort order and page live only in the URL's query parameters:
 * every change navigates, and the list follows the URL, so links can be shared and the back button works.
 */
@Component({
  selector: 'lbm-measure-register-page',
  imports: [
    DecimalPipe,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    ExportLinksComponent,
    MeasureFilterFormComponent,
    MeasurePaginationComponent,
    MeasureTableComponent,
  ],
  providers: [MeasureListStore],
  templateUrl: './measure-register-page.component.html',
  styleUrl: './measure-register-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureRegisterPageComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly store = inject(MeasureListStore);
  private readonly references = inject(MeasureReferencesService);
  private readonly catalog = inject(CatalogService);
  private readonly auth = inject(AuthService);

  protected readonly locale = inject(LanguageService).language;
  protected readonly now = new Date();
  protected readonly filters = toSignal(
    this.route.queryParamMap.pipe(map((params) => filtersFromQueryParams(paramsOf(params)))),
    { requireSync: true, equal: sameFilters },
  );
  protected readonly filtered = computed(() => hasActiveFilters(this.filters()));
  protected readonly page = this.store.page;
  protected readonly pages = computed(() => {
    const page = this.page();
    return page.status === 'loaded' ? pageCount(page.value.total, page.value.limit) : null;
  });
  protected readonly mayCreate = computed(() => {
    const role = this.auth.user()?.role;
    return role === 'admin' || role === 'editor';
  });

  protected readonly exportFormats = EXPORT_FORMATS;
  protected readonly exportUrl = `${inject(API_BASE_URL)}/measures/export`;
  /** The export takes the register's filters and order, but not its page: it downloads every matching measure. */
  protected readonly exportParams = computed<ExportParams>(() => {
    const query: Record<string, string | number | boolean | undefined> = { ...filtersToListQuery(this.filters()) };
    delete query['page'];
    delete query['limit'];
    return query;
  });

  protected readonly fieldsOfAction = computed<readonly FilterOption[] | null>(() => {
    const state = this.references.fieldsOfAction();
    return state.status === 'loaded' ? state.value.map((field) => ({ id: field.id, label: field.name })) : null;
  });
  protected readonly actors = computed<readonly FilterOption[] | null>(() => {
    const state = this.references.actors();
    return state.status === 'loaded' ? state.value.map((actor) => ({ id: actor.id, label: actor.name })) : null;
  });
  protected readonly guidelines = computed<readonly FilterOption[] | null>(() => {
    const state = this.catalog.leitbild();
    return state.status === 'loaded'
      ? [...state.value]
          .sort((a, b) => a.position - b.position)
          .flatMap((section) => [...section.guidelines].sort((a, b) => a.position - b.position))
          .map((guideline) => ({ id: guideline.id, label: `${guideline.code} ${guideline.text}` }))
      : null;
  });
  protected readonly optionsFailed = computed(
    () =>
      this.references.fieldsOfAction().status === 'failed' ||
      this.references.actors().status === 'failed' ||
      this.catalog.leitbild().status === 'failed',
  );

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => this.store.load(filters));
    });
    // A link may name a catalogue entry that no longer exists: drop it rather than show a filter nobody can see.
    effect(() => {
      const filters = this.filters();
      const unknown = (options: readonly FilterOption[] | null, id: string | null) =>
        options !== null && id !== null && !options.some((option) => option.id === id);
      const change: FilterChange = {};
      if (unknown(this.fieldsOfAction(), filters.fieldOfAction)) change.fieldOfAction = null;
      if (unknown(this.actors(), filters.actor)) change.actor = null;
      if (unknown(this.guidelines(), filters.guideline)) change.guideline = null;
      if (Object.keys(change).length > 0) {
        untracked(() => this.navigate(withFilters(filters, change), true));
      }
    });
    // A page beyond the last one (an old link, fewer results now) shows the last page instead.
    effect(() => {
      const page = this.page();
      const filters = untracked(this.filters);
      if (page.status === 'loaded' && page.value.items.length === 0 && page.value.total > 0) {
        const last = pageCount(page.value.total, page.value.limit);
        if (filters.page > last) {
          untracked(() => this.navigate({ ...filters, page: last }, true));
        }
      }
    });
  }

  ngOnInit(): void {
    this.references.load();
    this.catalog.loadLeitbild();
  }

  protected changeFilters(change: FilterChange): void {
    this.navigate(withFilters(this.filters(), change));
  }

  protected resetFilters(): void {
    this.navigate(withoutFilters(this.filters()));
  }

  protected changeSort(key: MeasureSortKey): void {
    this.navigate({ ...this.filters(), sort: nextSort(this.filters().sort, key), page: 1 });
  }

  protected changePage(page: number): void {
    this.navigate({ ...this.filters(), page });
  }

  protected changeLimit(limit: MeasurePageSize): void {
    this.navigate(withFilters(this.filters(), { limit }));
  }

  protected reload(): void {
    this.store.load(this.filters(), true);
    this.references.load();
    this.catalog.loadLeitbild();
  }

  private navigate(filters: MeasureFilters, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: filtersToQueryParams(filters), replaceUrl });
  }
}
