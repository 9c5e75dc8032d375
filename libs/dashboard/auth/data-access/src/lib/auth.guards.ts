import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { UserRole } from '@leitbild-monitor/shared/contracts';
import { AuthService } from './auth.service';
import { DEFAULT_AFTER_SIGN_IN, safeReturnUrl } from './return-url';

/** Pages with internal data: without a session, off to the login page, which brings the user back here. */
export const requireSignIn: CanActivateFn = (_route, state) => {
  if (inject(AuthService).signedIn()) {
    return true;
  }
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The login page is pointless when signed in: go where the sign-in would have led. */
export const redirectWhenSignedIn: CanActivateFn = (route) => {
  if (!inject(AuthService).signedIn()) {
    return true;
  }
  return inject(Router).parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')) ?? DEFAULT_AFTER_SIGN_IN);
};

/** Where a signed-in reader lands who may not open a page; the address bar keeps the requested address. */
export const ACCESS_DENIED_PATH = '/access-denied';

/**
 * Pages for some roles only. Signed out: the login page, as `requireSignIn`. Signed in with another role:
 * the access-denied page is shown under the requested address (`browserUrl`), so the reader sees why and a
 * reload after a role change asks again. The API checks the role again on every request.
 */
export function requireRole(...roles: readonly UserRole[]): CanActivateFn {
  return (_route, state) => {
    const user = inject(AuthService).user();
    const router = inject(Router);
    if (!user) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    }
    if (roles.includes(user.role)) {
      return true;
    }
    return new RedirectCommand(router.parseUrl(ACCESS_DENIED_PATH), { browserUrl: state.url });
  };
}
