import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { AuthProviders, LoginRequest, LogoutResult, User } from '@leitbild-monitor/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';

/**
 * The API sets this readable cookie together with the HttpOnly session cookie and clears both at sign-out (the
 * CSRF double-submit token). Its absence means there is no session to ask about.
 */
export const XSRF_COOKIE = 'XSRF-TOKEN';

/** Why the login page was opened without the user asking for it; it explains that to the reader. */
export type SignInNotice = 'session-expired' | 'signed-out';

/**
 * Set while the browser visits the identity provider to sign out there too: the page that comes back (the login
 * page, started afresh) then says that the user signed out.
 */
export const SIGNED_OUT_AT_PROVIDER = 'lbm.signedOutAtProvider';

/** What signing out did: ended the session here, or went on to the identity provider to end its session too. */
export type SignOutResult = 'signed-out' | 'leaving-for-provider';

/** Leaves the dashboard for another site (the identity provider's sign-out); replaced in unit tests. */
export const LEAVE_DASHBOARD = new InjectionToken<(url: string) => void>('LEAVE_DASHBOARD', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return (url: string) => document.location.assign(url);
  },
});

/**
 * Who is signed in. The session itself is an HttpOnly cookie the dashboard cannot read, so the answer of
 * `GET /auth/me` at start-up (see provideAuth) and of the sign-in are the only sources of truth.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/auth`;
  private readonly document = inject(DOCUMENT);
  private readonly leave = inject(LEAVE_DASHBOARD);
  private readonly currentUser = signal<User | null>(null);
  private readonly currentNotice = signal<SignInNotice | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  /** A message for the next visit of the login page. */
  readonly notice = this.currentNotice.asReadonly();

  /**
   * Asks the API whom the session cookie belongs to. Never fails: without an answer (401, server down)
   * the dashboard starts signed out, and the login page says what is wrong when the user tries to sign in.
   * Without the XSRF cookie there is no session, so anonymous visitors (the public page) are not asked: the
   * 401 would only be an error in every visitor's browser console.
   */
  async restore(): Promise<void> {
    if (this.takeSignedOutAtProvider()) {
      this.currentNotice.set('signed-out');
    }
    if (!this.hasSessionCookie()) {
      this.currentUser.set(null);
      return;
    }
    try {
      this.currentUser.set(await firstValueFrom(this.http.get<User>(`${this.url}/me`)));
    } catch (error) {
      this.currentUser.set(null);
      // The session ended on the server (idle timeout) and left its cookies behind: forget the hint, so the
      // next visit does not ask again. The server clears the session cookie itself at the next sign-in.
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.document.cookie = `${XSRF_COOKIE}=; Max-Age=0; Path=/; SameSite=Strict`;
      }
    }
  }

  /** Rejects with the HttpErrorResponse (401 wrong credentials, 429 locked, 0 offline, ...). */
  async signIn(email: string, password: string): Promise<User> {
    const body: LoginRequest = { email, password };
    const user = await firstValueFrom(this.http.post<User>(`${this.url}/login`, body));
    this.currentUser.set(user);
    this.currentNotice.set(null);
    return user;
  }

  /**
   * Ends the session on the server. A 401 means it had already ended, which is what the user wanted; any
   * other failure rejects and keeps the user signed in, so nobody walks away from a live session unknowingly.
   * A session of single sign-on ends at the identity provider too: the API answers with the provider's sign-out
   * address, the browser goes there, and the provider sends it back to the login page.
   */
  async signOut(): Promise<SignOutResult> {
    let result: LogoutResult | null = null;
    try {
      result = await firstValueFrom(this.http.post<LogoutResult | null>(`${this.url}/logout`, null));
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 401)) {
        throw error;
      }
    }
    this.currentUser.set(null);
    this.currentNotice.set('signed-out');
    const redirectTo = result?.redirectTo;
    if (typeof redirectTo === 'string' && /^https?:\/\//i.test(redirectTo)) {
      this.storage()?.setItem(SIGNED_OUT_AT_PROVIDER, '1');
      this.leave(redirectTo);
      return 'leaving-for-provider';
    }
    return 'signed-out';
  }

  /** What the login page offers: password sign-in (everyone, administrators only, nobody) and single sign-on. */
  providers(): Promise<AuthProviders> {
    return firstValueFrom(this.http.get<AuthProviders>(`${this.url}/providers`));
  }

  /** The API answered 401 to a signed-in request: the session ended (idle timeout, revoked, signed out elsewhere). */
  sessionExpired(): void {
    this.currentUser.set(null);
    this.currentNotice.set('session-expired');
  }

  clearNotice(): void {
    this.currentNotice.set(null);
  }

  private takeSignedOutAtProvider(): boolean {
    const storage = this.storage();
    if (storage?.getItem(SIGNED_OUT_AT_PROVIDER) !== '1') {
      return false;
    }
    storage.removeItem(SIGNED_OUT_AT_PROVIDER);
    return true;
  }

  /** The tab's session storage; null where the browser refuses it (storage turned off). */
  private storage(): Storage | null {
    try {
      return this.document.defaultView?.sessionStorage ?? null;
    } catch {
      return null;
    }
  }

  private hasSessionCookie(): boolean {
    return this.document.cookie.split(';').some((cookie) => cookie.trim().startsWith(`${XSRF_COOKIE}=`));
  }
}
