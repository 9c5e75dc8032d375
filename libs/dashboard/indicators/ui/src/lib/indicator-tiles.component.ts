import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { IndicatorState, IndicatorSummary } from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATE_SIGNS } from './indicator-state.component';

/** The order of the states in a tile: what needs attention first. */
const TILE_STATES: readonly IndicatorState[] = ['off_track', 'on_track', 'reached', 'no_data'];

let nextId = 0;

/**
 * One tile per field of action with indicators: how many are off track, on track, reached and without data, each
 * count a link to the list filtered to that field and state (`/indicators?fieldOfAction=…&state=…`).
 */
@Component({
  selector: 'lbm-indicator-tiles',
  imports: [DecimalPipe, RouterLink, TranslocoPipe],
  template: `
    <ul class="indicator-tiles" data-testid="indicator-tiles">
      @for (field of fields(); track field.fieldOfActionId) {
        <li class="indicator-tile" data-testid="indicator-tile" [attr.data-field-of-action]="field.fieldOfActionId">
          <h3 class="indicator-tile__heading" [id]="id + '-' + $index" lang="de">{{ field.name }}</h3>
          <p class="indicator-tile__total">
            <a
              routerLink="/indicators"
              [queryParams]="{ fieldOfAction: field.fieldOfActionId }"
              data-testid="indicator-tile-all"
              [attr.aria-describedby]="id + '-' + $index"
              >{{
                (field.total === 1 ? 'indicators.tiles.totalOne' : 'indicators.tiles.totalOther')
                  | transloco: { count: (field.total | number: '1.0-0' : locale()) }
              }}</a
            >
          </p>
          <ul class="indicator-tile__states">
            @for (state of states; track state) {
              @let count = field.byState[state];
              <li class="indicator-tile__state indicator-tile__state--{{ state }}">
                <span class="indicator-tile__sign" aria-hidden="true">{{ signs[state] }}</span>
                @if (count > 0) {
                  <a
                    routerLink="/indicators"
                    [queryParams]="{ fieldOfAction: field.fieldOfActionId, state }"
                    [attr.aria-describedby]="id + '-' + $index"
                    [attr.data-state]="state"
                    data-testid="indicator-tile-link"
                    ><strong>{{ count | number: '1.0-0' : locale() }}</strong>
                    {{ 'indicators.tiles.state.' + state | transloco }}</a
                  >
                } @else {
                  <span [attr.data-state]="state" data-testid="indicator-tile-count"
                    ><strong>0</strong> {{ 'indicators.tiles.state.' + state | transloco }}</span
                  >
                }
              </li>
            }
          </ul>
        </li>
      }
    </ul>
  `,
  styles: `
    .indicator-tiles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: var(--space-4);
      margin: 0 0 var(--space-5);
      padding: 0;
      list-style: none;
    }
    .indicator-tile {
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-top: 4px solid var(--color-brand);
      border-radius: var(--radius);
      background: var(--color-background);
    }
    .indicator-tile__heading {
      margin: 0 0 var(--space-1);
      font-size: 1.0625rem;
    }
    .indicator-tile__total {
      margin: 0 0 var(--space-2);
    }
    .indicator-tile__states {
      display: grid;
      gap: var(--space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .indicator-tile__state {
      display: flex;
      gap: var(--space-2);
      align-items: baseline;
      min-height: 1.75rem;
    }
    .indicator-tile__sign {
      display: inline-block;
      width: 1.25rem;
      text-align: center;
    }
    .indicator-tile__state--off_track .indicator-tile__sign {
      color: var(--color-warning-text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorTilesComponent {
  readonly summary = input.required<IndicatorSummary>();
  readonly locale = input.required<string>();

  protected readonly id = `indicator-tiles-${nextId++}`;
  protected readonly states = TILE_STATES;
  protected readonly signs = INDICATOR_STATE_SIGNS;
  /** Fields of action without indicators get no tile. */
  protected readonly fields = computed(() => this.summary().fieldsOfAction.filter((field) => field.total > 0));
}
