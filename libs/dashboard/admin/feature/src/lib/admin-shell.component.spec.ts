import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { pageOf } from '@leitbild-monitor/dashboard/admin/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { AccessDeniedPageComponent } from './access-denied-page.component';
import { adminRoutes } from './admin.routes';

describe('administration routes', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting(),
        provideRouter([{ path: 'admin', children: adminRoutes }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('opens the user accounts first and marks the current section in the section navigation', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin');
    http.expectOne('/api/v1/users?page=1&limit=100').flush(pageOf([]));
    http.expectOne('/api/v1/actors?page=1&limit=100').flush(pageOf([]));
    await harness.fixture.whenStable();

    const element: HTMLElement = harness.routeNativeElement as HTMLElement;
    const links = [...element.querySelectorAll('[data-testid="admin-nav"] a')];
    expect(element.querySelector('[data-testid="admin-nav"]')?.getAttribute('aria-label')).toBe('Verwaltungsbereiche');
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Benutzerkonten', '/admin/users'],
      ['Handlungsfelder', '/admin/fields-of-action'],
      ['Akteure', '/admin/actors'],
      ['Gremien', '/admin/meeting-bodies'],
      ['Rechtliche Seiten', '/admin/legal-pages'],
      ['Gemeldete Barrieren', '/admin/barrier-reports'],
      ['Benachrichtigungen', '/admin/notifications'],
    ]);
    expect(links[0].getAttribute('aria-current')).toBe('page');
    expect(element.querySelector('h1')?.textContent).toBe('Benutzerkonten');
  });

  it('explains a denied page and leads to the overview', async () => {
    const fixture = TestBed.createComponent(AccessDeniedPageComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('h1')?.textContent).toBe('Kein Zugriff');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/overview');
  });
});
