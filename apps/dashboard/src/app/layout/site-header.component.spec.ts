import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { UserRole } from '@leitbild-monitor/shared/contracts';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { SiteHeaderComponent } from './site-header.component';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPageComponent {}

describe('SiteHeaderComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting(),
        provideRouter([{ path: '**', component: BlankPageComponent }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The header asks for the signed-in user's tasks (their count) on sign-in and after every navigation.
    for (const request of http.match('/api/v1/me/tasks'))
      if (!request.cancelled) request.flush({ items: [], total: 0 });
    http.verify();
    localStorage.clear();
  });

  async function render() {
    const fixture = TestBed.createComponent(SiteHeaderComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, element, text };
  }

  it('links the signed-in user to their tasks, with the count in the link text and its accessible name', async () => {
    await signInAs(http, user({ role: 'editor' }));
    const { fixture, element } = await render();
    await TestBed.inject(Router).navigateByUrl('/overview');
    const tasks = () => element.querySelector('[data-testid="tasks-link"]');
    for (const request of http.match('/api/v1/me/tasks'))
      if (!request.cancelled) request.flush({ items: [], total: 3 });
    await fixture.whenStable();

    expect(tasks()?.getAttribute('href')).toBe('/tasks');
    expect(tasks()?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Zu erledigen 3');
    expect(tasks()?.getAttribute('aria-label')).toBe('Zu erledigen: 3');
  });

  it('asks for the count only once the first page is shown, so that the page comes first', async () => {
    await signInAs(http, user({ role: 'editor' }));
    const { fixture, text } = await render();
    http.expectNone('/api/v1/me/tasks');
    expect(text('[data-testid="tasks-link"]')).toBe('Zu erledigen');

    await TestBed.inject(Router).navigateByUrl('/overview');
    await fixture.whenStable();
    http.expectOne('/api/v1/me/tasks').flush({ items: [], total: 1 });
    await fixture.whenStable();
    expect(text('[data-testid="task-count"]')).toBe('1');
  });

  it('asks for the count once while a request is on its way, and again after a later navigation', async () => {
    await signInAs(http, user({ role: 'editor' }));
    const { fixture } = await render();
    const router = TestBed.inject(Router);
    // The sign-in and the first navigation both want the count: the server is asked once.
    await router.navigateByUrl('/overview');
    const first = http.match('/api/v1/me/tasks');
    expect(first).toHaveLength(1);
    first[0].flush({ items: [], total: 2 });
    await fixture.whenStable();

    await router.navigateByUrl('/measures');
    expect(http.match('/api/v1/me/tasks')).toHaveLength(1);
  });

  it('offers signing in when signed out, and links the brand to the public page', async () => {
    const { element, text } = await render();

    expect(element.querySelector('[data-testid="account"]')).toBeNull();
    expect(element.querySelector('[data-testid="sign-in-link"]')?.getAttribute('href')).toBe('/login');
    expect(text('[data-testid="sign-in-link"]')).toBe('Anmelden');
    expect(element.querySelector('a.brand')?.getAttribute('href')).toBe('/public');
  });

  it.each<[UserRole, string, string]>([
    ['admin', 'Administration', 'Administrator'],
    ['editor', 'Redaktion', 'Editor'],
    ['reviewer', 'Integrationsrat (Prüfung)', 'Reviewer'],
    ['viewer', 'Lesezugriff', 'Viewer'],
  ])('shows the name and the role %s of the signed-in user in German and English', async (role, german, english) => {
    await signInAs(http, user({ role }));
    const { fixture, text } = await render();

    expect(text('[data-testid="user-name"]')).toBe('Anna Arslan');
    expect(text('[data-testid="user-role"]')).toBe(german);
    expect(text('.account__who')).toBe('Angemeldet als Anna Arslan, ' + german);
    expect(text('[data-testid="sign-out"]')).toBe('Abmelden');

    await TestBed.inject(LanguageService).switchTo('en');
    await fixture.whenStable();
    expect(text('[data-testid="user-role"]')).toBe(english);
    expect(text('[data-testid="sign-out"]')).toBe('Sign out');
  });

  it('signs out and goes to the login page', async () => {
    await signInAs(http);
    const { fixture, element } = await render();

    element.querySelector<HTMLButtonElement>('[data-testid="sign-out"]')?.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(element.querySelector('[data-testid="sign-in-link"]')).not.toBeNull();
  });

  it('leaves the page to the identity provider when the session came from single sign-on', async () => {
    await signInAs(http);
    const { fixture, element } = await render();
    const router = TestBed.inject(Router);
    const before = router.url;
    const signOut = jest.spyOn(TestBed.inject(AuthService), 'signOut').mockResolvedValue('leaving-for-provider');

    element.querySelector<HTMLButtonElement>('[data-testid="sign-out"]')?.click();
    await fixture.whenStable();

    expect(signOut).toHaveBeenCalled();
    // No navigation to the login page in between: the provider sends the browser there after its own sign-out.
    expect(router.url).toBe(before);
  });

  it('says so when signing out failed and keeps the user signed in', async () => {
    await signInAs(http);
    const { fixture, element, text } = await render();

    element.querySelector<HTMLButtonElement>('[data-testid="sign-out"]')?.click();
    http.expectOne('/api/v1/auth/logout').flush('down', { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();

    expect(text('[role="alert"]')).toBe(
      'Die Abmeldung ist fehlgeschlagen; Sie sind noch angemeldet. Bitte versuchen Sie es erneut.',
    );
    expect(TestBed.inject(AuthService).signedIn()).toBe(true);
    expect(element.querySelector('[data-testid="sign-out"]')).not.toBeNull();
  });

  it.each<[UserRole, boolean]>([
    ['admin', true],
    ['editor', false],
    ['reviewer', false],
    ['viewer', false],
  ])('links the administration for administrators only (%s)', async (role, linked) => {
    await signInAs(http, user({ role }));
    const { element } = await render();

    const nav = [...element.querySelectorAll('[data-testid="primary-nav"] a')];
    const admin = nav.filter((link) => link.getAttribute('href') === '/admin');
    expect(admin.map((link) => link.textContent?.trim())).toEqual(linked ? ['Verwaltung'] : []);
    expect(nav.map((link) => link.getAttribute('href'))).toEqual(expect.arrayContaining(['/overview', '/public']));
  });

  it('links every signed-in user to their own account, and nobody signed out', async () => {
    const signedOut = await render();
    expect(signedOut.element.querySelector('[data-testid="account-link"]')).toBeNull();
    signedOut.fixture.destroy();

    await signInAs(http, user({ role: 'viewer' }));
    const { element, text } = await render();

    expect(element.querySelector('[data-testid="account-link"]')?.getAttribute('href')).toBe('/account');
    expect(text('[data-testid="account-link"]')).toBe('Mein Konto');
  });

  describe('menu on narrow screens', () => {
    const menuButton = (element: HTMLElement) =>
      element.querySelector<HTMLButtonElement>('[data-testid="menu-button"]')!;
    const header = (element: HTMLElement) => element.querySelector('header')!;

    it('is a button that says whether the menu is open and which parts it folds', async () => {
      const { fixture, element } = await render();
      const button = menuButton(element);

      expect(button.tagName).toBe('BUTTON');
      expect(button.type).toBe('button');
      expect(button.textContent?.trim()).toBe('Menü');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      const controlled = button.getAttribute('aria-controls')!.split(' ');
      expect(controlled.map((id) => element.querySelector(`#${id}`)?.getAttribute('data-testid') ?? id)).toEqual([
        'site-tools',
        'primary-nav',
      ]);
      expect(header(element).classList).not.toContain('site-header--menu-open');

      button.click();
      await fixture.whenStable();
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(header(element).classList).toContain('site-header--menu-open');

      button.click();
      await fixture.whenStable();
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(header(element).classList).not.toContain('site-header--menu-open');
    });

    it('closes on Escape and gives the focus back to the button', async () => {
      await signInAs(http);
      const { fixture, element } = await render();
      const button = menuButton(element);
      button.click();
      await fixture.whenStable();
      const signOut = element.querySelector<HTMLButtonElement>('[data-testid="sign-out"]')!;
      signOut.focus();

      signOut.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await fixture.whenStable();

      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(button);
    });

    it('closes after following one of its links, and after any other navigation', async () => {
      await signInAs(http);
      const { fixture, element } = await render();
      const button = menuButton(element);
      button.click();
      await fixture.whenStable();

      element.querySelector<HTMLAnchorElement>('[data-testid="primary-nav"] a[href="/measures"]')!.click();
      await fixture.whenStable();
      expect(TestBed.inject(Router).url).toBe('/measures');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(button);

      button.click();
      await fixture.whenStable();
      await TestBed.inject(Router).navigateByUrl('/leitbild');
      await fixture.whenStable();
      expect(button.getAttribute('aria-expanded')).toBe('false');
    });

    it('is labelled in English in the English interface', async () => {
      const { fixture, element } = await render();

      await TestBed.inject(LanguageService).switchTo('en');
      await fixture.whenStable();

      expect(menuButton(element).textContent?.trim()).toBe('Menu');
    });
  });
});
