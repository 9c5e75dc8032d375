import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { NotificationsAdminPageComponent } from './notifications-admin-page.component';

describe('NotificationsAdminPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('names a refused field by its label, says when no mail server is set, and lists the log', async () => {
    const fixture = TestBed.createComponent(NotificationsAdminPageComponent);
    http
      .expectOne('/api/v1/notifications/settings')
      .flush({ staleDays: 90, digestHour: 7, timeZone: 'Europe/Berlin', weeklyWeekday: 1, mailConfigured: false });
    http.expectOne('/api/v1/notifications/log?limit=50').flush({
      items: [
        {
          id: 'd1',
          recipientId: 'u1',
          recipientEmail: 'erika@example.org',
          digest: 'daily',
          kinds: ['overdue'],
          subject: 'Leitbild-Monitor: 1 Hinweis zu erledigen',
          status: 'pending',
          attempts: 1,
          createdAt: '2027-03-01T06:05:00.000Z',
          sentAt: null,
          nextAttemptAt: '2027-03-01T06:10:00.000Z',
          error: 'service not available',
        },
      ],
      total: 1,
      page: 1,
      limit: 50,
    });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[data-testid="mail-not-configured"]')).not.toBeNull();
    const row = element.querySelector('[data-testid="notification-log"] tbody tr')?.textContent?.replace(/\s+/g, ' ');
    expect(row).toContain('erika@example.org');
    expect(row).toContain('wird erneut versucht');
    expect(row).toContain('service not available');

    element
      .querySelector<HTMLFormElement>('[data-testid="notification-admin-form"]')
      ?.dispatchEvent(new Event('submit'));
    http.expectOne({ method: 'PUT', url: '/api/v1/notifications/settings' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'timeZone must be an IANA time zone',
        problems: [{ field: 'timeZone', code: 'invalid_value', params: {} }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const status = element.querySelector('[data-testid="notification-admin-status"]')?.textContent ?? '';
    expect(status).toContain('Nicht gespeichert: Bitte die Angaben prüfen.');
    expect(status).toContain('Zeitzone (z. B. Europe/Berlin):');
  });
});
