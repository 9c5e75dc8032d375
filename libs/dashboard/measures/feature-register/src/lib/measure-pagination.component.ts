import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { MEASURE_PAGE_SIZES, MeasurePageSize, pageCount } from '@leitbild-monitor/dashboard/measures/data-access';

let nextId = 0;

/** Previous/next page, "Seite 2 von 5" and the page size. */
@Component({
  selector: 'lbm-measure-pagination',
  imports: [DecimalPipe, TranslocoPipe],
  templateUrl: './measure-pagination.component.html',
  styleUrl: './measure-pagination.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasurePaginationComponent {
  readonly page = input.required<number>();
  readonly limit = input.required<MeasurePageSize>();
  readonly total = input.required<number>();
  readonly locale = input.required<string>();

  readonly pageChange = output<number>();
  readonly limitChange = output<MeasurePageSize>();

  protected readonly sizes = MEASURE_PAGE_SIZES;
  protected readonly id = `measure-pagination-${nextId++}`;
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
    const limit = Number((event.target as HTMLSelectElement).value) as MeasurePageSize;
    if (MEASURE_PAGE_SIZES.includes(limit)) {
      this.limitChange.emit(limit);
    }
  }
}
