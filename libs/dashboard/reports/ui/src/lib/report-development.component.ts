import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ChartComponent } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { ReportingDevelopment } from '@leitbild-monitor/shared/contracts';
import { developmentCharts } from './report-development';

/**
 * The development across reporting dates: a field-of-action selector ("all fields" first) and, for the chosen scope,
 * the measures per status and the mean progress on every reporting date as charts, each with its sentence and its
 * data table (every date, every status, total, overdue, mean and its basis). Headings are `h3`: the caller puts them
 * under its own `h2`.
 */
@Component({
  selector: 'lbm-report-development',
  imports: [TranslocoPipe, ChartComponent],
  template: `
    @let views = charts();
    @if (development().points.length === 0) {
      <p data-testid="development-empty">{{ 'reports.development.sentence.none' | transloco }}</p>
    } @else {
      <div class="field development-scope">
        <label class="field__label" [for]="idPrefix() + '-field'">{{ 'reports.development.field' | transloco }}</label>
        <select
          class="field__input"
          [id]="idPrefix() + '-field'"
          (change)="field.set($any($event.target).value)"
          data-testid="development-field"
        >
          <option value="" [selected]="field() === ''">{{ 'reports.development.allFields' | transloco }}</option>
          @for (option of development().fieldsOfAction; track option.fieldOfActionId) {
            <option [value]="option.fieldOfActionId" [selected]="field() === option.fieldOfActionId" lang="de">
              {{ option.name }}
            </option>
          }
        </select>
      </div>
      @for (view of [views.status, views.progress]; track $index) {
        <section class="development-chart" [attr.aria-labelledby]="idPrefix() + '-chart-' + $index">
          <h3 [id]="idPrefix() + '-chart-' + $index">{{ view.title }}</h3>
          <lbm-chart
            [kind]="view.kind"
            [title]="view.title"
            [summary]="view.summary"
            [categoryHeader]="view.categoryHeader"
            [labels]="view.labels"
            [series]="view.series"
            [tableOnlySeries]="view.tableOnlySeries"
            [stacked]="view.stacked"
            [format]="view.format"
            [locale]="locale()"
            [height]="view.height"
            [drawWhenVisible]="drawWhenVisible()"
            [attr.data-testid]="$index === 0 ? 'development-status-chart' : 'development-progress-chart'"
          />
        </section>
      }
    }
  `,
  styles: `
    .development-scope {
      max-width: 32rem;
      margin-bottom: var(--space-4);
    }
    .development-chart + .development-chart {
      margin-top: var(--space-5);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportDevelopmentComponent {
  private readonly transloco = inject(TranslocoService);

  readonly development = input.required<ReportingDevelopment>();
  readonly locale = input.required<string>();
  /** Prefix of the ids, unique per page. */
  readonly idPrefix = input('development');
  /** False on a page made for printing: its charts are drawn at once, not when scrolled to (see lbm-chart). */
  readonly drawWhenVisible = input(true);

  /** The chosen field of action's id; '' for all of them (back to all when the development changes). */
  protected readonly field = linkedSignal<ReportingDevelopment, string>({
    source: this.development,
    computation: (development, previous) =>
      previous && development.fieldsOfAction.some((field) => field.fieldOfActionId === previous.value)
        ? previous.value
        : '',
  });

  // Re-translates the charts' texts when the language (and so the translations) change.
  private readonly translations = toSignal(this.transloco.selectTranslation(), { initialValue: {} });
  protected readonly charts = computed(() => {
    this.translations();
    return developmentCharts(
      this.development(),
      this.field() || null,
      (key, params) => this.transloco.translate(key, params),
      this.locale(),
    );
  });
}
