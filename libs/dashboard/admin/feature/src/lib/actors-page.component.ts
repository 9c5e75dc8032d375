import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CatalogAdminService } from '@leitbild-monitor/dashboard/admin/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { ACTOR_TYPES, Actor, ActorType, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { AdminDialogComponent } from './admin-dialog.component';
import { FieldErrorsComponent } from './field-errors.component';
import { focusFirstError } from './focus-first-error';
import { FormState } from './form-state';

const FIELDS = ['name', 'type'] as const;

/** The actors (offices, associations, council, …) that can lead or support measures: list, create, edit. */
@Component({
  selector: 'lbm-actors-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    TranslocoPipe,
    RemoteDataStatusComponent,
    AdminDialogComponent,
    FieldErrorsComponent,
  ],
  templateUrl: './actors-page.component.html',
  styleUrls: ['./admin-forms.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActorsPageComponent {
  private readonly catalog = inject(CatalogAdminService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly editDialog = viewChild.required<AdminDialogComponent>('editDialog');

  protected readonly types = ACTOR_TYPES;
  protected readonly limits = { name: TEXT_LIMITS.name };
  protected readonly state = this.catalog.actors;
  protected readonly status = signal('');

  protected readonly createForm = this.newForm();
  protected readonly create = new FormState('actor-create', FIELDS);
  protected readonly editing = signal<Actor | null>(null);
  protected readonly editForm = this.newForm();
  protected readonly edit = new FormState('actor-edit', FIELDS);

  constructor() {
    this.catalog.loadActors();
  }

  protected retry(): void {
    this.catalog.loadActors();
  }

  protected async submitCreate(): Promise<void> {
    if (this.create.pending()) return;
    if (!this.create.check(this.createForm.controls)) return focusFirstError(this.create, this.document, this.injector);
    const value = this.createForm.getRawValue();
    this.create.pending.set(true);
    try {
      const created = await this.catalog.createActor({ name: value.name.trim(), type: value.type as ActorType });
      this.create.clear();
      this.createForm.reset();
      this.status.set(this.transloco.translate('admin.actors.created', { name: created.name }));
    } catch (error) {
      this.create.showApiError(error);
      focusFirstError(this.create, this.document, this.injector);
    } finally {
      this.create.pending.set(false);
    }
  }

  protected openEdit(actor: Actor): void {
    this.editing.set(actor);
    this.edit.clear();
    this.editForm.reset({ name: actor.name, type: actor.type });
    this.editDialog().open();
  }

  protected async submitEdit(): Promise<void> {
    const actor = this.editing();
    if (!actor || this.edit.pending()) return;
    if (!this.edit.check(this.editForm.controls)) return focusFirstError(this.edit, this.document, this.injector);
    const value = this.editForm.getRawValue();
    this.edit.pending.set(true);
    try {
      const updated = await this.catalog.updateActor(actor.id, {
        name: value.name.trim(),
        type: value.type as ActorType,
      });
      this.editDialog().close();
      this.status.set(this.transloco.translate('admin.actors.updated', { name: updated.name }));
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
      // Empty until chosen: a default type would be saved unnoticed.
      type: ['' as ActorType | '', Validators.required],
    });
  }
}
