import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AccountService } from '@leitbild-monitor/dashboard/admin/data-access';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { NotificationSettingsComponent } from '@leitbild-monitor/dashboard/notifications/feature-settings';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { ApiToken, PASSWORD_LIMITS, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { AdminDialogComponent } from './admin-dialog.component';
import { FieldErrorsComponent } from './field-errors.component';
import { focusFirstError } from './focus-first-error';
import { FormState, formMessage } from './form-state';

const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;
const TOKEN_FIELDS = ['name'] as const;

/** One's own account, for every role: who one is signed in as, the password and personal API tokens. */
@Component({
  selector: 'lbm-account-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    TranslocoPipe,
    RemoteDataStatusComponent,
    AdminDialogComponent,
    FieldErrorsComponent,
    NotificationSettingsComponent,
  ],
  templateUrl: './account-page.component.html',
  styleUrls: ['./admin-forms.css', './account-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPageComponent {
  private readonly account = inject(AccountService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly revokeDialog = viewChild.required<AdminDialogComponent>('revokeDialog');
  private readonly createdTokenField = viewChild<ElementRef<HTMLInputElement>>('createdToken');

  protected readonly user = inject(AuthService).user;
  protected readonly locale = inject(LanguageService).language;
  protected readonly limits = { password: PASSWORD_LIMITS, tokenName: TEXT_LIMITS.tokenName };
  protected readonly tokens = this.account.tokens;
  protected readonly status = signal('');

  protected readonly passwordForm = this.formBuilder.group({
    currentPassword: ['', [Validators.required, Validators.maxLength(PASSWORD_LIMITS.max)]],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_LIMITS.min), Validators.maxLength(PASSWORD_LIMITS.max)],
    ],
    repeatPassword: ['', Validators.required],
  });
  protected readonly password = new FormState('account-password', PASSWORD_FIELDS);

  protected readonly tokenForm = this.formBuilder.group({
    name: ['', [Validators.required, Validators.maxLength(TEXT_LIMITS.tokenName)]],
  });
  protected readonly token = new FormState('token-create', TOKEN_FIELDS);
  /** The token just created: the only moment it can be read. */
  protected readonly createdToken = signal<{ name: string; token: string } | null>(null);
  protected readonly copied = signal(false);

  protected readonly revoking = signal<ApiToken | null>(null);
  protected readonly revoke = new FormState('token-revoke', [] as const);

  constructor() {
    this.account.loadTokens();
  }

  protected retry(): void {
    this.account.loadTokens();
  }

  protected async submitPassword(): Promise<void> {
    if (this.password.pending()) return;
    const value = this.passwordForm.getRawValue();
    const mismatch =
      value.repeatPassword && value.repeatPassword !== value.newPassword
        ? { repeatPassword: [formMessage('mismatch')] }
        : {};
    if (!this.password.check(this.passwordForm.controls, mismatch)) {
      return focusFirstError(this.password, this.document, this.injector);
    }
    this.password.pending.set(true);
    try {
      await this.account.changePassword(value.currentPassword, value.newPassword);
      this.password.clear();
      this.passwordForm.reset();
      this.createdToken.set(null);
      this.status.set(this.transloco.translate('admin.account.passwordChanged'));
    } catch (error) {
      this.passwordForm.controls.currentPassword.reset();
      this.password.showApiError(error);
      focusFirstError(this.password, this.document, this.injector);
    } finally {
      this.password.pending.set(false);
    }
  }

  protected async submitToken(): Promise<void> {
    if (this.token.pending()) return;
    if (!this.token.check(this.tokenForm.controls)) return focusFirstError(this.token, this.document, this.injector);
    const name = this.tokenForm.getRawValue().name.trim();
    this.token.pending.set(true);
    try {
      const created = await this.account.createToken(name);
      this.token.clear();
      this.tokenForm.reset();
      this.copied.set(false);
      this.createdToken.set({ name, token: created.token });
      this.status.set(this.transloco.translate('admin.tokens.created', { name }));
      // The reader's next step is copying the token: take them there.
      afterNextRender({ write: () => this.createdTokenField()?.nativeElement.select() }, { injector: this.injector });
    } catch (error) {
      this.token.showApiError(error);
      focusFirstError(this.token, this.document, this.injector);
    } finally {
      this.token.pending.set(false);
    }
  }

  protected async copyToken(): Promise<void> {
    const created = this.createdToken();
    if (!created) return;
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(created.token);
      this.copied.set(true);
      this.status.set(this.transloco.translate('admin.tokens.copied'));
    } catch {
      // Without clipboard access (permission, insecure context) the field is selected for Ctrl+C.
      this.createdTokenField()?.nativeElement.select();
      this.status.set(this.transloco.translate('admin.tokens.copyManually'));
    }
  }

  protected dismissToken(): void {
    this.createdToken.set(null);
  }

  protected openRevoke(token: ApiToken): void {
    this.revoking.set(token);
    this.revoke.clear();
    this.revokeDialog().open();
  }

  protected async confirmRevoke(): Promise<void> {
    const token = this.revoking();
    if (!token || this.revoke.pending()) return;
    this.revoke.pending.set(true);
    try {
      await this.account.revokeToken(token.id);
      this.revokeDialog().close();
      this.status.set(this.transloco.translate('admin.tokens.revoked', { name: token.name }));
    } catch (error) {
      this.revoke.showApiError(error);
    } finally {
      this.revoke.pending.set(false);
    }
  }
}
