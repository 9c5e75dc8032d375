import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { IndicatorState } from '@leitbild-monitor/shared/contracts';

/** The sign of each state, besides its words and colour: the state can be told without colour (WCAG 1.4.1). */
export const INDICATOR_STATE_SIGNS: Record<IndicatorState, string> = {
  reached: '★',
  on_track: '✓',
  off_track: '⚠',
  no_data: '–',
};

/** An indicator's state as a badge: its sign, its words and a border whose colour and line differ per state. */
@Component({
  selector: 'lbm-indicator-state',
  imports: [TranslocoPipe],
  template: `<span
    class="indicator-state indicator-state--{{ state() }}"
    [attr.data-state]="state()"
    data-testid="indicator-state"
    ><span class="indicator-state__sign" aria-hidden="true">{{ signs[state()] }}</span>
    {{ 'indicators.state.' + state() | transloco }}</span
  >`,
  styles: `
    .indicator-state {
      display: inline-flex;
      gap: var(--space-1);
      align-items: baseline;
      padding: 0.125rem var(--space-2);
      border: 1px solid var(--color-border-strong);
      border-left-width: 5px;
      border-radius: var(--radius);
      background: var(--color-background);
      font-size: 0.875rem;
      font-weight: 600;
      white-space: nowrap;
    }
    .indicator-state--reached {
      border-left-color: #1e6b34;
      border-left-style: double;
      border-left-width: 6px;
    }
    .indicator-state--on_track {
      border-left-color: #1e6b34;
    }
    .indicator-state--off_track {
      border-color: var(--color-warning-border);
      background: var(--color-warning-surface);
      color: var(--color-warning-text);
    }
    .indicator-state--no_data {
      border-left-style: dashed;
      color: var(--color-text-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorStateComponent {
  readonly state = input.required<IndicatorState>();
  protected readonly signs = INDICATOR_STATE_SIGNS;
}
