import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { NgTemplateOutlet } from '@angular/common';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import {
  EditableField,
  MeasureEditingService,
  MeasureReferencesService,
  ServerChange,
  WriteFailure,
  changedFields,
  createRequestOf,
  draftOf,
  emptyDraft,
  mayEditMeasure,
  rebase,
  responsibilityProblem,
  serverChanges,
  writeFailureOf,
} from '@leitbild-monitor/dashboard/measures/data-access';
import { MeasureNames, MeasureValueComponent, fieldLabelKey } from '@leitbild-monitor/dashboard/measures/ui';
import { LanguageService, apiProblems } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { RemoteData, failureReason } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import {
  FEASIBILITY_VERDICTS,
  MEASURE_ORIGINS,
  Measure,
  TEXT_LIMITS,
  UpdateMeasureRequest,
} from '@leitbild-monitor/shared/contracts';
import { firstValueFrom } from 'rxjs';
import {
  FORM_FIELDS,
  FieldError,
  FormErrors,
  FormField,
  MeasureFormValue,
  apiErrorsByField,
  draftOfForm,
  formValueOf,
  validateForm,
} from './measure-form.model';

/** What the conflict panel shows after a 412: the server's changes and the version the form now builds on. */
interface Conflict {
  readonly version: number;
  readonly changes: readonly ServerChange[];
  /** Fields the user changed that nobody else touched. */
  readonly otherFields: readonly EditableField[];
}

