import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { NotificationSettingsComponent } from './notification-settings.component';

describe('NotificationSettingsComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the saved frequency, sends the chosen one with the language and says it is saved', async () => {
    const fixture = TestBed.createComponent(NotificationSettingsComponent);
    http.expectOne('/api/v1/me/notification-settings').flush({ frequency: 'daily', language: 'de' });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const radio = (value: string) => element.querySelector<HTMLInputElement>(`[data-testid="frequency-${value}"]`);
    expect(radio('daily')?.checked).toBe(true);
    expect(element.querySelector('legend')?.textContent?.trim()).toBe('Wie oft?');

    radio('weekly')?.click();
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="notification-settings-save"]')?.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/me/notification-settings' });
    expect(put.request.body).toEqual({ frequency: 'weekly', language: 'de' });
    put.flush({ frequency: 'weekly', language: 'de' });
    await fixture.whenStable();
    http.expectOne('/api/v1/me/notification-settings').flush({ frequency: 'weekly', language: 'de' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="notification-settings-status"]')?.textContent).toBe('Gespeichert.');
  });
});
