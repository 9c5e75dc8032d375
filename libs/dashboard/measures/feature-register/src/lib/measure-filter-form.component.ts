import { ChangeDetectionStrategy, Component, OnDestroy, effect, input, output, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeasureFilters, cleanCouncilPaper, cleanSearchText } from '@leitbild-monitor/dashboard/measures/data-access';
import { MEASURE_STATUSES, MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate } from '@leitbild-monitor/shared/domain';

/** A choice in one of the filter lists. */
export interface FilterOption {
  readonly id: string;
  readonly label: string;
}

/** The filters a change sets; the page applies them and starts again on page 1. */
export type FilterChange = Partial<Omit<MeasureFilters, 'page' | 'sort' | 'limit'>>;

/** How long typing may pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 400;

let nextId = 0;

/**
 * The register's filters. Every change applies at once (the list below updates and the result count is
 * announced); the search runs when typing pauses or on Enter.
 */
@Component({
  selector: 'lbm-measure-filter-form',
  imports: [TranslocoPipe],
  templateUrl: './measure-filter-form.component.html',
  styleUrl: './measure-filter-form.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureFilterFormComponent implements OnDestroy {
  readonly filters = input.required<MeasureFilters>();
  readonly fieldsOfAction = input.required<readonly FilterOption[]>();
  readonly actors = input.required<readonly FilterOption[]>();
  readonly guidelines = input.required<readonly FilterOption[]>();
  readonly hasActiveFilters = input.required<boolean>();

  readonly filtersChange = output<FilterChange>();
  readonly resetFilters = output();

  protected readonly statuses = MEASURE_STATUSES;
  protected readonly id = `measure-filters-${nextId++}`;
  /** The search box's text: what the user types, replaced by the URL's text when that changes elsewhere. */
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

  protected choose(key: 'fieldOfAction' | 'actor' | 'guideline', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filtersChange.emit({ [key]: value === '' ? null : value });
  }

  protected chooseStatus(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as MeasureStatus | '';
    this.filtersChange.emit({ status: value === '' ? null : value });
  }

  protected toggleOverdue(event: Event): void {
    this.filtersChange.emit({ overdue: (event.target as HTMLInputElement).checked });
  }

  protected chooseChangedSince(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value === '') {
      this.filtersChange.emit({ changedSince: null });
    } else if (isIsoCalendarDate(value)) {
      this.filtersChange.emit({ changedSince: value });
    }
  }

  /** A reference, applied when the field is left or Enter is pressed (exact, ignoring case). */
  protected chooseCouncilPaper(event: Event): void {
    const councilPaper = cleanCouncilPaper((event.target as HTMLInputElement).value);
    if (councilPaper !== this.filters().councilPaper) this.filtersChange.emit({ councilPaper });
  }

  protected type(event: Event): void {
    this.searchText.set((event.target as HTMLInputElement).value);
    this.cancelSearch();
    this.searchTimer = setTimeout(() => this.search(), SEARCH_DEBOUNCE_MS);
  }

  /** Enter in the search box: search now. */
  protected submit(event: Event): void {
    event.preventDefault();
    this.search();
  }

  private search(): void {
    this.cancelSearch();
    const q = cleanSearchText(this.searchText());
    if (q !== this.filters().q) {
      this.filtersChange.emit({ q });
    }
  }

  private cancelSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }
}
