import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeasureIndicatorsStore } from '@leitbild-monitor/dashboard/indicators/data-access';
import {
  IndicatorStateComponent,
  formatIndicatorDate,
  formatIndicatorValue,
} from '@leitbild-monitor/dashboard/indicators/ui';

/** The indicators that measure a measure's effect, each with its state, latest value and goal (measure page). */
@Component({
  selector: 'lbm-measure-indicators',
  imports: [RouterLink, TranslocoPipe, IndicatorStateComponent],
  providers: [MeasureIndicatorsStore],
  template: `
    <section class="measure-indicators" aria-labelledby="measure-indicators-heading" data-testid="measure-indicators">
      <h2 id="measure-indicators-heading">{{ 'indicators.measurePage.heading' | transloco }}</h2>
      @let state = indicators();
      @if (state.status === 'loaded') {
        @if (rows().length === 0) {
          <p data-testid="measure-indicators-none">{{ 'indicators.measurePage.none' | transloco }}</p>
        } @else {
          <p>{{ 'indicators.measurePage.lead' | transloco }}</p>
          <ul class="measure-indicators__list">
            @for (row of rows(); track row.item.id) {
              <li data-testid="measure-indicator">
                <a [routerLink]="['/indicators', row.item.id]" lang="de">{{ row.item.name }}</a
                >&ngsp;
                <lbm-indicator-state [state]="row.item.state" />
                <span class="measure-indicators__values">
                  @if (row.latest) {
                    {{ 'indicators.fields.latest' | transloco }}: {{ row.latest }}
                  } @else {
                    {{ 'indicators.value.none' | transloco }}
                  }
                  @if (row.goal) {
                    · {{ 'indicators.fields.finalGoal' | transloco }}: {{ row.goal }}
                  }
                </span>
                @if (row.showsProgress) {
                  <span class="measure-indicators__progress">{{
                    'indicators.measurePage.showsProgress' | transloco
                  }}</span>
                }
              </li>
            }
          </ul>
        }
      } @else if (state.status === 'failed') {
        <p class="notice" role="alert">{{ 'indicators.measurePage.unavailable' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    .measure-indicators {
      margin-top: var(--space-6);
    }
    .measure-indicators__list {
      display: grid;
      gap: var(--space-3);
      padding: 0;
      list-style: none;
    }
    .measure-indicators__list li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      align-items: baseline;
    }
    .measure-indicators__list a {
      font-weight: 600;
    }
    .measure-indicators__values,
    .measure-indicators__progress {
      flex-basis: 100%;
      color: var(--color-text-muted);
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureIndicatorsComponent {
  private readonly store = inject(MeasureIndicatorsStore);

  readonly measureId = input.required<string>();
  readonly locale = input.required<string>();

  protected readonly indicators = this.store.indicators;
  protected readonly rows = computed(() => {
    const state = this.indicators();
    const locale = this.locale();
    const id = this.measureId();
    if (state.status !== 'loaded') return [];
    return state.value.map((item) => ({
      item,
      latest: item.latest
        ? `${formatIndicatorValue(item.latest.value, item.unit, locale)} (${formatIndicatorDate(item.latest.date, locale)})`
        : null,
      goal: item.finalGoal
        ? `${formatIndicatorValue(item.finalGoal.value, item.unit, locale)} (${formatIndicatorDate(item.finalGoal.date, locale)})`
        : null,
      showsProgress: item.progressMeasureIds.includes(id),
    }));
  });

  constructor() {
    effect(() => {
      const id = this.measureId();
      untracked(() => this.store.load(id));
    });
  }
}
