import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiMessage } from '@leitbild-monitor/dashboard/admin/data-access';

/** The messages of one field (or of a whole form), translated where the dashboard knows them. */
@Component({
  selector: 'lbm-field-errors',
  imports: [TranslocoPipe],
  template: `
    @for (message of messages(); track $index) {
      <span class="field-errors__message">
        @if ('key' in message) {
          {{ 'admin.apiErrors.' + message.key | transloco: message.params }}
        } @else {
          {{ message.text }}
        }
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
  readonly messages = input.required<readonly ApiMessage[]>();
}
