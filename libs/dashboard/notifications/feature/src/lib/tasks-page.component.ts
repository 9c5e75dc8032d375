import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NotificationsService } from '@leitbild-monitor/dashboard/notifications/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { TASK_KINDS, TaskItem, TaskKind } from '@leitbild-monitor/shared/contracts';

/** "Zu erledigen": what the signed-in user should attend to, grouped by kind, each with its link. */
@Component({
  selector: 'lbm-tasks-page',
  imports: [DatePipe, DecimalPipe, RouterLink, TranslocoPipe, RemoteDataStatusComponent],
  template: `
    <h1>{{ 'tasks.title' | transloco }}</h1>
    <p class="lead">{{ 'tasks.lead' | transloco }}</p>
    @let state = tasks();
    @if (state.status === 'loaded') {
      @if (state.value.total === 0) {
        <p data-testid="tasks-empty">{{ 'tasks.empty' | transloco }}</p>
      }
      @for (group of groups(state.value.items); track group.kind) {
        <section
          class="section"
          [attr.aria-labelledby]="'tasks-' + group.kind"
          [attr.data-testid]="'tasks-' + group.kind"
        >
          @let total = state.value.totals[group.kind];
          <h2 [id]="'tasks-' + group.kind">
            {{ 'tasks.kinds.' + group.kind | transloco }} ({{ total | number: '1.0-0' : locale() }})
          </h2>
          @if (total > group.items.length) {
            <p data-testid="tasks-more">
              {{ 'tasks.more' | transloco: { shown: group.items.length, total: (total | number: '1.0-0' : locale()) } }}
            </p>
          }
          <ul class="task-list">
            @for (item of group.items; track item.key) {
              <li data-testid="task">
                <a [routerLink]="item.link">{{ item.title }}</a>
                @if (item.dueDate) {
                  <span>
                    – {{ 'tasks.due' | transloco }}
                    <time [attr.datetime]="item.dueDate">{{
                      item.dueDate | date: 'mediumDate' : 'UTC' : locale()
                    }}</time>
                  </span>
                }
                @if (item.items.length > 0) {
                  <ul>
                    @for (sub of item.items; track sub.measureId + sub.reason) {
                      <li>
                        <a [routerLink]="sub.link">{{ sub.title }}</a> – {{ reason(sub.reason) | transloco }}
                      </li>
                    }
                  </ul>
                }
              </li>
            }
          </ul>
        </section>
      }
    } @else {
      <lbm-remote-data-status [state]="state" (retry)="reload()" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TasksPageComponent {
  private readonly notifications = inject(NotificationsService);
  protected readonly tasks = this.notifications.tasks;
  protected readonly locale = inject(LanguageService).language;

  constructor() {
    this.notifications.loadTasks();
  }

  protected reload(): void {
    this.notifications.loadTasks();
  }

  protected groups(items: TaskItem[]): { kind: TaskKind; items: TaskItem[] }[] {
    return TASK_KINDS.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter(
      (group) => group.items.length > 0,
    );
  }

  /** `status:…` and `progress:…` changes are named by their kind only; the measure page tells the details. */
  protected reason(reason: string): string {
    return `tasks.reasons.${reason.split(':')[0]}`;
  }
}