/** The create (`/measures/new`) and edit (`/measures/:id/edit`) form of a measure. */
@Component({
  selector: 'lbm-measure-form-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    MeasureValueComponent,
  ],
  templateUrl: './measure-form-page.component.html',
  styleUrl: './measure-form-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureFormPageComponent implements OnInit {
  private readonly api = inject(MeasureEditingService);
  private readonly references = inject(MeasureReferencesService);
  private readonly catalog = inject(CatalogService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly conflictPanel = viewChild<ElementRef<HTMLElement>>('conflictPanel');

  /** The route's `:id`; missing on `/measures/new`. */
  readonly id = input<string>();

  protected readonly locale = inject(LanguageService).language;
  protected readonly limits = TEXT_LIMITS;
  protected readonly origins = MEASURE_ORIGINS;
  protected readonly verdicts = FEASIBILITY_VERDICTS;
  protected readonly fieldLabelKey = fieldLabelKey;
  protected readonly fieldsOfAction = this.references.fieldsOfAction;
  protected readonly actors = this.references.actors;
  protected readonly leitbild = this.catalog.leitbild;

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [''],
    description: [''],
    fieldOfActionId: [''],
    guidelineIds: [[] as string[]],
    leadActorId: [''],
    partnerActorIds: [[] as string[]],
    contactName: [''],
    contactEmail: [''],
    origin: [''],
    plannedStart: [''],
    plannedEnd: [''],
    actualStart: [''],
    actualEnd: [''],
    progress: [''],
    public: [false],
    feasibility: [''],
    feasibilityReason: [''],
  });
  /** Multi-select values as signals, so the checkboxes render from one source of truth. */
  protected readonly selectedGuidelines = signal<readonly string[]>([]);
  protected readonly selectedPartners = signal<readonly string[]>([]);

  protected readonly editing = computed(() => this.id() !== undefined);
  /** The measure being edited as last loaded from the API: the version every PATCH names. */
  protected readonly base = signal<RemoteData<Measure | null> | { readonly status: 'not-found' }>({
    status: 'loading',
  });
  protected readonly pending = signal(false);
  protected readonly errors = signal<FormErrors>({});
  protected readonly otherMessages = signal<readonly FieldError[]>([]);
  protected readonly failure = signal<WriteFailure | null>(null);
  protected readonly noChanges = signal(false);
  protected readonly conflict = signal<Conflict | null>(null);
  protected readonly announcement = signal<string | null>(null);
  protected readonly mayEdit = computed(() => {
    const base = this.base();
    return base.status === 'loaded' && mayEditMeasure(this.auth.user(), base.value);
  });
  protected readonly hasErrors = computed(
    () =>
      Object.keys(this.errors()).length > 0 ||
      this.otherMessages().length > 0 ||
      (this.failure() !== null && this.failure() !== 'invalid'),
  );
  protected readonly errorList = computed(() =>
    FORM_FIELDS.flatMap((field) => (this.errors()[field] ?? []).map((error) => ({ field, error }))),
  );
  protected readonly names = computed<MeasureNames>(() => {
    const fields = this.fieldsOfAction();
    const actors = this.actors();
    const leitbild = this.leitbild();
    return {
      fieldsOfAction: new Map(fields.status === 'loaded' ? fields.value.map((item) => [item.id, item.name]) : []),
      actors: new Map(actors.status === 'loaded' ? actors.value.map((item) => [item.id, item.name]) : []),
      guidelines: new Map(
        leitbild.status === 'loaded'
          ? leitbild.value.flatMap((section) => section.guidelines.map((item) => [item.id, item.code]))
          : [],
      ),
    };
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => (id === undefined ? this.startCreating() : this.load(id)));
    });
  }

  ngOnInit(): void {
    this.references.load();
    this.catalog.loadLeitbild();
  }

  protected retry(): void {
    this.references.load();
    this.catalog.loadLeitbild();
    const id = this.id();
    if (id !== undefined && this.base().status !== 'loaded') this.load(id);
  }

  protected errorsOf(field: FormField): readonly FieldError[] {
    return this.errors()[field] ?? [];
  }

  /** `aria-describedby`: the field's error (if any), then its hint. */
  protected describedBy(field: FormField, hint?: string): string | null {
    const ids = [this.errorsOf(field).length > 0 ? `${field}-error` : null, hint ?? null].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected toggle(control: 'guidelineIds' | 'partnerActorIds', id: string, checked: boolean): void {
    const current = this.form.controls[control].value;
    const next = checked ? [...current.filter((item) => item !== id), id] : current.filter((item) => item !== id);
    this.form.controls[control].setValue(next);
    (control === 'guidelineIds' ? this.selectedGuidelines : this.selectedPartners).set(next);
  }

  protected focusField(event: Event, field: FormField): void {
    event.preventDefault();
    const target = this.host.nativeElement.querySelector<HTMLElement>(`#${this.controlId(field)}`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  /** The id of the element that takes focus for a field (multi-selects: their first checkbox). */
  protected controlId(field: FormField): string {
    if (field === 'guidelineIds') return 'guidelineIds-first';
    if (field === 'partnerActorIds') return 'partnerActorIds-first';
    return `measure-${field}`;
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    const value = this.form.getRawValue() as MeasureFormValue;
    const errors = validateForm(value);
    this.errors.set(errors);
    this.otherMessages.set([]);
    this.failure.set(null);
    this.noChanges.set(false);
    if (Object.keys(errors).length > 0) {
      this.focusSummary();
      return;
    }
    const draft = draftOfForm(value);
    const base = this.base();
    // The API would refuse an affiliated editor's change of responsibility with a 403: say why at the field.
    if (this.showResponsibilityProblem(draft)) return;
    if (!this.editing()) {
      await this.send(() => this.api.create(createRequestOf(draft)), 'measure.saved.created');
      return;
    }
    if (base.status !== 'loaded' || base.value === null) return;
    const measure = base.value;
    const patch = changedFields(draftOf(measure), draft);
    if (Object.keys(patch).length === 0) {
      this.noChanges.set(true);
      this.announcement.set('measureForm.noChanges');
      return;
    }
    await this.send(() => this.api.update(measure.id, measure.version, patch), 'measure.saved.edited', patch);
  }

  /** After a conflict: the form shows the saved state again; the user's changes are gone. */
  protected discardMine(): void {
    const base = this.base();
    if (base.status !== 'loaded' || base.value === null) return;
    this.fill(base.value);
    this.conflict.set(null);
    this.errors.set({});
    this.announcement.set('conflict.discarded');
    afterNextRender(
      { write: () => this.host.nativeElement.querySelector<HTMLElement>('#measure-title')?.focus() },
      { injector: this.injector },
    );
  }

  private async send(
    request: () => ReturnType<MeasureEditingService['create']>,
    savedKey: string,
    patch?: UpdateMeasureRequest,
  ): Promise<void> {
    this.pending.set(true);
    try {
      const saved = await firstValueFrom(request());
      this.conflict.set(null);
      await this.router.navigate(['/measures', saved.id], { state: { saved: savedKey } });
    } catch (error) {
      const failure = writeFailureOf(error);
      if (failure === 'conflict' && patch) {
        await this.resolveConflict(patch);
      } else {
        this.showFailure(error, failure);
      }
    } finally {
      this.pending.set(false);
    }
  }

  /**
   * Names the rule of responsibility the choice of lead and partners breaks, at the lead actor's field, and
   * returns whether it did. Also explains a 403 that the rule (checked again on the server) caused.
   */
  private showResponsibilityProblem(draft: { leadActorId: string | null; partnerActorIds: string[] }): boolean {
    const base = this.base();
    const before = base.status === 'loaded' ? base.value : null;
    const problem = responsibilityProblem(this.auth.user(), before, draft);
    if (!problem) return false;
    this.errors.set({ leadActorId: [{ key: `measureForm.errors.responsibility.${problem}` }] });
    this.focusSummary();
    return true;
  }

  private showFailure(error: unknown, failure: WriteFailure): void {
    if (failure === 'forbidden') {
      const draft = draftOfForm(this.form.getRawValue() as MeasureFormValue);
      if (this.showResponsibilityProblem(draft)) return;
    }
    this.failure.set(failure);
    if (failure === 'invalid') {
      const { fields, other } = apiErrorsByField(apiProblems(error));
      this.errors.set(fields);
      this.otherMessages.set(other);
    }
    this.focusSummary();
  }

  /**
   * Someone saved in between (412). Nothing the user typed is lost: the form now builds on the current version,
   * with the user's changes on top, and the panel shows what the other person changed.
   */
  private async resolveConflict(mine: UpdateMeasureRequest): Promise<void> {
    const base = this.base();
    if (base.status !== 'loaded' || base.value === null) return;
    let current: Measure;
    try {
      current = await firstValueFrom(this.api.get(base.value.id));
    } catch (error) {
      this.showFailure(error, error instanceof HttpErrorResponse ? writeFailureOf(error) : 'unavailable');
      return;
    }
    const server = draftOf(current);
    const changes = serverChanges(draftOf(base.value), server, mine);
    const touched = new Set(changes.map((change) => change.field));
    this.base.set({ status: 'loaded', value: current });
    this.fill(current, rebase(server, mine));
    this.conflict.set({
      version: current.version,
      changes,
      otherFields: (Object.keys(mine) as EditableField[]).filter((field) => !touched.has(field)),
    });
    afterNextRender({ write: () => this.conflictPanel()?.nativeElement.focus() }, { injector: this.injector });
  }

  private startCreating(): void {
    this.base.set({ status: 'loaded', value: null });
    this.setForm(formValueOf(emptyDraft()));
  }

  private load(id: string): void {
    this.base.set({ status: 'loading' });
    this.api.get(id).subscribe({
      next: (measure) => {
        this.base.set({ status: 'loaded', value: measure });
        this.fill(measure);
      },
      error: (error: unknown) =>
        this.base.set(
          error instanceof HttpErrorResponse && error.status === 404
            ? { status: 'not-found' }
            : { status: 'failed', reason: failureReason(error) },
        ),
    });
  }

  private fill(measure: Measure, draft = draftOf(measure)): void {
    this.setForm(formValueOf(draft));
  }

  private setForm(value: MeasureFormValue): void {
    this.form.setValue(value);
    this.selectedGuidelines.set(value.guidelineIds);
    this.selectedPartners.set(value.partnerActorIds);
  }

  private focusSummary(): void {
    afterNextRender({ write: () => this.errorSummary()?.nativeElement.focus() }, { injector: this.injector });
  }
}
