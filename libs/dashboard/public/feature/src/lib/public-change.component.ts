import { DatePipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicMeasureChange } from '@leitbild-monitor/shared/contracts';

/** One public change in words: when, what kind, status and progress before and after, the other fields named. */
@Component({
  selector: 'lbm-public-change',
  imports: [DatePipe, TranslocoPipe],
  template: `
    @let entry = change();
    <time class="public-change__at" [attr.datetime]="entry.at">{{
      entry.at | date: 'mediumDate' : undefined : locale()
    }}</time>
    <span class="public-change__kind">{{ 'publicSite.changes.kind.' + entry.kind | transloco }}</span>
    @if (entry.status; as status) {
      <span data-testid="public-change-status">
        {{ 'publicSite.changes.status' | transloco: { to: ('measureStatus.' + status.to | transloco) } }}
        @if (status.from) {
          {{ 'publicSite.changes.before' | transloco: { value: ('measureStatus.' + status.from | transloco) } }}
        }
      </span>
    }
    @if (entry.progress; as progress) {
      <span data-testid="public-change-progress">
        {{
          'publicSite.changes.progress'
            | transloco: { to: percent(progress.to) ?? ('publicSite.changes.unknown' | transloco) }
        }}
        @if (entry.kind === 'changed') {
          {{
            'publicSite.changes.before'
              | transloco: { value: percent(progress.from) ?? ('publicSite.changes.unknown' | transloco) }
          }}
        }
      </span>
    }
    @if (entry.fields.length > 0) {
      <span data-testid="public-change-fields">
        {{ 'publicSite.changes.fields' | transloco }}
        @for (field of entry.fields; track field; let last = $last) {
          {{ 'publicSite.changes.field.' + field | transloco }}{{ last ? '' : ',' }}
        }
      </span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      align-items: baseline;
    }
    .public-change__kind {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicChangeComponent {
  readonly change = input.required<PublicMeasureChange>();
  readonly locale = input.required<string>();

  private readonly percentPipe = new PercentPipe('de');

  /** A progress as a percentage in the page's language; null for an unknown one. */
  protected percent(value: number | null): string | null {
    return value === null ? null : this.percentPipe.transform(value / 100, '1.0-0', this.locale());
  }
}
