import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AuthProviders,
  PASSWORD_LIMITS,
  ProblemCode,
  SSO_REFUSAL_REASONS,
  SsoRefusalReason,
  TEXT_LIMITS,
} from '@leitbild-monitor/shared/contracts';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { DEFAULT_AFTER_SIGN_IN, safeReturnUrl } from '@leitbild-monitor/dashboard/auth/data-access';
import { problemKey, problemsOf } from '@leitbild-monitor/dashboard/shared/util-i18n';

type Field = 'email' | 'password';

/** What went wrong, in terms the reader can act on. */
export type SignInError =
  | { readonly kind: 'missing'; readonly fields: readonly Field[] }
  | { readonly kind: 'throttled'; readonly minutes: number | null }
  /** The password was refused by the installation's rule (PASSWORD_LOGIN): the problem's own text says why. */
  | { readonly kind: 'refused'; readonly key: string }
  | { readonly kind: 'credentials' | 'offline' | 'unavailable' };

/** Password sign-in refused by PASSWORD_LOGIN (403): single sign-on is the way in. */
const PASSWORD_RULES: readonly ProblemCode[] = ['password_login_off', 'password_login_admins_only'];

export function signInErrorOf(error: unknown): SignInError {
  if (!(error instanceof HttpErrorResponse)) {
    return { kind: 'unavailable' };
  }
  switch (error.status) {
    case 401:
      return { kind: 'credentials' };
    case 403: {
      const code = problemsOf(error.error).find((problem) => PASSWORD_RULES.includes(problem.code))?.code;
      return code ? { kind: 'refused', key: problemKey(code) } : { kind: 'unavailable' };
    }
    case 429:
      return { kind: 'throttled', minutes: waitInMinutes(error) };
    case 0:
      return { kind: 'offline' };
    default:
      return { kind: 'unavailable' };
  }
}

/** How long the server asks to wait (its `Retry-After`), in whole minutes; null when it does not say. */
function waitInMinutes(error: HttpErrorResponse): number | null {
  const seconds = Number(error.headers?.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : null;
}

const NOTICE_KEYS = {
  'session-expired': 'login.notice.sessionExpired',
  'signed-out': 'login.notice.signedOut',
} as const;

@Component({
  selector: 'lbm-login-page',
  imports: [ReactiveFormsModule, TranslocoPipe],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  /** The `returnUrl` query parameter: where the guard or the session-expiry interceptor came from. */
  readonly returnUrl = input<string>();
  /** The `sso` query parameter: why a single sign-on ended here instead of signed in (set by the API). */
  readonly sso = input<string>();

  /** What the installation offers; null until the API answered (the password form shows meanwhile). */
  protected readonly providers = signal<AuthProviders | null>(null);
  protected readonly refusal = computed<SsoRefusalReason | null>(() => {
    const reason = this.sso();
    return (SSO_REFUSAL_REASONS as readonly string[]).includes(reason ?? '') ? (reason as SsoRefusalReason) : null;
  });
  /** Where the single sign-on button leads: the API's start, with the page to return to afterwards. */
  protected readonly ssoHref = computed(() => {
    const oidc = this.providers()?.oidc;
    if (!oidc) return null;
    const returnTo = safeReturnUrl(this.returnUrl()) ?? DEFAULT_AFTER_SIGN_IN;
    return `${oidc.loginUrl}?returnTo=${encodeURIComponent(returnTo)}`;
  });
  protected readonly ssoLabel = computed(() => this.providers()?.oidc?.label ?? null);
  protected readonly passwordOffered = computed(() => this.providers()?.password !== 'off');
  protected readonly adminsOnly = computed(() => this.providers()?.password === 'admins');

  protected readonly limits = { email: TEXT_LIMITS.email, password: PASSWORD_LIMITS.max };
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly pending = signal(false);
  protected readonly error = signal<SignInError | null>(null);
  protected readonly missingFields = computed<readonly Field[]>(() => {
    const error = this.error();
    return error?.kind === 'missing' ? error.fields : [];
  });
  protected readonly missing = computed(() => new Set(this.missingFields()));
  protected readonly noticeKey = computed(() => {
    const notice = this.auth.notice();
    return notice ? NOTICE_KEYS[notice] : null;
  });

  constructor() {
    // The notice explains this one visit of the login page; it should not greet the next one.
    inject(DestroyRef).onDestroy(() => this.auth.clearNotice());
    // Without an answer (an older server, no connection) the page offers the password form, as before.
    this.auth.providers().then(
      (providers) => this.providers.set(providers),
      () => undefined,
    );
  }

  /** `aria-describedby` of a field: its own message and the error summary. */
  protected describedBy(field: Field): string | null {
    const error = this.error();
    if (!error) {
      return null;
    }
    return this.missing().has(field) ? `login-${field}-error login-error` : 'login-error';
  }

  protected async submit(): Promise<void> {
    if (this.pending()) {
      return;
    }
    const { email, password } = this.form.getRawValue();
    const fields = (['email', 'password'] as const).filter((field) => this.form.controls[field].invalid);
    if (fields.length > 0) {
      this.showError({ kind: 'missing', fields });
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    try {
      await this.auth.signIn(email.trim(), password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? DEFAULT_AFTER_SIGN_IN);
    } catch (error) {
      // A wrong password is not kept for a second try with a typo in it.
      this.form.controls.password.reset();
      this.showError(signInErrorOf(error));
    } finally {
      this.pending.set(false);
    }
  }

  /** Moves focus to the summary, so keyboard and screen reader users land on the explanation. */
  private showError(error: SignInError): void {
    this.error.set(error);
    afterNextRender({ write: () => this.errorSummary()?.nativeElement.focus() }, { injector: this.injector });
  }
}
