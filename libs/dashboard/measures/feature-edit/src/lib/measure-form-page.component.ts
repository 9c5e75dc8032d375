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
import { NgTemplateOutlet } from '@angular/common';
import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import { IndicatorsApiService } from '@leitbild-monitor/dashboard/indicators/data-access';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import {
  MeasureFormStore,
  MeasureReferencesService,
  WriteFailure,
  draftOf,
  emptyDraft,
} from '@leitbild-monitor/dashboard/measures/data-access';
import { MeasureNames, MeasureValueComponent, fieldLabelKey } from '@leitbild-monitor/dashboard/measures/ui';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { FORM_FIELD } from '@leitbild-monitor/dashboard/shared/ui-forms';
import {
  FEASIBILITY_VERDICTS,
  MEASURE_ORIGINS,
  Measure,
  Problem,
  TEXT_LIMITS,
} from '@leitbild-monitor/shared/contracts';
import { COUNCIL_PAPER_LIMITS, responsibilityProblem } from '@leitbild-monitor/shared/domain';

type CouncilPaperGroup = FormGroup<{ [K in CouncilPaperPart]: FormControl<string> }>;
import {
  COUNCIL_PAPER_PARTS,
  CouncilPaperFormValue,
  CouncilPaperPart,
  FORM_FIELDS,
  FieldError,
  FormErrors,
  FormField,
  MeasureFormValue,
  apiErrorsByField,
  councilPaperFieldOf,
  draftOfForm,
  formValueOf,
  validateForm,
} from './measure-form.model';

/**
 * The create (`/measures/new`) and edit (`/measures/:id/edit`) form of a measure: the view. Loading, saving and the
 * rebase after a 412 are the MeasureFormStore's.
 */
