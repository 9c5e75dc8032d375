import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormMessage } from './form-state';

/** The messages of one field (or of a whole form), translated: the form's own checks and the API's problems. */
@Component({
  selector: 'lbm-field-errors',
  imports: [TranslocoPipe],
  template: `
    @for (message of messages(); track $index) {
      <span class="field-errors__message">
        {{ message.key | transloco: message.params }}
      </span>
    }
  `,
  styles: `
    :host {
      display: block;
      color: var(--color-error-text);
      font-weight: 600;
    }
    .field-errors__message {
      display: block;
    }
    /* A sign besides the colour; its alternative text is empty, so it is not read out with the message. */
    .field-errors__message::before {
      content: '⚠ ' / '';
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldErrorsComponent {
  readonly messages = input.required<readonly FormMessage[]>();
}
