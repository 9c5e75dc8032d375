import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { Injector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/**
 * 401 on these is an answer, not an expired session: wrong credentials, "not signed in" at start-up, and a
 * sign-out whose session had already ended (AuthService.signOut treats that as success).
 */
const ANSWERS_WITH_401 = ['/auth/login', '/auth/me', '/auth/logout'];

/**
 * Any other API call answered with 401 means the session ended while the page was open (idle timeout, signed out
 * in another tab, account deactivated). Instead of leaving the page half-broken, the user is sent to the login
 * page, told why, and brought back to where they were after signing in again. The error still reaches the caller.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  // Resolved only when a session has ended: the Router must not be created by a request made while the Router
  // itself is being created (its title strategy loads the translations over HTTP), which Angular rejects as a
  // circular dependency (NG0200) — the translations of the start page then failed to load.
  const injector = inject(Injector);
  const api = inject(API_BASE_URL);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        request.url.startsWith(`${api}/`) &&
        !ANSWERS_WITH_401.some((path) => request.url.split('?')[0] === `${api}${path}`) &&
        // Several requests of one page may fail together: the first one signs out and navigates.
        injector.get(AuthService).signedIn()
      ) {
        const router = injector.get(Router);
        injector.get(AuthService).sessionExpired();
        void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
