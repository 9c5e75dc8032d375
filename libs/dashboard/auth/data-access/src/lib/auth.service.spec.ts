import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DOCUMENT } from '@angular/core';
import { setSessionCookie, signInAs, unauthorized, user } from '../testing/user.fixture';
import { AuthService, LEAVE_DASHBOARD, SIGNED_OUT_AT_PROVIDER } from './auth.service';

describe('AuthService', () => {
  let service: AuthService;
  let http: HttpTestingController;
  let leave: jest.Mock;

  beforeEach(() => {
    leave = jest.fn();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: LEAVE_DASHBOARD, useValue: leave }],
    });
    service = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    setSessionCookie(false);
  });

  it('starts signed out', () => {
    expect(service.user()).toBeNull();
    expect(service.signedIn()).toBe(false);
  });

  it('restores the user of the session cookie', async () => {
    const anna = await signInAs(http);

    expect(service.user()).toEqual(anna);
    expect(service.signedIn()).toBe(true);
  });

  it('does not ask the API without a session cookie: an anonymous visitor has nothing to restore', async () => {
    setSessionCookie(false);

    await expect(service.restore()).resolves.toBeUndefined();

    http.expectNone('/api/v1/auth/me');
    expect(service.signedIn()).toBe(false);
  });

  it('restores to signed out on 401 and when the API is unreachable, without failing', async () => {
    setSessionCookie();
    const offline = service.restore();
    http.expectOne('/api/v1/auth/me').error(new ProgressEvent('error'));
    await expect(offline).resolves.toBeUndefined();
    expect(service.signedIn()).toBe(false);

    const expired = service.restore();
    const { body, options } = unauthorized();
    http.expectOne('/api/v1/auth/me').flush(body, options);
    await expect(expired).resolves.toBeUndefined();
    expect(service.signedIn()).toBe(false);
    // The ended session's cookie is forgotten, so the next start does not ask again.
    expect(TestBed.inject(DOCUMENT).cookie).not.toContain('XSRF-TOKEN');
    await service.restore();
    http.expectNone('/api/v1/auth/me');
  });

  it('signs in with e-mail and password', async () => {
    const anna = user();
    const signedIn = service.signIn('anna.arslan@example.org', 'geheim-und-lang');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/login' });
    expect(request.request.body).toEqual({ email: 'anna.arslan@example.org', password: 'geheim-und-lang' });
    request.flush(anna);

    await expect(signedIn).resolves.toEqual(anna);
    expect(service.user()).toEqual(anna);
  });

  it('rejects with the HTTP error and stays signed out when the credentials are wrong', async () => {
    const signedIn = service.signIn('anna.arslan@example.org', 'falsch');
    const { body, options } = unauthorized('e-mail or password is wrong');
    http.expectOne('/api/v1/auth/login').flush(body, options);

    await expect(signedIn).rejects.toMatchObject({ status: 401 });
    expect(service.signedIn()).toBe(false);
  });

  it('signs out on the server and leaves a notice for the login page', async () => {
    await signInAs(http);

    const signedOut = service.signOut();
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await expect(signedOut).resolves.toBe('signed-out');
    expect(leave).not.toHaveBeenCalled();

    expect(service.signedIn()).toBe(false);
    expect(service.notice()).toBe('signed-out');
  });

  it('signs out of a single sign-on session at the identity provider too, and says so when the browser is back', async () => {
    await signInAs(http);
    const providerLogout = 'https://login.example.org/realms/staff/protocol/openid-connect/logout?id_token_hint=x';

    const signedOut = service.signOut();
    http.expectOne({ method: 'POST', url: '/api/v1/auth/logout' }).flush({ redirectTo: providerLogout });

    await expect(signedOut).resolves.toBe('leaving-for-provider');
    expect(leave).toHaveBeenCalledWith(providerLogout);
    expect(service.signedIn()).toBe(false);
    expect(sessionStorage.getItem(SIGNED_OUT_AT_PROVIDER)).toBe('1');

    // The provider sends the browser back to the login page: a fresh start of the dashboard, without a session.
    setSessionCookie(false);
    const afterReturn = TestBed.runInInjectionContext(() => new AuthService());
    await afterReturn.restore();
    expect(afterReturn.notice()).toBe('signed-out');
    expect(sessionStorage.getItem(SIGNED_OUT_AT_PROVIDER)).toBeNull();
  });

  it('goes nowhere but the login page for an address that is not a web address', async () => {
    await signInAs(http);

    const signedOut = service.signOut();
    http.expectOne('/api/v1/auth/logout').flush({ redirectTo: 'javascript:alert(1)' });

    await expect(signedOut).resolves.toBe('signed-out');
    expect(leave).not.toHaveBeenCalled();
  });

  it('asks the API what the login page offers', async () => {
    const providers = service.providers();
    http
      .expectOne({ method: 'GET', url: '/api/v1/auth/providers' })
      .flush({ password: 'admins', oidc: { label: null, loginUrl: '/api/v1/auth/oidc/login' } });
    await expect(providers).resolves.toEqual({
      password: 'admins',
      oidc: { label: null, loginUrl: '/api/v1/auth/oidc/login' },
    });
  });

  it('treats a sign-out whose session had already ended as signed out', async () => {
    await signInAs(http);

    const signedOut = service.signOut();
    const { body, options } = unauthorized();
    http.expectOne('/api/v1/auth/logout').flush(body, options);
    await signedOut;

    expect(service.signedIn()).toBe(false);
  });

  it('stays signed in when the sign-out fails for another reason, so the session is not left open unknowingly', async () => {
    await signInAs(http);

    const signedOut = service.signOut();
    http.expectOne('/api/v1/auth/logout').flush('down', { status: 503, statusText: 'Service Unavailable' });

    await expect(signedOut).rejects.toMatchObject({ status: 503 });
    expect(service.signedIn()).toBe(true);
    expect(service.notice()).toBeNull();
  });

  it('forgets the user when the session expired and clears that notice on the next sign-in', async () => {
    await signInAs(http);

    service.sessionExpired();
    expect(service.user()).toBeNull();
    expect(service.notice()).toBe('session-expired');

    const signedIn = service.signIn('anna.arslan@example.org', 'geheim-und-lang');
    http.expectOne('/api/v1/auth/login').flush(user());
    await signedIn;
    expect(service.notice()).toBeNull();
  });
});
