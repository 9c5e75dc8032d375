import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
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
