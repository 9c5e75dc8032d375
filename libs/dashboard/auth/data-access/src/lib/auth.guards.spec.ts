import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { signInAs, user } from '../testing/user.fixture';
import { ACCESS_DENIED_PATH, redirectWhenSignedIn, requireRole, requireSignIn } from './auth.guards';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPageComponent {}

@Component({ template: 'denied', changeDetection: ChangeDetectionStrategy.OnPush })
class DeniedPageComponent {}

describe('auth guards', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', canActivate: [redirectWhenSignedIn], component: BlankPageComponent },
          { path: 'overview', canActivate: [requireSignIn], component: BlankPageComponent },
          { path: 'leitbild', canActivate: [requireSignIn], component: BlankPageComponent },
          { path: 'public', component: BlankPageComponent },
          { path: 'admin/users', canActivate: [requireRole('admin')], component: BlankPageComponent },
          { path: 'edit', canActivate: [requireRole('admin', 'editor')], component: BlankPageComponent },
          { path: 'access-denied', component: DeniedPageComponent },
          { path: '**', component: BlankPageComponent },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  describe('requireSignIn', () => {
    it('sends a signed-out reader to the login page with the requested address as returnUrl', async () => {
      await router.navigateByUrl('/leitbild?section=2');

      expect(router.url).toBe('/login?returnUrl=%2Fleitbild%3Fsection%3D2');
    });

    it('lets a signed-in reader through', async () => {
      await signInAs(http);

      await router.navigateByUrl('/overview');

      expect(router.url).toBe('/overview');
    });

    it('leaves the public page, the login page and unknown paths open', async () => {
      for (const url of ['/public', '/login', '/gibt-es-nicht']) {
        await router.navigateByUrl(url);
        expect(router.url).toBe(url);
      }
    });
  });

  describe('redirectWhenSignedIn', () => {
    beforeEach(() => signInAs(http));

    it('sends a signed-in reader from the login page to the safe returnUrl', async () => {
      await router.navigateByUrl('/login?returnUrl=%2Fleitbild');

      expect(router.url).toBe('/leitbild');
    });

    it('ignores an unsafe returnUrl and goes to the overview', async () => {
      for (const returnUrl of ['//evil.example/overview', 'https://evil.example', '/\\evil.example']) {
        await router.navigateByUrl(router.createUrlTree(['/login'], { queryParams: { returnUrl } }));
        expect(router.url).toBe('/overview');
      }
    });

    it('goes to the overview without a returnUrl', async () => {
      await router.navigateByUrl('/login');

      expect(router.url).toBe('/overview');
    });
  });

  describe('requireRole', () => {
    it('sends a signed-out reader to the login page with the requested address as returnUrl', async () => {
      await router.navigateByUrl('/admin/users');

      expect(router.url).toBe('/login?returnUrl=%2Fadmin%2Fusers');
    });

    it('lets a reader with one of the roles through', async () => {
      await signInAs(http, user({ role: 'editor' }));

      await router.navigateByUrl('/edit');

      expect(router.url).toBe('/edit');
    });

    it.each(['editor', 'reviewer', 'viewer'] as const)(
      'shows the access-denied page to a %s under the requested address',
      async (role) => {
        await signInAs(http, user({ role }));
        await router.navigateByUrl('/public');

        const navigated = await router.navigateByUrl('/admin/users');

        expect(navigated).toBe(true);
        expect(router.url).toBe(ACCESS_DENIED_PATH);
        expect(TestBed.inject(Location).path()).toBe('/admin/users');
      },
    );

    it('lets an administrator open the administration', async () => {
      await signInAs(http, user({ role: 'admin' }));

      await router.navigateByUrl('/admin/users');

      expect(router.url).toBe('/admin/users');
    });
  });
});
