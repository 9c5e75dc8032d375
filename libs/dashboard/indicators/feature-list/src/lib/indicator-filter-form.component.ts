import { ChangeDetectionStrategy, Component, OnDestroy, effect, input, output, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { IndicatorFilters } from '@leitbild-monitor/dashboard/indicators/data-access';
import { cleanSearchText } from '@leitbild-monitor/dashboard/measures/data-access';
import { INDICATOR_STATES, IndicatorState, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';

/** A choice in one of the filter lists. */
export interface IndicatorFilterOption {
  readonly id: string;
  readonly label: string;
}

/** The filters a change sets; the page applies them and starts again on page 1. */
export type IndicatorFilterChange = Partial<Pick<IndicatorFilters, 'fieldOfAction' | 'guideline' | 'q' | 'state'>>;

/** How long typing may pause before the search runs (as in the measure register). */
export const INDICATOR_SEARCH_DEBOUNCE_MS = 400;

let nextId = 0;

/** The list's filters: each change applies at once; the search runs when typing pauses or on Enter. */
@Component({
  selector: 'lbm-indicator-filter-form',
  imports: [TranslocoPipe],
  templateUrl: './indicator-filter-form.component.html',
  styleUrl: './indicator-filter-form.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorFilterFormComponent implements OnDestroy {
  readonly filters = input.required<IndicatorFilters>();
  readonly fieldsOfAction = input.required<readonly IndicatorFilterOption[]>();
  readonly guidelines = input.required<readonly IndicatorFilterOption[]>();
  readonly hasActiveFilters = input.required<boolean>();

  readonly filtersChange = output<IndicatorFilterChange>();
  readonly resetFilters = output();

  protected readonly states = INDICATOR_STATES;
  protected readonly maxSearch = TEXT_LIMITS.searchQuery;
  protected readonly id = `indicator-filters-${nextId++}`;
  protected readonly searchText = signal('');
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      const applied = this.filters().q;
      untracked(() => {
        if (cleanSearchText(this.searchText()) !== applied) {
          this.cancelSearch();
          this.searchText.set(applied);
        }
      });
    });
  }

  ngOnDestroy(): void {
    this.cancelSearch();
  }

  protected choose(key: 'fieldOfAction' | 'guideline', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filtersChange.emit({ [key]: value === '' ? null : value });
  }

  protected chooseState(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as IndicatorState | '';
    this.filtersChange.emit({ state: value === '' ? null : value });
  }

  protected type(event: Event): void {
    this.searchText.set((event.target as HTMLInputElement).value);
    this.cancelSearch();
    this.searchTimer = setTimeout(() => this.search(), INDICATOR_SEARCH_DEBOUNCE_MS);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.search();
  }

  private search(): void {
    this.cancelSearch();
    const q = cleanSearchText(this.searchText());
    if (q !== this.filters().q) this.filtersChange.emit({ q });
  }

  private cancelSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }
}
