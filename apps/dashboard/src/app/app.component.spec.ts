import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { dashboardSummary } from '@leitbild-monitor/shared/contracts/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { signInAs } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { AppComponent } from './app.component';
import { appRoutes } from './app.routes';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { TranslatedTitleStrategy } from '@leitbild-monitor/dashboard/shared/util-i18n';

describe('AppComponent', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(appRoutes),
        { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
        provideI18nTesting(),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => localStorage.clear());

  async function render(url: string) {
    const fixture = TestBed.createComponent(AppComponent);
    await router.navigateByUrl(url);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lays out skip link, header, navigation, main and footer in that order', async () => {
    const { element } = await render('/public');

    const skipLink = element.querySelector('a');
    expect(skipLink?.getAttribute('data-testid')).toBe('skip-link');
    expect(skipLink?.textContent?.trim()).toBe('Zum Inhalt springen');
    expect(element.querySelector('header a')?.textContent?.trim()).toBe('Leitbild-Monitor Bezirksamt Harburg');
    expect(element.querySelector('main')?.id).toBe('main');
    expect(element.querySelector('footer')?.textContent).toContain('Zusammenleben in Vielfalt');
    expect([...element.children].map((child) => child.tagName.toLowerCase())).toEqual([
      'a',
      'app-site-header',
      'main',
      'footer',
    ]);
  });

  it('draws the footer with the first page, not before it on the empty screen', async () => {
    const fixture = TestBed.createComponent(AppComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('footer')).toBeNull();

    await router.navigateByUrl('/public');
    await fixture.whenStable();

    expect(element.querySelector('main h1')?.textContent).toBe('Öffentliche Ansicht');
    expect(element.querySelector('footer')).not.toBeNull();
  });

  function navigationLinks(element: HTMLElement) {
    return [...element.querySelectorAll<HTMLAnchorElement>('app-site-header nav a')].map((link) => [
      link.getAttribute('href'),
      link.textContent?.trim(),
      link.getAttribute('aria-current'),
    ]);
  }

  it('links only to pages that exist and may be opened, marking the current one', async () => {
    await signInAs(http);
    const { element } = await render('/public');

    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Hauptnavigation');
    expect(navigationLinks(element)).toEqual([
      ['/overview', 'Übersicht', null],
      ['/measures', 'Maßnahmen', null],
      ['/indicators', 'Kennzahlen', null],
      ['/meetings', 'Sitzungen', null],
      ['/leitbild', 'Leitbild', null],
      ['/reports', 'Berichte', null],
      ['/admin', 'Verwaltung', null],
      ['/public', 'Öffentliche Ansicht', 'page'],
    ]);
  });

  it('links signed-out readers only to the public page', async () => {
    const { element } = await render('/public');

    expect(navigationLinks(element)).toEqual([['/public', 'Öffentliche Ansicht', 'page']]);
  });

  it('links the legal pages in the footer, signed in or not', async () => {
    const { element } = await render('/public');

    const footer = [...element.querySelectorAll<HTMLAnchorElement>('[data-testid="legal-footer"] a')];
    expect(footer.map((link) => link.getAttribute('href'))).toEqual([
      '/impressum',
      '/datenschutz',
      '/barrierefreiheit',
      '/leichte-sprache',
      '/gebaerdensprache',
    ]);
  });

  it('sends signed-out readers of internal pages to the login page', async () => {
    const { element } = await render('/leitbild');

    expect(router.url).toBe('/login?returnUrl=%2Fleitbild');
    expect(element.querySelector('h1')?.textContent).toBe('Anmelden');
    expect(TestBed.inject(DOCUMENT).title).toBe('Anmelden – Leitbild-Monitor');
  });

  it('moves focus to the main content from the skip link without navigating', async () => {
    const { fixture, element } = await render('/public');
    const document = TestBed.inject(DOCUMENT);

    element.querySelector<HTMLAnchorElement>('[data-testid="skip-link"]')?.click();
    await fixture.whenStable();

    expect(document.activeElement).toBe(element.querySelector('main'));
    expect(router.url).toBe('/public');
  });

  it('redirects the start page to the overview', async () => {
    await signInAs(http);
    const { fixture, element } = await render('/');
    http.expectOne('/api/v1/dashboard/summary').flush(dashboardSummary());
    http.expectOne('/api/v1/fields-of-action?limit=100').flush({ items: [], total: 0, page: 1, limit: 100 });
    http.expectOne('/api/v1/indicators/summary').flush({ fieldsOfAction: [] });
    http.expectOne('/api/v1/meetings/next').flush({ meeting: null, days: null, now: '2027-03-01T10:00:00.000Z' });
    await fixture.whenStable();

    expect(router.url).toBe('/overview');
    expect(element.querySelector('h1')?.textContent).toBe('Übersicht');
    expect(TestBed.inject(DOCUMENT).title).toBe('Übersicht – Leitbild-Monitor');
    for (const request of http.match('/api/v1/me/tasks'))
      if (!request.cancelled) request.flush({ items: [], total: 0 });
    http.verify();
  });

  it('shows a not-found page with a way back for unknown paths', async () => {
    const { element } = await render('/does/not/exist');

    expect(element.querySelector('h1')?.textContent).toBe('Seite nicht gefunden');
    expect(element.querySelector('main a')?.getAttribute('href')).toBe('/overview');
    expect(TestBed.inject(DOCUMENT).title).toBe('Seite nicht gefunden – Leitbild-Monitor');
  });

  it('translates the page and its title when the language changes', async () => {
    const { fixture, element } = await render('/public');

    await TestBed.inject(LanguageService).switchTo('en');
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toBe('Public view');
    expect(element.querySelector('[data-testid="skip-link"]')?.textContent?.trim()).toBe('Skip to content');
    expect(TestBed.inject(DOCUMENT).title).toBe('Public view – Leitbild-Monitor');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
  });
});
