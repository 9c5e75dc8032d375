import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DashboardSummary } from '@leitbild-monitor/shared/contracts';

let nextId = 0;

/**
 * Date of the figures, key figures and the table per field of action of a summary: the overview shows all
 * measures, the public page only the published ones, both in the same shape.
 */
@Component({
  selector: 'lbm-summary-figures',
  imports: [DatePipe, DecimalPipe, PercentPipe, TranslocoPipe],
  templateUrl: './summary-figures.component.html',
  styleUrl: './summary-figures.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryFiguresComponent {
  readonly summary = input.required<DashboardSummary>();
  /** Angular locale id for numbers, percentages and dates. */
  readonly locale = input.required<string>();

  /** Heading ids, unique even if a page shows two summaries. */
  protected readonly ids = { keyFigures: `key-figures-heading-${nextId}`, fields: `fields-heading-${nextId++}` };
}
