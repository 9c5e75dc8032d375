import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { NotificationsService } from '@leitbild-monitor/dashboard/notifications/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { LanguageService, apiProblems, problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { NOTIFICATION_LIMITS } from '@leitbild-monitor/shared/contracts';

const FIELD_LABELS: Record<string, string> = {
  staleDays: 'notifications.admin.staleDays',
  digestHour: 'notifications.admin.digestHour',
  weeklyWeekday: 'notifications.admin.weekday',
  timeZone: 'notifications.admin.timeZone',
};

/** `/admin/notifications`: the limits, the digest hour and weekday, the time zone, and the log of e-mails. */
@Component({
  selector: 'lbm-notifications-admin-page',
  imports: [DatePipe, FormsModule, TranslocoPipe, RemoteDataStatusComponent],
  template: `
    <h2>{{ 'notifications.admin.title' | transloco }}</h2>
    @let state = settings();
    @if (state.status === 'loaded') {
      @if (!state.value.mailConfigured) {
        <p data-testid="mail-not-configured">{{ 'notifications.admin.noMail' | transloco }}</p>
      }
      <form class="form" (ngSubmit)="save()" novalidate data-testid="notification-admin-form">
        <div class="field">
          <label class="field__label" for="stale-days">{{ 'notifications.admin.staleDays' | transloco }}</label>
          <input
            id="stale-days"
            class="field__input"
            type="number"
            name="staleDays"
            required
            [min]="limits.staleDaysMin"
            [max]="limits.staleDaysMax"
            [(ngModel)]="staleDays"
          />
        </div>
        <div class="field">
          <label class="field__label" for="digest-hour">{{ 'notifications.admin.digestHour' | transloco }}</label>
          <input
            id="digest-hour"
            class="field__input"
            type="number"
            name="digestHour"
            required
            min="0"
            max="23"
            [(ngModel)]="digestHour"
          />
        </div>
        <div class="field">
          <label class="field__label" for="weekly-weekday">{{ 'notifications.admin.weekday' | transloco }}</label>
          <select id="weekly-weekday" class="field__input" name="weeklyWeekday" [(ngModel)]="weeklyWeekday">
            @for (day of weekdays; track day) {
              <option [ngValue]="day">{{ 'notifications.admin.weekdays.' + day | transloco }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="time-zone">{{ 'notifications.admin.timeZone' | transloco }}</label>
          <input
            id="time-zone"
            class="field__input"
            type="text"
            name="timeZone"
            required
            [maxlength]="limits.timeZoneMax"
            [(ngModel)]="timeZone"
          />
        </div>
        <button type="submit" class="button">{{ 'notifications.admin.save' | transloco }}</button>
      </form>
    } @else {
      <lbm-remote-data-status [state]="state" (retry)="reload()" />
    }
    <p role="status" aria-live="polite" data-testid="notification-admin-status">{{ status() }}</p>

    <h3>{{ 'notifications.admin.logTitle' | transloco }}</h3>
    @let entries = log();
    @if (entries.status === 'loaded') {
      @if (entries.value.total === 0) {
        <p>{{ 'notifications.admin.logEmpty' | transloco }}</p>
      } @else {
        <table class="table" data-testid="notification-log">
          <caption class="visually-hidden">
            {{
              'notifications.admin.logTitle' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'notifications.admin.when' | transloco }}</th>
              <th scope="col">{{ 'notifications.admin.recipient' | transloco }}</th>
              <th scope="col">{{ 'notifications.admin.subject' | transloco }}</th>
              <th scope="col">{{ 'notifications.admin.status' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of entries.value.items; track entry.id) {
              <tr>
                <td>
                  <time [attr.datetime]="entry.sentAt ?? entry.createdAt">{{
                    entry.sentAt ?? entry.createdAt | date: 'medium' : undefined : locale()
                  }}</time>
                </td>
                <td>{{ entry.recipientEmail }}</td>
                <td>{{ entry.subject }}</td>
                <td>
                  {{ 'notifications.status.' + entry.status | transloco }}
                  @if (entry.error) {
                    <br />{{ entry.error }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    } @else {
      <lbm-remote-data-status [state]="entries" (retry)="reload()" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsAdminPageComponent {
  private readonly notifications = inject(NotificationsService);
  private readonly transloco = inject(TranslocoService);
  protected readonly settings = this.notifications.adminSettings;
  protected readonly log = this.notifications.log;
  protected readonly locale = inject(LanguageService).language;
  protected readonly limits = NOTIFICATION_LIMITS;
  protected readonly weekdays = [1, 2, 3, 4, 5, 6, 7];
  protected readonly staleDays = signal(90);
  protected readonly digestHour = signal(7);
  protected readonly weeklyWeekday = signal(1);
  protected readonly timeZone = signal('Europe/Berlin');
  protected readonly status = signal('');

  constructor() {
    this.notifications.loadAdmin();
    effect(() => {
      const state = this.settings();
      if (state.status !== 'loaded') return;
      this.staleDays.set(state.value.staleDays);
      this.digestHour.set(state.value.digestHour);
      this.weeklyWeekday.set(state.value.weeklyWeekday);
      this.timeZone.set(state.value.timeZone);
    });
  }

  protected reload(): void {
    this.notifications.loadAdmin();
  }

  protected async save(): Promise<void> {
    this.status.set('');
    try {
      await this.notifications.saveAdminSettings({
        staleDays: Number(this.staleDays()),
        digestHour: Number(this.digestHour()),
        weeklyWeekday: Number(this.weeklyWeekday()),
        timeZone: this.timeZone().trim(),
      });
      this.status.set(this.transloco.translate('notifications.admin.saved'));
    } catch (error) {
      // Each refused field by its label, in the words of the translations (never the API's English message).
      const problems = apiProblems(error).map((problem) => {
        const text = problemText(problem);
        const label = problem.field && FIELD_LABELS[problem.field];
        const words = this.transloco.translate(text.key, text.params);
        return label ? `${this.transloco.translate(label)}: ${words}` : words;
      });
      this.status.set([this.transloco.translate('notifications.admin.failed'), ...problems].join(' '));
    }
  }
}
