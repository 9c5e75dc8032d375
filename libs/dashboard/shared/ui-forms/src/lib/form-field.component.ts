import { ChangeDetectionStrategy, Component, Directive, computed, contentChild, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A message about a field: a translation key and its parameters (the form's own checks and the API's problems). */
export interface FieldMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Marks projected hint content that needs markup (a value, a link); plain hints go in the `hint` input. */
@Directive({ selector: '[lbmFieldHint]' })
export class FieldHintDirective {}

/**
 * One form field: label (with the required marker), hint and error messages, and the control projected into it
 * with `lbmFieldControl`. The ids follow `name`: `<name>-hint` and `<name>-error`, which the control names in
 * `aria-describedby` (error first, then hint) so a screen reader reads them with the label.
 */
@Component({
  selector: 'lbm-form-field',
  imports: [TranslocoPipe],
  host: { class: 'field' },
  template: `
    <label class="field__label" [for]="for()">
      {{ label() }}
      @if (required() && requiredMarker(); as marker) {
        <span class="form-field__required">({{ marker }})</span>
      }
    </label>
    @if (hasHint()) {
      <p class="field__hint" [id]="hintId()">{{ hint() }}<ng-content select="[lbmFieldHint]" /></p>
    }
    @if (invalid()) {
      <div class="field__error" [id]="errorId()" [attr.data-testid]="errorTestId()">
        @for (error of errors(); track $index) {
          <p>{{ error.key | transloco: error.params }}</p>
        }
      </div>
    }
    <ng-content />
  `,
  styles: `
    .field__error p {
      margin: 0;
    }
    /* A sign besides the colour; its alternative text is empty, so it is not read out with the message. */
    .field__error p::before {
      content: '⚠ ' / '';
    }
    .form-field__required {
      font-weight: 400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormFieldComponent {
  /** The id of the projected control, which the label points to. */
  readonly for = input.required<string>();
  /** The stem of the hint's and the error's id; the control's id when not given. */
  readonly name = input<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly errors = input<readonly FieldMessage[]>([]);
  /** `aria-required` on the control, and the marker after the label when `requiredMarker` is given. */
  readonly required = input(false);
  readonly requiredMarker = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
  /** The id of a hint outside the field that several fields share, read after the field's own. */
  readonly sharedHintId = input<string | null>(null);

  private readonly projectedHint = contentChild(FieldHintDirective);
  readonly hintId = computed(() => `${this.name() ?? this.for()}-hint`);
  readonly errorId = computed(() => `${this.name() ?? this.for()}-error`);
  readonly invalid = computed(() => this.errors().length > 0);
  protected readonly hasHint = computed(() => this.hint() !== null || this.projectedHint() !== undefined);
  /** Error first, then hint; null when there is neither. */
  readonly describedBy = computed(() => {
    const ids = [
      this.invalid() ? this.errorId() : null,
      this.hasHint() ? this.hintId() : null,
      this.sharedHintId(),
    ].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  });
}

/** The input, select or textarea of a `lbm-form-field`: takes its id and ARIA state from the field. */
@Directive({
  selector: '[lbmFieldControl]',
  host: {
    '[id]': 'field.for()',
    '[attr.aria-invalid]': "field.invalid() ? 'true' : null",
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-required]': "field.required() ? 'true' : null",
  },
})
export class FieldControlDirective {
  protected readonly field = inject(FormFieldComponent);
}

/** Everything a form needs to use the field: import this in a component's `imports`. */
export const FORM_FIELD = [FormFieldComponent, FieldControlDirective, FieldHintDirective] as const;
