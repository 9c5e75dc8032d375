import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { signInAs, unauthorized } from '../testing/user.fixture';
import { AuthService } from './auth.service';
import { sessionExpiryInterceptor } from './session-expiry.interceptor';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPageComponent {}

describe('sessionExpiryInterceptor', () => {
  let router: Router;
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthService;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionExpiryInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: BlankPageComponent }]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthService);
    await signInAs(http);
    await router.navigateByUrl('/leitbild?section=2');
  });

  afterEach(() => http.verify());

  /** Lets the navigation the interceptor started finish (the router registers it as a pending task). */
  const settle = () => TestBed.inject(ApplicationRef).whenStable();

  it('signs out, remembers why and sends the reader to the login page with the current address', async () => {
    const request = firstValueFrom(client.get('/api/v1/guidelines'));
    const { body, options } = unauthorized();
    http.expectOne('/api/v1/guidelines').flush(body, options);

    await expect(request).rejects.toMatchObject({ status: 401 });
    await settle();
    expect(auth.signedIn()).toBe(false);
    expect(auth.notice()).toBe('session-expired');
    expect(router.url).toBe('/login?returnUrl=%2Fleitbild%3Fsection%3D2');
  });

  it('navigates only once when several requests fail together', async () => {
    const navigate = jest.spyOn(router, 'navigate');
    const requests = ['/api/v1/guidelines', '/api/v1/dashboard/summary'].map((url) =>
      firstValueFrom(client.get(url)).catch(() => undefined),
    );
    const { body, options } = unauthorized();
    http.expectOne('/api/v1/guidelines').flush(body, options);
    http.expectOne('/api/v1/dashboard/summary').flush(body, options);
    await Promise.all(requests);

    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it.each(['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/auth/logout'])(
    'leaves a 401 from %s to its caller',
    async (url) => {
      const request = firstValueFrom(client.post(url, {}));
      const { body, options } = unauthorized('e-mail or password is wrong');
      http.expectOne(url).flush(body, options);

      await expect(request).rejects.toMatchObject({ status: 401 });
      expect(auth.signedIn()).toBe(true);
      expect(auth.notice()).toBeNull();
      expect(router.url).toBe('/leitbild?section=2');
    },
  );

  it('ignores other errors', async () => {
    const request = firstValueFrom(client.get('/api/v1/guidelines'));
    http.expectOne('/api/v1/guidelines').flush('forbidden', { status: 403, statusText: 'Forbidden' });

    await expect(request).rejects.toMatchObject({ status: 403 });
    expect(auth.signedIn()).toBe(true);
    expect(router.url).toBe('/leitbild?section=2');
  });
});
