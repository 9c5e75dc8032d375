import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CatalogAdminService, UsersAdminService } from '@leitbild-monitor/dashboard/admin/data-access';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { PASSWORD_LIMITS, TEXT_LIMITS, USER_ROLES, User, UserRole } from '@leitbild-monitor/shared/contracts';
import { AdminDialogComponent } from './admin-dialog.component';
import { FieldErrorsComponent } from './field-errors.component';
import { focusFirstError } from './focus-first-error';
import { FormState } from './form-state';

const CREATE_FIELDS = ['name', 'email', 'role', 'password', 'actorId'] as const;
const EDIT_FIELDS = ['name', 'role', 'actorId'] as const;
const PASSWORD_FIELDS = ['password'] as const;

/** User accounts: create, change name/role/actor, deactivate and reactivate, reset a password. */
@Component({
  selector: 'lbm-users-page',
  imports: [ReactiveFormsModule, TranslocoPipe, RemoteDataStatusComponent, AdminDialogComponent, FieldErrorsComponent],
  templateUrl: './users-page.component.html',
  styleUrls: ['./admin-forms.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPageComponent {
  private readonly users = inject(UsersAdminService);
  private readonly catalog = inject(CatalogAdminService);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  private readonly editDialog = viewChild.required<AdminDialogComponent>('editDialog');
  private readonly passwordDialog = viewChild.required<AdminDialogComponent>('passwordDialog');
  private readonly activeDialog = viewChild.required<AdminDialogComponent>('activeDialog');

  protected readonly roles = USER_ROLES;
  protected readonly limits = { name: TEXT_LIMITS.name, email: TEXT_LIMITS.email, password: PASSWORD_LIMITS };
  protected readonly state = this.users.users;
  protected readonly actorsState = this.catalog.actors;
  protected readonly actors = computed(() => {
    const state = this.actorsState();
    return state.status === 'loaded' ? state.value : [];
  });
  private readonly actorNames = computed(() => new Map(this.actors().map((actor) => [actor.id, actor.name])));
  protected readonly me = computed(() => this.auth.user()?.id);
  /** Success messages for the polite live region. */
  protected readonly status = signal('');

  protected readonly createForm = this.formBuilder.group({
    name: ['', [Validators.required, Validators.maxLength(TEXT_LIMITS.name)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(TEXT_LIMITS.email)]],
    role: ['editor' as UserRole, Validators.required],
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_LIMITS.min), Validators.maxLength(PASSWORD_LIMITS.max)],
    ],
    actorId: [''],
  });
  protected readonly create = new FormState('user-create', CREATE_FIELDS);

  protected readonly editing = signal<User | null>(null);
  protected readonly editForm = this.formBuilder.group({
    name: ['', [Validators.required, Validators.maxLength(TEXT_LIMITS.name)]],
    role: ['viewer' as UserRole, Validators.required],
    actorId: [''],
  });
  protected readonly edit = new FormState('user-edit', EDIT_FIELDS);

  protected readonly resetting = signal<User | null>(null);
  protected readonly passwordForm = this.formBuilder.group({
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_LIMITS.min), Validators.maxLength(PASSWORD_LIMITS.max)],
    ],
  });
  protected readonly reset = new FormState('user-password', PASSWORD_FIELDS);

  protected readonly toggling = signal<User | null>(null);
  protected readonly toggle = new FormState('user-active', [] as const);

  constructor() {
    this.users.load();
    this.catalog.loadActors();
  }

  protected retry(): void {
    this.users.load();
    this.catalog.loadActors();
  }

  protected actorName(actorId: string | null): string | null {
    return actorId ? (this.actorNames().get(actorId) ?? null) : null;
  }

  protected async submitCreate(): Promise<void> {
    if (this.create.pending()) return;
    if (!this.create.check(this.createForm.controls)) return this.focusFirstError(this.create);
    const value = this.createForm.getRawValue();
    this.create.pending.set(true);
    try {
      const created = await this.users.create({
        name: value.name.trim(),
        email: value.email.trim(),
        role: value.role,
        password: value.password,
        actorId: value.actorId || null,
      });
      this.create.clear();
      this.createForm.reset();
      this.announce('admin.users.created', { name: created.name });
    } catch (error) {
      this.create.showApiError(error);
      this.focusFirstError(this.create);
    } finally {
      this.create.pending.set(false);
    }
  }

  protected openEdit(user: User): void {
    this.editing.set(user);
    this.edit.clear();
    this.editForm.reset({ name: user.name, role: user.role, actorId: user.actorId ?? '' });
    this.editDialog().open();
  }

  protected async submitEdit(): Promise<void> {
    const user = this.editing();
    if (!user || this.edit.pending()) return;
    if (!this.edit.check(this.editForm.controls)) return this.focusFirstError(this.edit);
    const value = this.editForm.getRawValue();
    this.edit.pending.set(true);
    try {
      const updated = await this.users.update(user.id, {
        name: value.name.trim(),
        role: value.role,
        actorId: value.actorId || null,
      });
      this.editDialog().close();
      this.announce('admin.users.updated', { name: updated.name });
    } catch (error) {
      this.edit.showApiError(error);
      this.focusFirstError(this.edit);
    } finally {
      this.edit.pending.set(false);
    }
  }

  protected openReset(user: User): void {
    this.resetting.set(user);
    this.reset.clear();
    this.passwordForm.reset();
    this.passwordDialog().open();
  }

  protected async submitReset(): Promise<void> {
    const user = this.resetting();
    if (!user || this.reset.pending()) return;
    if (!this.reset.check(this.passwordForm.controls)) return this.focusFirstError(this.reset);
    this.reset.pending.set(true);
    try {
      await this.users.resetPassword(user.id, this.passwordForm.getRawValue().password);
      this.passwordForm.reset();
      this.passwordDialog().close();
      this.announce('admin.users.passwordReset', { name: user.name });
    } catch (error) {
      this.reset.showApiError(error);
      this.focusFirstError(this.reset);
    } finally {
      this.reset.pending.set(false);
    }
  }

  protected openToggle(user: User): void {
    this.toggling.set(user);
    this.toggle.clear();
    this.activeDialog().open();
  }

  protected async confirmToggle(): Promise<void> {
    const user = this.toggling();
    if (!user || this.toggle.pending()) return;
    this.toggle.pending.set(true);
    try {
      const updated = await this.users.update(user.id, { active: !user.active });
      this.activeDialog().close();
      this.announce(updated.active ? 'admin.users.reactivated' : 'admin.users.deactivated', { name: updated.name });
    } catch (error) {
      this.toggle.showApiError(error);
    } finally {
      this.toggle.pending.set(false);
    }
  }

  private announce(key: string, params: Record<string, string>): void {
    this.status.set(this.transloco.translate(key, params));
  }

  private focusFirstError<F extends string>(form: FormState<F>): void {
    focusFirstError(form, this.document, this.injector);
  }
}
