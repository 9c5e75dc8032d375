import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { unauthorized, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import type { AuthProviders } from '@leitbild-monitor/shared/contracts';
import { LoginPageComponent } from './login-page.component';

const PASSWORD_ONLY: AuthProviders = { password: 'all', oidc: null };
const WITH_SSO: AuthProviders = { password: 'all', oidc: { label: null, loginUrl: '/api/v1/auth/oidc/login' } };

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPageComponent {}

describe('LoginPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting(),
        provideRouter(
          [
            { path: 'login', component: LoginPageComponent },
            { path: '**', component: BlankPageComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  async function render(url = '/login', providers: AuthProviders = PASSWORD_ONLY) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, LoginPageComponent);
    http.expectOne({ method: 'GET', url: '/api/v1/auth/providers' }).flush(providers);
    await harness.fixture.whenStable();
    harness.detectChanges();
    const element: HTMLElement = harness.routeNativeElement as HTMLElement;
    const email = element.querySelector<HTMLInputElement>('#login-email') as HTMLInputElement;
    const password = element.querySelector<HTMLInputElement>('#login-password') as HTMLInputElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

    async function submit(emailValue: string, passwordValue: string) {
      for (const [input, value] of [
        [email, emailValue],
        [password, passwordValue],
      ] as const) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await harness.fixture.whenStable();
    }

    async function answerLogin(status: number, body: object | string = {}, headers: Record<string, string> = {}) {
      const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/login' });
      if (status === 0) {
        request.error(new ProgressEvent('error'));
      } else {
        request.flush(body, { status, statusText: String(status), headers });
      }
      await harness.fixture.whenStable();
      // The focus moves after the error summary has rendered.
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
      return request;
    }

    return { harness, element, email, password, text, submit, answerLogin };
  }

  it('labels the fields for password managers and assistive technology', async () => {
    const { element, email, password } = await render();

    expect(element.querySelector('h1')?.textContent).toBe('Anmelden');
    expect(element.querySelector('label[for="login-email"]')?.textContent).toBe('E-Mail-Adresse');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(email.type).toBe('email');
    expect(element.querySelector('label[for="login-password"]')?.textContent).toBe('Passwort');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(password.type).toBe('password');
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(email.hasAttribute('aria-describedby')).toBe(false);
  });

  it('signs in and goes to a safe returnUrl', async () => {
    const { submit, answerLogin } = await render('/login?returnUrl=%2Fleitbild%3Fsection%3D2');

    await submit('  anna.arslan@example.org ', 'geheim-und-lang');
    const request = await answerLogin(200, user());

    expect(request.request.body).toEqual({ email: 'anna.arslan@example.org', password: 'geheim-und-lang' });
    expect(TestBed.inject(AuthService).user()?.name).toBe('Anna Arslan');
    expect(TestBed.inject(Router).url).toBe('/leitbild?section=2');
  });

  it.each(['//evil.example/overview', 'https://evil.example/'])(
    'goes to the overview instead of the unsafe returnUrl %s',
    async (returnUrl) => {
      const { submit, answerLogin } = await render(`/login?returnUrl=${encodeURIComponent(returnUrl)}`);

      await submit('anna.arslan@example.org', 'geheim-und-lang');
      await answerLogin(200, user());

      expect(TestBed.inject(Router).url).toBe('/overview');
    },
  );

  it('says that e-mail or password is wrong, links the fields to the message and moves focus to it', async () => {
    const { element, email, password, submit, answerLogin, text } = await render();

    await submit('anna.arslan@example.org', 'falsch');
    const { body, options } = unauthorized('e-mail or password is wrong');
    await answerLogin(options.status, body);

    const alert = element.querySelector('[role="alert"]');
    expect(text('[role="alert"] h2')).toBe('Anmeldung fehlgeschlagen');
    expect(text('[role="alert"] p')).toBe('E-Mail oder Passwort ist falsch.');
    expect(alert?.id).toBe('login-error');
    expect(email.getAttribute('aria-describedby')).toBe('login-error');
    expect(password.getAttribute('aria-describedby')).toBe('login-error');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(alert);
    // The e-mail address stays for the next attempt; the wrong password does not.
    expect(email.value).toBe('anna.arslan@example.org');
    expect(password.value).toBe('');
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it.each([
    [429, 'Zu viele Fehlversuche von diesem Gerät. Bitte versuchen Sie es später erneut.'],
    [0, 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.'],
    [500, 'Die Anmeldung ist zurzeit nicht möglich. Bitte versuchen Sie es später erneut.'],
    [400, 'Die Anmeldung ist zurzeit nicht möglich. Bitte versuchen Sie es später erneut.'],
  ])('explains an answer with status %s', async (status, message) => {
    const { element, submit, answerLogin, text } = await render();

    await submit('anna.arslan@example.org', 'geheim-und-lang');
    await answerLogin(status, { statusCode: status, error: 'Error', message: 'error' });

    expect(text('[role="alert"] p')).toBe(message);
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(element.querySelector('[role="alert"]'));
  });

  it('says how long to wait when the server is throttling sign-ins from this device', async () => {
    const { submit, answerLogin, text } = await render();

    await submit('anna.arslan@example.org', 'geheim-und-lang');
    await answerLogin(429, { statusCode: 429, error: 'Too Many Requests', message: 'wait' }, { 'Retry-After': '90' });

    expect(text('[role="alert"] p')).toBe(
      'Zu viele Fehlversuche von diesem Gerät. Bitte versuchen Sie es in 2 min erneut.',
    );
  });

  it('asks for missing input without calling the API', async () => {
    const { element, email, password, submit, text } = await render();

    await submit('', '');
    await new Promise((resolve) => setTimeout(resolve));

    expect([...element.querySelectorAll('[role="alert"] li')].map((item) => item.textContent?.trim())).toEqual([
      'Bitte geben Sie Ihre E-Mail-Adresse ein.',
      'Bitte geben Sie Ihr Passwort ein.',
    ]);
    expect(email.getAttribute('aria-describedby')).toBe('login-email-error login-error');
    expect(password.getAttribute('aria-describedby')).toBe('login-password-error login-error');
    expect(text('#login-email-error')).toBe('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    expect(TestBed.inject(DOCUMENT).activeElement).toBe(element.querySelector('[role="alert"]'));
  });

  it('shows the English texts in the English interface', async () => {
    await TestBed.inject(LanguageService).switchTo('en');
    const { element, submit, answerLogin, text } = await render();

    expect(element.querySelector('h1')?.textContent).toBe('Sign in');
    await submit('anna.arslan@example.org', 'falsch');
    const { body, options } = unauthorized();
    await answerLogin(options.status, body);

    expect(text('[role="alert"] p')).toBe('The e-mail address or password is wrong.');
  });

  it('explains an expired session, until the page is left', async () => {
    const auth = TestBed.inject(AuthService);
    auth.sessionExpired();
    const { harness, text } = await render('/login?returnUrl=%2Foverview');

    expect(text('[data-testid="login-notice"]')).toBe('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');

    await harness.navigateByUrl('/public');
    expect(auth.notice()).toBeNull();
  });

  describe('single sign-on', () => {
    it('offers "Mit Dienstkonto anmelden", leading to the provider with the page to return to', async () => {
      const { element, text } = await render('/login?returnUrl=%2Fmeasures%3Fstatus%3Dplanned', WITH_SSO);

      const link = element.querySelector<HTMLAnchorElement>('[data-testid="sso-login"]');
      expect(link?.textContent?.trim()).toBe('Mit Dienstkonto anmelden');
      expect(link?.getAttribute('href')).toBe('/api/v1/auth/oidc/login?returnTo=%2Fmeasures%3Fstatus%3Dplanned');
      expect(text('.lead')).toBe('Melden Sie sich mit Ihrem Dienstkonto an.');
      // The password form stays for those who have one.
      expect(text('h2')).toBe('Mit E-Mail-Adresse und Passwort');
      expect(element.querySelector('[data-testid="login-form"]')).not.toBeNull();
    });

    it('returns to the overview for an unsafe returnUrl, and shows the installation’s own label', async () => {
      const { element } = await render('/login?returnUrl=%2F%2Fevil.example', {
        password: 'all',
        oidc: { label: 'Mit dem Harburg-Konto anmelden', loginUrl: '/api/v1/auth/oidc/login' },
      });

      const link = element.querySelector<HTMLAnchorElement>('[data-testid="sso-login"]');
      expect(link?.textContent?.trim()).toBe('Mit dem Harburg-Konto anmelden');
      expect(link?.getAttribute('href')).toBe('/api/v1/auth/oidc/login?returnTo=%2Foverview');
    });

    it('offers no password form when passwords are turned off', async () => {
      const { element } = await render('/login', { ...WITH_SSO, password: 'off' });
      expect(element.querySelector('[data-testid="login-form"]')).toBeNull();
      expect(element.querySelector('[data-testid="sso-login"]')).not.toBeNull();
    });

    it('says when passwords are for administrators only', async () => {
      const { element, text } = await render('/login', { ...WITH_SSO, password: 'admins' });
      expect(text('[data-testid="login-admins-only"]')).toBe(
        'Die Anmeldung mit Passwort ist der Systemverwaltung vorbehalten.',
      );
      expect(element.querySelector('[data-testid="login-form"]')).not.toBeNull();
    });

    it('explains a refused single sign-on: no role', async () => {
      const { element, text } = await render('/login?sso=no_role', WITH_SSO);

      expect(element.querySelector('[data-testid="sso-refusal"]')?.getAttribute('role')).toBe('alert');
      expect(text('[data-testid="sso-refusal"] h2')).toBe('Kein Zugriff');
      expect(text('[data-testid="sso-refusal"] p')).toBe(
        'Ihr Dienstkonto hat keine Rolle im Leitbild-Monitor. Bitte wenden Sie sich an die Systemverwaltung.',
      );
    });

    it.each([
      ['inactive', 'Ihr Konto im Leitbild-Monitor ist deaktiviert. Bitte wenden Sie sich an die Systemverwaltung.'],
      [
        'unavailable',
        'Der Anmeldedienst Ihrer Verwaltung ist zurzeit nicht erreichbar. Bitte versuchen Sie es später erneut.',
      ],
      ['failed', 'Die Anmeldung mit Dienstkonto konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.'],
    ])('explains the refusal %s', async (reason, message) => {
      const { text } = await render(`/login?sso=${reason}`, WITH_SSO);
      expect(text('[data-testid="sso-refusal"] p')).toBe(message);
    });

    it('ignores an unknown reason', async () => {
      const { element } = await render('/login?sso=%3Cscript%3E', WITH_SSO);
      expect(element.querySelector('[data-testid="sso-refusal"]')).toBeNull();
    });

    it('shows the refusal in English in the English interface', async () => {
      await TestBed.inject(LanguageService).switchTo('en');
      const { text } = await render('/login?sso=no_role', WITH_SSO);
      expect(text('[data-testid="sso-refusal"] h2')).toBe('No access');
      expect(text('[data-testid="sso-refusal"] p')).toBe(
        'Your service account has no role in Leitbild-Monitor. Please contact the system administration.',
      );
      expect(text('[data-testid="sso-login"]')).toBe('Sign in with your service account');
    });

    it('says why a correct password was refused when only administrators may use one', async () => {
      const { submit, answerLogin, text } = await render('/login', { ...WITH_SSO, password: 'admins' });

      await submit('anna.arslan@example.org', 'geheim-und-lang');
      await answerLogin(403, {
        statusCode: 403,
        error: 'Forbidden',
        message: 'only administrators sign in with a password here',
        problems: [{ field: null, code: 'password_login_admins_only', params: {} }],
      });

      expect(text('[role="alert"] p')).toBe(
        'Mit Passwort melden sich hier nur Administratorinnen und Administratoren an. Bitte melden Sie sich mit Ihrem Dienstkonto an.',
      );
    });

    it('keeps the password form when the API cannot say what it offers', async () => {
      const harness = await RouterTestingHarness.create();
      await harness.navigateByUrl('/login', LoginPageComponent);
      http.expectOne('/api/v1/auth/providers').error(new ProgressEvent('error'));
      await harness.fixture.whenStable();
      const element = harness.routeNativeElement as HTMLElement;
      expect(element.querySelector('[data-testid="login-form"]')).not.toBeNull();
      expect(element.querySelector('[data-testid="sso-login"]')).toBeNull();
    });
  });
});
