import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ChartComponent } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { drawnInTurn } from '@leitbild-monitor/dashboard/shared/util-render-turns';
import { DashboardSummary } from '@leitbild-monitor/shared/contracts';
import { Translate, coverage, progressChart, statusChart, timelineChart } from './summary-charts';

let nextId = 0;

/**
 * The charts of a summary: status and mean progress per field of action, measures started and completed per month,
 * the Leitbild coverage and (for signed-in users) the recent changes. Each chart comes with its summary sentence
 * and data table.
 */
@Component({
  selector: 'lbm-summary-charts',
  imports: [ChartComponent, DatePipe, DecimalPipe, RouterLink, TranslocoPipe],
  templateUrl: './summary-charts.component.html',
  styleUrl: './summary-charts.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryChartsComponent {
  readonly summary = input.required<DashboardSummary>();
  /** Angular locale id for numbers and dates. */
  readonly locale = input.required<string>();
  /** Links to the measures: only for signed-in users, the public cannot open them. */
  readonly showRecentChanges = input(false);

  private readonly transloco = inject(TranslocoService);
  /** Emits whenever the active language's translations are ready, so the texts below follow a language switch. */
  private readonly translation = toSignal(this.transloco.selectTranslation(), { initialValue: null });

  protected readonly id = nextId++;
  /**
   * The charts, then the lists (coverage, recent changes), each in a task after the one that drew the page around
   * them (see RenderTurns): below the figures, their arrival moves nothing in view.
   */
  protected readonly chartsDrawn = drawnInTurn();
  protected readonly listsDrawn = drawnInTurn();
  /** Everything is drawn: what a page puts below the charts can come now without being pushed down by them. */
  readonly drawn = computed(() => this.chartsDrawn() && this.listsDrawn());

  protected readonly charts = computed(() => {
    this.translation();
    const t: Translate = (key, params) => this.transloco.translate(key, params);
    const summary = this.summary();
    const locale = this.locale();
    return [
      { key: 'status', heading: 'summary.charts.status.heading', view: statusChart(summary, t, locale) },
      { key: 'progress', heading: 'summary.charts.progress.heading', view: progressChart(summary, t, locale) },
      { key: 'timeline', heading: 'summary.charts.timeline.heading', view: timelineChart(summary, t, locale) },
    ];
  });

  protected readonly coverage = computed(() => {
    this.translation();
    return coverage(this.summary(), (key, params) => this.transloco.translate(key, params), this.locale());
  });
}
