import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  OnInit,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CatalogAdminService, CatalogEntry } from '@leitbild-monitor/dashboard/admin/data-access';
import { FORM_FIELD } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { AdminDialogComponent } from './admin-dialog.component';
import { CatalogKind } from './catalog-kinds';
import { FieldErrorsComponent } from './field-errors.component';
import { focusFirstError } from './focus-first-error';
import { FormState } from './form-state';

type CatalogForm = FormGroup<Record<string, FormControl<string>>>;

/**
 * A catalogue administrators maintain — fields of action (`/admin/fields-of-action`) or actors (`/admin/actors`),
 * given by the route as `kind`: list, create, edit in a dialog.
 */
@Component({
  selector: 'lbm-catalog-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    TranslocoPipe,
    RemoteDataStatusComponent,
    AdminDialogComponent,
    FieldErrorsComponent,
    FORM_FIELD,
  ],
  templateUrl: './catalog-page.component.html',
  styleUrls: ['./admin-forms.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogPageComponent implements OnInit {
  private readonly catalog = inject(CatalogAdminService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly editDialog = viewChild.required<AdminDialogComponent>('editDialog');

  /** From the route's data. */
  readonly kind = input.required<CatalogKind>();

  protected readonly state = computed(() => this.catalog.entries(this.kind().path)());
  protected readonly status = signal('');
  protected readonly editing = signal<CatalogEntry | null>(null);
  protected readonly page = computed(() => {
    const kind = this.kind();
    const names = kind.fields.map((field) => field.name);
    return {
      createForm: this.newForm(kind),
      create: new FormState(`${kind.ids.entry}-create`, names),
      editForm: this.newForm(kind),
      edit: new FormState(`${kind.ids.entry}-edit`, names),
    };
  });

  ngOnInit(): void {
    this.catalog.load(this.kind().path);
  }

  protected retry(): void {
    this.catalog.load(this.kind().path);
  }

  protected async submitCreate(): Promise<void> {
    const { createForm: form, create: state } = this.page();
    await this.send(
      form,
      state,
      (request) => this.catalog.create(this.kind().path, request),
      (created) => {
        form.reset();
        this.status.set(this.transloco.translate(`${this.kind().texts}.created`, { name: created.name }));
      },
    );
  }

  protected openEdit(entry: CatalogEntry): void {
    const { editForm: form, edit: state } = this.page();
    this.editing.set(entry);
    state.clear();
    form.reset(this.kind().formValue(entry));
    this.editDialog().open();
  }

  protected async submitEdit(): Promise<void> {
    const { editForm: form, edit: state } = this.page();
    const entry = this.editing();
    if (!entry) return;
    await this.send(
      form,
      state,
      (request) => this.catalog.update(this.kind().path, entry.id, request),
      (updated) => {
        this.editDialog().close();
        this.status.set(this.transloco.translate(`${this.kind().texts}.updated`, { name: updated.name }));
      },
    );
  }

  /** Checks the form as the API would, sends it, and shows the API's objections at their fields. */
  private async send(
    form: CatalogForm,
    state: FormState<string>,
    write: (request: object) => Promise<CatalogEntry>,
    done: (entry: CatalogEntry) => void,
  ): Promise<void> {
    if (state.pending()) return;
    if (!state.check(form.controls)) return focusFirstError(state, this.document, this.injector);
    state.pending.set(true);
    try {
      const entry = await write(this.kind().request(form.getRawValue()));
      state.clear();
      done(entry);
    } catch (error) {
      state.showApiError(error);
      focusFirstError(state, this.document, this.injector);
    } finally {
      state.pending.set(false);
    }
  }

  private newForm(kind: CatalogKind): CatalogForm {
    const controls: Record<string, FormControl<string>> = {};
    for (const field of kind.fields) {
      const validators = [
        ...(field.required ? [Validators.required] : []),
        ...(field.maxLength === undefined ? [] : [Validators.maxLength(field.maxLength)]),
      ];
      controls[field.name] = this.formBuilder.control('', validators);
    }
    return this.formBuilder.group(controls);
  }
}
