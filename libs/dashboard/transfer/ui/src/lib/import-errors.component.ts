import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { ProblemCode, ProblemParams } from '@leitbild-monitor/shared/contracts';

/** One problem of an imported file, by row and column, as the import answers it. */
export interface ImportErrorView {
  readonly row: number;
  readonly column: string;
  readonly code: ProblemCode;
  readonly params: ProblemParams;
}

/**
 * A checked file's errors: the summary (how many, nothing imported, what to do) that takes the focus, the table by
 * row and column with each reason in the UI language, and how many more there are than the answer lists.
 */
@Component({
  selector: 'lbm-import-errors',
  imports: [DecimalPipe, TranslocoPipe],
  template: `
    <div class="alert" role="alert" tabindex="-1" [id]="id()" data-testid="import-error-summary">
      <h3>
        @if (errorCount() === 1) {
          {{ 'transfer.import.errors.summaryOne' | transloco }}
        } @else {
          {{
            'transfer.import.errors.summaryOther' | transloco: { count: (errorCount() | number: '1.0-0' : locale()) }
          }}
        }
      </h3>
      <p>{{ 'transfer.import.errors.fix' | transloco }}</p>
    </div>
    <div class="table-scroll" role="region" [attr.aria-labelledby]="id() + '-caption'" tabindex="0">
      <table class="data-table" data-testid="import-errors">
        <caption [id]="id() + '-caption'">
          {{
            'transfer.import.errors.caption' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="numeric">{{ 'transfer.import.columns.row' | transloco }}</th>
            <th scope="col">{{ 'transfer.import.columns.column' | transloco }}</th>
            <th scope="col">{{ 'transfer.import.columns.reason' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (error of rows(); track $index) {
            <tr data-testid="import-error-row">
              <td class="numeric">{{ error.row | number: '1.0-0' : locale() }}</td>
              <td lang="de">{{ error.column }}</td>
              <td [attr.data-code]="error.code">{{ error.key | transloco: error.params }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (unlisted() > 0) {
      <p class="more" data-testid="import-errors-more">
        {{ 'transfer.import.errors.more' | transloco: { count: (unlisted() | number: '1.0-0' : locale()) } }}
      </p>
    }
  `,
  styles: `
    .alert {
      margin-block: var(--space-4);
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--color-error-border);
      border-left-width: 6px;
      border-radius: var(--radius);
      background: var(--color-error-surface);
      color: var(--color-error-text);
    }
    .alert h3 {
      margin-top: 0;
      font-size: 1.125rem;
    }
    .alert > :last-child {
      margin-bottom: 0;
    }
    .table-scroll {
      margin-top: var(--space-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportErrorsComponent {
  /** The errors the answer lists (the first ones, by row). */
  readonly errors = input.required<readonly ImportErrorView[]>();
  /** How many errors the file has in all. */
  readonly errorCount = input.required<number>();
  readonly locale = input.required<string>();
  /** The id of the summary, which the page moves the focus to. */
  readonly id = input('import-error-summary');

  /** Each reason by its code, in the interface language (the API's `message` is English). */
  protected readonly rows = computed(() => this.errors().map((error) => ({ ...error, ...problemText(error) })));
  protected readonly unlisted = computed(() => Math.max(0, this.errorCount() - this.errors().length));
}
