import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import type {
  NotificationAdminSettings,
  NotificationLogEntry,
  NotificationSettings,
  Page,
  TaskList,
  UpdateNotificationAdminSettingsRequest,
  UpdateNotificationSettingsRequest,
} from '@leitbild-monitor/shared/contracts';
import { API_BASE_URL, RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { firstValueFrom } from 'rxjs';

/**
 * The signed-in user's tasks (the page and the header's count read the same list), their e-mail settings, and the
 * administrators' settings and send log. Writes reject with the HttpErrorResponse.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly tasksResource = new RemoteResource(() => this.http.get<TaskList>(`${this.base}/me/tasks`));
  private readonly settingsResource = new RemoteResource(() =>
    this.http.get<NotificationSettings>(`${this.base}/me/notification-settings`),
  );
  private readonly adminResource = new RemoteResource(() =>
    this.http.get<NotificationAdminSettings>(`${this.base}/notifications/settings`),
  );
  private readonly logResource = new RemoteResource(() =>
    this.http.get<Page<NotificationLogEntry>>(`${this.base}/notifications/log?limit=50`),
  );

  readonly tasks = this.tasksResource.state;
  /** The number for the header; null until the list is loaded. */
  readonly taskCount = computed(() => {
    const state = this.tasks();
    return state.status === 'loaded' ? state.value.total : null;
  });
  readonly settings = this.settingsResource.state;
  readonly adminSettings = this.adminResource.state;
  readonly log = this.logResource.state;

  /** Asks for the list again, unless a request for it is already on its way. */
  loadTasks(): void {
    this.tasksResource.refresh();
  }

  loadSettings(): void {
    this.settingsResource.reload();
  }

  loadAdmin(): void {
    this.adminResource.reload();
    this.logResource.reload();
  }

  async saveSettings(request: UpdateNotificationSettingsRequest): Promise<NotificationSettings> {
    const saved = await firstValueFrom(
      this.http.put<NotificationSettings>(`${this.base}/me/notification-settings`, request),
    );
    this.settingsResource.reload();
    return saved;
  }

  async saveAdminSettings(request: UpdateNotificationAdminSettingsRequest): Promise<NotificationAdminSettings> {
    const saved = await firstValueFrom(
      this.http.put<NotificationAdminSettings>(`${this.base}/notifications/settings`, request),
    );
    this.adminResource.reload();
    return saved;
  }
}
