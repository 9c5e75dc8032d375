import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { NotificationsService } from '@leitbild-monitor/dashboard/notifications/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import {
  NOTIFICATION_FREQUENCIES,
  NOTIFICATION_LANGUAGES,
  NotificationFrequency,
  NotificationLanguage,
} from '@leitbild-monitor/shared/contracts';

/** On `/account`: how often one gets notices by e-mail (immediately, daily, weekly, never) and in which language. */
@Component({
  selector: 'lbm-notification-settings',
  imports: [FormsModule, TranslocoPipe, RemoteDataStatusComponent],
  template: `
    <section class="section" aria-labelledby="notification-settings-heading" data-testid="notification-settings">
      <h2 id="notification-settings-heading">{{ 'notifications.settings.heading' | transloco }}</h2>
      <p>{{ 'notifications.settings.explanation' | transloco }}</p>
      @let state = settings();
      @if (state.status === 'loaded') {
        <form class="form" (ngSubmit)="save()" novalidate>
          <fieldset class="field">
            <legend class="field__label">{{ 'notifications.settings.frequency' | transloco }}</legend>
            @for (option of frequencies; track option) {
              <label class="choice">
                <input
                  type="radio"
                  name="frequency"
                  [value]="option"
                  [(ngModel)]="frequency"
                  [attr.data-testid]="'frequency-' + option"
                />
                {{ 'notifications.frequency.' + option | transloco }}
              </label>
            }
          </fieldset>
          <div class="field">
            <label class="field__label" for="notification-language">{{
              'notifications.settings.language' | transloco
            }}</label>
            <select id="notification-language" class="field__input" name="language" [(ngModel)]="language">
              @for (option of languages; track option) {
                <option [value]="option">{{ 'notifications.language.' + option | transloco }}</option>
              }
            </select>
          </div>
          <button type="submit" class="button" data-testid="notification-settings-save">
            {{ 'notifications.settings.save' | transloco }}
          </button>
        </form>
      } @else {
        <lbm-remote-data-status [state]="state" (retry)="reload()" />
      }
      <p role="status" aria-live="polite" data-testid="notification-settings-status">{{ status() }}</p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSettingsComponent {
  private readonly notifications = inject(NotificationsService);
  private readonly transloco = inject(TranslocoService);
  protected readonly settings = this.notifications.settings;
  protected readonly frequencies = NOTIFICATION_FREQUENCIES;
  protected readonly languages = NOTIFICATION_LANGUAGES;
  protected readonly frequency = signal<NotificationFrequency>('daily');
  protected readonly language = signal<NotificationLanguage>('de');
  protected readonly status = signal('');

  constructor() {
    this.notifications.loadSettings();
    effect(() => {
      const state = this.settings();
      if (state.status !== 'loaded') return;
      this.frequency.set(state.value.frequency);
      this.language.set(state.value.language);
    });
  }

  protected reload(): void {
    this.notifications.loadSettings();
  }

  protected async save(): Promise<void> {
    this.status.set('');
    try {
      await this.notifications.saveSettings({ frequency: this.frequency(), language: this.language() });
      this.status.set(this.transloco.translate('notifications.settings.saved'));
    } catch {
      this.status.set(this.transloco.translate('notifications.settings.failed'));
    }
  }
}
