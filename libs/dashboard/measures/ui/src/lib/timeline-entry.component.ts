import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { MeasureNames, MeasureValueComponent, NO_NAMES, fieldLabelKey } from './measure-value.component';

/**
 * One entry of a measure's history as an item of an `<ol class="timeline">`: when and by whom, marked when it is
 * new since the reader's last visit (by a badge, not by colour alone); what happened is projected.
 */
@Component({
  // An attribute on the list's own <li>: a custom element between <ol> and <li> would break the list for screen readers.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'li[lbmTimelineEntry]',
  imports: [DatePipe, TranslocoPipe],
  host: { class: 'timeline__entry', '[class.timeline__entry--new]': 'isNew()' },
  template: `
    <p class="timeline__meta">
      @if (isNew()) {
        <span class="badge badge--new">{{ 'measure.history.newSince' | transloco }}</span>
      }
      <time [attr.datetime]="entry().at">
        {{ entry().at | date: 'mediumDate' : undefined : locale() }},
        {{ entry().at | date: 'shortTime' : undefined : locale() }}
      </time>
      {{ 'measure.history.by' | transloco: { name: entry().by } }}
    </p>
    <ng-content />
  `,
  styles: `
    .timeline__meta {
      margin-bottom: var(--space-1);
      color: var(--color-text-muted);
      font-size: 0.9375rem;
    }
    :host(.timeline__entry--new) .timeline__meta {
      color: var(--color-warning-text);
    }
    .badge {
      display: inline-block;
      padding: 0.125rem var(--space-2);
      border: 1px solid var(--color-warning-border);
      border-radius: var(--radius);
      background: var(--color-warning-surface);
      color: var(--color-warning-text);
      font-size: 0.875rem;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimelineEntryComponent {
  /** When (an ISO timestamp) and by whom. */
  readonly entry = input.required<{ readonly at: string; readonly by: string }>();
  readonly isNew = input(false);
  readonly locale = input<string>('de');
}

/** One changed field of a history entry: "Label: old → new", values in words. */
@Component({
  selector: 'lbm-value-change',
  imports: [TranslocoPipe, MeasureValueComponent],
  template: `
    {{ label() | transloco }}:
    <lbm-measure-value [field]="change().field" [value]="change().from" [names]="names()" [locale]="locale()" />
    →
    <lbm-measure-value [field]="change().field" [value]="change().to" [names]="names()" [locale]="locale()" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ValueChangeComponent {
  readonly change = input.required<{ readonly field: string; readonly from: unknown; readonly to: unknown }>();
  readonly names = input<MeasureNames>(NO_NAMES);
  readonly locale = input<string>('de');
  protected readonly label = computed(() => fieldLabelKey(this.change().field));
}
