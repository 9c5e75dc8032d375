import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  IndicatorStateComponent,
  formatIndicatorDate,
  formatIndicatorValue,
} from '@leitbild-monitor/dashboard/indicators/ui';
import { INDICATOR_STATES, ReportingIndicatorField } from '@leitbild-monitor/shared/contracts';

/**
 * The indicators of a report, as frozen with its reporting date: per field of action how many are in each state, and
 * a table with each indicator's latest value, final goal (with their dates and units), state and progress. Headings
 * are `h3`: the caller puts them under its own `h2`.
 */
@Component({
  selector: 'lbm-report-indicators',
  imports: [DecimalPipe, PercentPipe, TranslocoPipe, IndicatorStateComponent],
  template: `
    @for (field of view(); track field.fieldOfActionId; let index = $index) {
      <section
        class="report-indicator-field"
        [attr.aria-labelledby]="idPrefix() + '-' + index"
        data-testid="report-indicator-field"
      >
        <h3 [id]="idPrefix() + '-' + index" lang="de">{{ field.name }}</h3>
        <p class="report-indicator-counts" data-testid="report-indicator-counts">
          {{
            (field.total === 1 ? 'indicators.tiles.totalOne' : 'indicators.tiles.totalOther')
              | transloco: { count: (field.total | number: '1.0-0' : locale()) }
          }}:
          @for (state of states; track state; let last = $last) {
            {{ field.byState[state] | number: '1.0-0' : locale() }} {{ 'indicators.tiles.state.' + state | transloco
            }}{{ last ? '' : ', ' }}
          }
        </p>
        <div class="table-scroll" role="region" [attr.aria-labelledby]="idPrefix() + '-caption-' + index" tabindex="0">
          <table class="data-table" data-testid="report-indicator-table">
            <caption [id]="idPrefix() + '-caption-' + index">
              {{
                'indicators.report.caption' | transloco: { name: field.name }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'indicators.columns.name' | transloco }}</th>
                <th scope="col" class="numeric">{{ 'indicators.columns.latest' | transloco }}</th>
                <th scope="col" class="numeric">{{ 'indicators.columns.finalGoal' | transloco }}</th>
                <th scope="col">{{ 'indicators.columns.state' | transloco }}</th>
                <th scope="col" class="numeric">{{ 'indicators.columns.progress' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of field.rows; track row.indicator.indicatorId) {
                <tr data-testid="report-indicator-row">
                  <th scope="row" lang="de">{{ row.indicator.name }}</th>
                  <td class="numeric" data-testid="report-indicator-latest">
                    {{ row.latest ?? ('indicators.value.none' | transloco) }}
                  </td>
                  <td class="numeric" data-testid="report-indicator-goal">
                    {{ row.goal ?? ('indicators.value.noGoal' | transloco) }}
                  </td>
                  <td><lbm-indicator-state [state]="row.indicator.state" /></td>
                  <td class="numeric">
                    @if (row.indicator.progress === null) {
                      –
                    } @else {
                      {{ row.indicator.progress / 100 | percent: '1.0-1' : locale() }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styles: `
    .report-indicator-field + .report-indicator-field {
      margin-top: var(--space-5);
    }
    .report-indicator-counts {
      color: var(--color-text-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportIndicatorsComponent {
  readonly fields = input.required<readonly ReportingIndicatorField[]>();
  readonly locale = input.required<string>();
  /** Prefix of the heading ids, unique per page. */
  readonly idPrefix = input('report-indicators');

  protected readonly states = INDICATOR_STATES;
  protected readonly view = computed(() => {
    const locale = this.locale();
    const point = (value: { date: string; value: number } | null, unit: string) =>
      value ? `${formatIndicatorValue(value.value, unit, locale)} (${formatIndicatorDate(value.date, locale)})` : null;
    return this.fields().map((field) => ({
      ...field,
      rows: field.indicators.map((indicator) => ({
        indicator,
        latest: point(indicator.latest, indicator.unit),
        goal: point(indicator.finalGoal, indicator.unit),
      })),
    }));
  });
}
