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
import { PASSWORD_LIMITS, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { DEFAULT_AFTER_SIGN_IN, safeReturnUrl } from '@leitbild-monitor/dashboard/auth/data-access';

type Field = 'email' | 'password';

/** What went wrong, in terms the reader can act on. */
export type SignInError =
  | { readonly kind: 'missing'; readonly fields: readonly Field[] }
  | { readonly kind: 'throttled'; readonly minutes: number | null }
  | { readonly kind: 'credentials' | 'offline' | 'unavailable' };

export function signInErrorOf(error: unknown): SignInError {
  if (!(error instanceof HttpErrorResponse)) {
    return { kind: 'unavailable' };
  }
  switch (error.status) {
    case 401:
      return { kind: 'credentials' };
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
