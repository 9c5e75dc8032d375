import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { INDICATOR_PAGE_SIZES, IndicatorPageSize } from '@leitbild-monitor/dashboard/indicators/data-access';
import { pageCount } from '@leitbild-monitor/dashboard/measures/data-access';

let nextId = 0;

/** Previous/next page, "Seite 2 von 5" and the page size, as the measure register has them. */
@Component({
  selector: 'lbm-indicator-pagination',
  imports: [DecimalPipe, TranslocoPipe],
  template: `
    <nav class="pagination" [attr.aria-label]="'indicators.pagination.label' | transloco" data-testid="pagination">
      <button
        type="button"
        class="button"
        [attr.aria-disabled]="hasPrevious() ? null : 'true'"
        (click)="previous()"
        data-testid="page-previous"
      >
        <span aria-hidden="true">← </span>{{ 'indicators.pagination.previous' | transloco }}
      </button>
      <p class="pagination__position" data-testid="page-position">
        {{
          'indicators.pagination.pageOf'
            | transloco: { page: page() | number: '1.0-0' : locale(), pages: pages() | number: '1.0-0' : locale() }
        }}
      </p>
      <button
        type="button"
        class="button"
        [attr.aria-disabled]="hasNext() ? null : 'true'"
        (click)="next()"
        data-testid="page-next"
      >
        {{ 'indicators.pagination.next' | transloco }}<span aria-hidden="true"> →</span>
      </button>
      <div class="pagination__size">
        <label [for]="id + '-size'">{{ 'indicators.pagination.pageSize' | transloco }}</label>
        <select [id]="id + '-size'" (change)="chooseLimit($event)" data-testid="page-size">
          @for (size of sizes; track size) {
            <option [value]="size" [selected]="size === limit()">{{ size }}</option>
          }
        </select>
      </div>
    </nav>
  `,
  styleUrl: './indicator-pagination.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorPaginationComponent {
  readonly page = input.required<number>();
  readonly limit = input.required<IndicatorPageSize>();
  readonly total = input.required<number>();
  readonly locale = input.required<string>();

  readonly pageChange = output<number>();
  readonly limitChange = output<IndicatorPageSize>();

  protected readonly sizes = INDICATOR_PAGE_SIZES;
  protected readonly id = `indicator-pagination-${nextId++}`;
  protected readonly pages = computed(() => pageCount(this.total(), this.limit()));
  protected readonly hasPrevious = computed(() => this.page() > 1);
  protected readonly hasNext = computed(() => this.page() < this.pages());

  // The buttons stay focusable at the first and last page (aria-disabled), so keyboard focus is never lost.
  protected previous(): void {
    if (this.hasPrevious()) this.pageChange.emit(this.page() - 1);
  }

  protected next(): void {
    if (this.hasNext()) this.pageChange.emit(this.page() + 1);
  }

  protected chooseLimit(event: Event): void {
    const limit = Number((event.target as HTMLSelectElement).value) as IndicatorPageSize;
    if (INDICATOR_PAGE_SIZES.includes(limit)) this.limitChange.emit(limit);
  }
}
