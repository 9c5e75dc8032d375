import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { ChartComponent } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { indicatorChart } from './indicator-chart';
import { AssessedIndicator } from './indicator-sentence';

/**
 * An indicator's line chart with its sentence and data table (values, goals, goal line and baseline per date); the
 * indicator page and the public page show it alike.
 */
@Component({
  selector: 'lbm-indicator-chart',
  imports: [ChartComponent],
  template: `
    @let chart = view();
    <lbm-chart
      kind="line"
      [title]="chart.title"
      [summary]="chart.summary"
      [categoryHeader]="chart.categoryHeader"
      [labels]="chart.labels"
      [series]="chart.series"
      [format]="chart.format"
      [height]="chart.height"
      [locale]="locale()"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorChartComponent {
  readonly indicator = input.required<AssessedIndicator>();
  readonly locale = input.required<string>();

  private readonly transloco = inject(TranslocoService);
  private readonly translation = toSignal(this.transloco.selectTranslation(), { initialValue: null });

  protected readonly view = computed(() => {
    this.translation();
    return indicatorChart(this.indicator(), (key, params) => this.transloco.translate(key, params), this.locale());
  });
}
