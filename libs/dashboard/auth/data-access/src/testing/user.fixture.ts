import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { User } from '@leitbild-monitor/shared/contracts';
import { DOCUMENT } from '@angular/core';
import { AuthService, XSRF_COOKIE } from '../lib/auth.service';

export function user(overrides: Partial<User> = {}): User {
  return {
    id: 'u-1',
    email: 'anna.arslan@example.org',
    name: 'Anna Arslan',
    role: 'admin',
    actorId: null,
    active: true,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

/** The readable cookie the API sets with a session; AuthService.restore asks `GET /auth/me` only when it is there. */
export function setSessionCookie(present = true): void {
  TestBed.inject(DOCUMENT).cookie = present ? `${XSRF_COOKIE}=test-csrf; Path=/` : `${XSRF_COOKIE}=; Max-Age=0; Path=/`;
}

/** Signs in the way the app does at start-up: with the session's cookies, `GET /auth/me` answers with the user. */
export async function signInAs(http: HttpTestingController, signedIn: User = user()): Promise<User> {
  setSessionCookie();
  const restored = TestBed.inject(AuthService).restore();
  http.expectOne({ method: 'GET', url: '/api/v1/auth/me' }).flush(signedIn);
  await restored;
  return signedIn;
}

export function unauthorized(message = 'Unauthorized') {
  return {
    body: { statusCode: 401, error: 'Unauthorized', message },
    options: { status: 401, statusText: 'Unauthorized' },
  };
}
