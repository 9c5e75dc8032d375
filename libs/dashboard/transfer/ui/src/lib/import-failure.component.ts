import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A problem in the words of the translations (the shape `problemText` gives). */
export interface ImportProblemText {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Why an upload brought no result (the shape of the data-access `ImportFailure`; ui libs do not import it). */
export type ImportFailureView =
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'unsupported-type' }
  | { kind: 'unreadable'; problems: ImportProblemText[] }
  | { kind: 'refused'; problems: ImportProblemText[] }
  | { kind: 'forbidden' }
  | { kind: 'sign-in-required' }
  | { kind: 'unavailable' };

/**
 * The alert of an upload that brought no result: too large, not a spreadsheet, unreadable (with the API's
 * problems), refused for a limit or a running import, not allowed, signed out, or the server unavailable. It takes
 * the focus (`id`), so the outcome is read out.
 */
@Component({
  selector: 'lbm-import-failure',
  imports: [DecimalPipe, TranslocoPipe],
  template: `
    @let current = failure();
    <div class="alert" role="alert" tabindex="-1" [id]="id()" data-testid="import-failure">
      @switch (current.kind) {
        @case ('too-large') {
          <p>
            {{
              'transfer.import.failure.tooLarge'
                | transloco: { max: ($any(current).maxBytes / 1048576 | number: '1.0-0' : locale()) }
            }}
          </p>
        }
        @case ('unsupported-type') {
          <p>{{ 'transfer.import.failure.unsupportedType' | transloco }}</p>
        }
        @case ('unreadable') {
          <p>{{ 'transfer.import.failure.unreadable' | transloco }}</p>
          @if ($any(current).problems.length > 0) {
            <ul>
              @for (problem of $any(current).problems; track $index) {
                <li>{{ problem.key | transloco: problem.params }}</li>
              }
            </ul>
          }
        }
        @case ('refused') {
          @for (problem of $any(current).problems; track $index) {
            <p>{{ problem.key | transloco: problem.params }}</p>
          }
        }
        @case ('forbidden') {
          <p>{{ 'transfer.import.failure.forbidden' | transloco }}</p>
        }
        @case ('sign-in-required') {
          <p>{{ 'transfer.import.failure.signInRequired' | transloco }}</p>
        }
        @default {
          <p>{{ 'transfer.import.failure.unavailable' | transloco }}</p>
        }
      }
    </div>
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
    .alert > :last-child {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportFailureComponent {
  readonly failure = input.required<ImportFailureView>();
  readonly locale = input.required<string>();
  /** The id the page moves the focus to. */
  readonly id = input('import-failure');
}
