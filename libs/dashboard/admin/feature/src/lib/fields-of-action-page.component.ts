import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, inject, signal, viewChild } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CatalogAdminService } from '@leitbild-monitor/dashboard/admin/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { FieldOfAction, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { AdminDialogComponent } from './admin-dialog.component';
import { FieldErrorsComponent } from './field-errors.component';
import { focusFirstError } from './focus-first-error';
import { FormState } from './form-state';

const FIELDS = ['name', 'description'] as const;

/** The fields of action: list, create, rename and describe. */
@Component({
  selector: 'lbm-fields-of-action-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    TranslocoPipe,
    RemoteDataStatusComponent,
    AdminDialogComponent,
    FieldErrorsComponent,
  ],
  templateUrl: './fields-of-action-page.component.html',
  styleUrls: ['./admin-forms.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldsOfActionPageComponent {
  private readonly catalog = inject(CatalogAdminService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly editDialog = viewChild.required<AdminDialogComponent>('editDialog');

  protected readonly limits = { name: TEXT_LIMITS.name, description: TEXT_LIMITS.description };
  protected readonly state = this.catalog.fieldsOfAction;
  protected readonly status = signal('');

  protected readonly createForm = this.newForm();
  protected readonly create = new FormState('field-create', FIELDS);
  protected readonly editing = signal<FieldOfAction | null>(null);
  protected readonly editForm = this.newForm();
  protected readonly edit = new FormState('field-edit', FIELDS);

  constructor() {
    this.catalog.loadFieldsOfAction();
  }

  protected retry(): void {
    this.catalog.loadFieldsOfAction();
  }

  protected async submitCreate(): Promise<void> {
    if (this.create.pending()) return;
    if (!this.create.check(this.createForm.controls)) return focusFirstError(this.create, this.document, this.injector);
    const value = this.createForm.getRawValue();
    this.create.pending.set(true);
    try {
      const created = await this.catalog.createFieldOfAction({
        name: value.name.trim(),
        description: value.description.trim() || null,
      });
      this.create.clear();
      this.createForm.reset();
      this.status.set(this.transloco.translate('admin.fieldsOfAction.created', { name: created.name }));
    } catch (error) {
      this.create.showApiError(error);
      focusFirstError(this.create, this.document, this.injector);
    } finally {
      this.create.pending.set(false);
    }
  }

  protected openEdit(field: FieldOfAction): void {
    this.editing.set(field);
    this.edit.clear();
    this.editForm.reset({ name: field.name, description: field.description ?? '' });
    this.editDialog().open();
  }

  protected async submitEdit(): Promise<void> {
    const field = this.editing();
    if (!field || this.edit.pending()) return;
    if (!this.edit.check(this.editForm.controls)) return focusFirstError(this.edit, this.document, this.injector);
    const value = this.editForm.getRawValue();
    this.edit.pending.set(true);
    try {
      const updated = await this.catalog.updateFieldOfAction(field.id, {
        name: value.name.trim(),
        description: value.description.trim() || null,
      });
      this.editDialog().close();
      this.status.set(this.transloco.translate('admin.fieldsOfAction.updated', { name: updated.name }));
    } catch (error) {
      this.edit.showApiError(error);
      focusFirstError(this.edit, this.document, this.injector);
    } finally {
      this.edit.pending.set(false);
    }
  }

  private newForm() {
    return inject(NonNullableFormBuilder).group({
      name: ['', [Validators.required, Validators.maxLength(TEXT_LIMITS.name)]],
      description: ['', Validators.maxLength(TEXT_LIMITS.description)],
    });
  }
}