@Component({
  selector: 'lbm-measure-form-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    MeasureValueComponent,
    FORM_FIELD,
  ],
  templateUrl: './measure-form-page.component.html',
  styleUrl: './measure-form-page.component.css',
  providers: [MeasureFormStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureFormPageComponent implements OnInit {
  private readonly store = inject(MeasureFormStore);
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

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly paperLimits = COUNCIL_PAPER_LIMITS;
  protected readonly form = this.formBuilder.group({
    title: [''],
    description: [''],
    fieldOfActionId: [''],
    guidelineIds: [[] as string[]],
    leadActorId: [''],
    partnerActorIds: [[] as string[]],
    indicatorIds: [[] as string[]],
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
    councilPapers: this.formBuilder.array<CouncilPaperGroup>([]),
  });
  /** Multi-select values as signals, so the checkboxes render from one source of truth. */
  protected readonly selectedGuidelines = signal<readonly string[]>([]);
  protected readonly selectedPartners = signal<readonly string[]>([]);
  protected readonly selectedIndicators = signal<readonly string[]>([]);
  private readonly indicatorsApi = inject(IndicatorsApiService);
  private readonly indicatorChoices = new RemoteResource(() => this.indicatorsApi.listAll({ sort: 'code' }));
  /** The indicators that may measure the measure's effect (linked here or on the indicator's page). */
  protected readonly indicators = this.indicatorChoices.state;

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly base = this.store.base;
  /** Saving, and after a save the way to the measure page. */
  private readonly navigating = signal(false);
  protected readonly pending = computed(() => this.store.saving() || this.navigating());
  protected readonly errors = signal<FormErrors>({});
  protected readonly otherMessages = signal<readonly FieldError[]>([]);
  protected readonly failure = signal<WriteFailure | null>(null);
  protected readonly noChanges = signal(false);
  protected readonly conflict = this.store.conflict;
  protected readonly announcement = signal<string | null>(null);
  protected readonly mayEdit = this.store.mayEdit;
  protected readonly hasErrors = computed(
    () =>
      Object.keys(this.errors()).length > 0 ||
      this.otherMessages().length > 0 ||
      (this.failure() !== null && this.failure() !== 'invalid'),
  );
  protected readonly errorList = computed(() => {
    const errors = this.errors();
    const paperFields = (Object.keys(errors) as FormField[])
      .filter((field) => councilPaperFieldOf(field) !== null)
      .sort((a, b) => paperOrder(a) - paperOrder(b));
    return [...FORM_FIELDS, 'councilPapers' as const, ...paperFields].flatMap((field) =>
      (errors[field] ?? []).map((error) => ({ field, error })),
    );
  });
  /** The council papers' entries (the form array's groups), in the order the API keeps them. */
  protected get papers(): FormArray<CouncilPaperGroup> {
    return this.form.controls.councilPapers;
  }
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
    this.indicatorChoices.ensureLoaded();
  }

  protected retry(): void {
    this.references.load();
    this.catalog.loadLeitbild();
    this.indicatorChoices.ensureLoaded();
    this.store.retry((measure) => this.fill(measure));
  }

  protected errorsOf(field: FormField): readonly FieldError[] {
    return this.errors()[field] ?? [];
  }

  /** `aria-describedby`: the field's error (if any), then its hint. */
  protected describedBy(field: FormField, hint?: string): string | null {
    const ids = [this.errorsOf(field).length > 0 ? `${field}-error` : null, hint ?? null].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected toggle(control: 'guidelineIds' | 'partnerActorIds' | 'indicatorIds', id: string, checked: boolean): void {
    const current = this.form.controls[control].value;
    const next = checked ? [...current.filter((item) => item !== id), id] : current.filter((item) => item !== id);
    this.form.controls[control].setValue(next);
    const selected = { guidelineIds: this.selectedGuidelines, partnerActorIds: this.selectedPartners };
    (control === 'indicatorIds' ? this.selectedIndicators : selected[control]).set(next);
  }

  /** A new empty entry at the end of the council papers, its reference focused. */
  protected addPaper(): void {
    this.papers.push(this.paperGroup({ reference: '', title: '', date: '', url: '' }));
    const index = this.papers.length - 1;
    afterNextRender(
      {
        write: () =>
          this.host.nativeElement.querySelector<HTMLElement>(`#${this.paperControlId(index, 'reference')}`)?.focus(),
      },
      { injector: this.injector },
    );
  }

  /**
   * Removes an entry. Its errors and those of the entries after it no longer match their places, so the
   * papers' errors go; the next check or save names them again. The focus goes to the "add" button.
   */
  protected removePaper(index: number): void {
    this.papers.removeAt(index);
    this.errors.update((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([field]) => councilPaperFieldOf(field) === null)),
    );
    this.announcement.set('measureForm.councilPapers.removed');
    afterNextRender(
      { write: () => this.host.nativeElement.querySelector<HTMLElement>('#councilPapers-add')?.focus() },
      { injector: this.injector },
    );
  }

  /** The id of a council paper's input: `measure-councilPapers-1-url`. */
  protected paperControlId(index: number, part: CouncilPaperPart): string {
    return `measure-councilPapers-${index}-${part}`;
  }

  /** A council paper's input in the error summary: its entry's number and the input (null for other fields). */
  protected paperOf(field: FormField): { number: number; part: CouncilPaperPart } | null {
    const paper = councilPaperFieldOf(field);
    return paper === null ? null : { number: paper.index + 1, part: paper.part };
  }

  protected paperErrors(index: number, part: CouncilPaperPart): readonly FieldError[] {
    return this.errorsOf(`councilPapers.${index}.${part}`);
  }

  protected focusField(event: Event, field: FormField): void {
    event.preventDefault();
    const target = this.host.nativeElement.querySelector<HTMLElement>(`#${this.controlId(field)}`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  /** The id of the element that takes focus for a field (multi-selects: their first checkbox). */
  protected controlId(field: FormField): string {
    const paper = councilPaperFieldOf(field);
    if (paper !== null) return this.paperControlId(paper.index, paper.part);
    if (field === 'councilPapers') return 'councilPapers-add';
    if (field === 'guidelineIds') return 'guidelineIds-first';
    if (field === 'partnerActorIds') return 'partnerActorIds-first';
    if (field === 'indicatorIds') return 'indicatorIds-first';
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
    // The API would refuse an affiliated editor's change of responsibility with a 403: say why at the field.
    if (this.showResponsibilityProblem(draft)) return;
    if (this.editing() && this.store.measure() === null) return;
    const result = await this.store.save(draft);
    switch (result.outcome) {
      case 'saved':
        this.navigating.set(true);
        try {
          await this.router.navigate(['/measures', result.measure.id], { state: { saved: result.savedKey } });
        } finally {
          this.navigating.set(false);
        }
        return;
      case 'unchanged':
        this.noChanges.set(true);
        this.announcement.set('measureForm.noChanges');
        return;
      case 'rebased':
        this.setForm(formValueOf(result.draft));
        afterNextRender({ write: () => this.conflictPanel()?.nativeElement.focus() }, { injector: this.injector });
        return;
      case 'failed':
        this.showFailure(result.failure, result.problems);
    }
  }

  /** After a conflict: the form shows the saved state again; the user's changes are gone. */
  protected discardMine(): void {
    const measure = this.store.measure();
    if (measure === null) return;
    this.fill(measure);
    this.store.clearConflict();
    this.errors.set({});
    this.announcement.set('conflict.discarded');
    afterNextRender(
      { write: () => this.host.nativeElement.querySelector<HTMLElement>('#measure-title')?.focus() },
      { injector: this.injector },
    );
  }

  /**
   * Names the rule of responsibility the choice of lead and partners breaks, at the lead actor's field, and
   * returns whether it did. Also explains a 403 that the rule (checked again on the server) caused.
   */
  private showResponsibilityProblem(draft: { leadActorId: string | null; partnerActorIds: string[] }): boolean {
    const problem = responsibilityProblem(this.auth.user(), this.store.measure(), draft);
    if (!problem) return false;
    this.errors.set({ leadActorId: [{ key: `measureForm.errors.responsibility.${problem}` }] });
    this.focusSummary();
    return true;
  }

  private showFailure(failure: WriteFailure, problems: readonly Problem[]): void {
    if (failure === 'forbidden') {
      const draft = draftOfForm(this.form.getRawValue() as MeasureFormValue);
      if (this.showResponsibilityProblem(draft)) return;
    }
    this.failure.set(failure);
    if (failure === 'invalid') {
      const { fields, other } = apiErrorsByField(problems);
      this.errors.set(fields);
      this.otherMessages.set(other);
    }
    this.focusSummary();
  }

  private startCreating(): void {
    this.store.startCreating();
    this.setForm(formValueOf(emptyDraft()));
  }

  private load(id: string): void {
    this.store.load(id, (measure) => this.fill(measure));
  }

  private fill(measure: Measure): void {
    this.setForm(formValueOf(draftOf(measure)));
  }

  private setForm(value: MeasureFormValue): void {
    this.papers.clear({ emitEvent: false });
    for (const paper of value.councilPapers) this.papers.push(this.paperGroup(paper), { emitEvent: false });
    this.form.setValue(value);
    this.selectedGuidelines.set(value.guidelineIds);
    this.selectedPartners.set(value.partnerActorIds);
    this.selectedIndicators.set(value.indicatorIds);
  }

  private paperGroup(paper: CouncilPaperFormValue): CouncilPaperGroup {
    return this.formBuilder.group({
      reference: [paper.reference],
      title: [paper.title],
      date: [paper.date],
      url: [paper.url],
    });
  }

  private focusSummary(): void {
    afterNextRender({ write: () => this.errorSummary()?.nativeElement.focus() }, { injector: this.injector });
  }
}

/** Sorts a council paper's errors by entry, then by the order of its inputs. */
function paperOrder(field: FormField): number {
  const paper = councilPaperFieldOf(field);
  return paper === null ? 0 : paper.index * COUNCIL_PAPER_PARTS.length + COUNCIL_PAPER_PARTS.indexOf(paper.part);
}
