import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TaskList } from '@leitbild-monitor/shared/contracts';
import { NotificationsService } from './notifications.service';

const tasks: TaskList = {
  total: 1,
  totals: {
    overdue: 1,
    due_soon: 0,
    stale: 0,
    review_comment: 0,
    indicator_values_due: 0,
    meeting_upcoming: 0,
    council_digest: 0,
    barrier_report: 0,
  },
  items: [
    {
      kind: 'overdue',
      key: 'overdue:m1:2027-02-20',
      measureId: 'm1',
      indicatorId: null,
      meetingId: null,
      title: 'Sprachcafé',
      link: '/measures/m1',
      dueDate: '2027-02-20',
      items: [],
    },
  ],
};

describe('NotificationsService', () => {
  let service: NotificationsService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(NotificationsService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the tasks and gives their count only once they are there', () => {
    service.loadTasks();
    expect(service.taskCount()).toBeNull();
    http.expectOne({ method: 'GET', url: '/api/v1/me/tasks' }).flush(tasks);
    expect(service.taskCount()).toBe(1);
    expect(service.tasks()).toEqual({ status: 'loaded', value: tasks });
  });

  it('saves the frequency and reads the settings again', async () => {
    const saving = service.saveSettings({ frequency: 'weekly' });
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/me/notification-settings' });
    expect(put.request.body).toEqual({ frequency: 'weekly' });
    put.flush({ frequency: 'weekly', language: 'de' });
    expect(await saving).toEqual({ frequency: 'weekly', language: 'de' });
    http
      .expectOne({ method: 'GET', url: '/api/v1/me/notification-settings' })
      .flush({ frequency: 'weekly', language: 'de' });
  });

  it('reads the administrators’ settings and the log together', () => {
    service.loadAdmin();
    http.expectOne('/api/v1/notifications/settings').flush({});
    http.expectOne('/api/v1/notifications/log?limit=50').flush({ items: [], total: 0, page: 1, limit: 50 });
  });
});
