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
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import {
  EMPTY_INDICATOR_DRAFT,
  IndicatorFormStore,
  indicatorDraftOf,
} from '@leitbild-monitor/dashboard/indicators/data-access';
import { formatIndicatorDate, formatIndicatorValue } from '@leitbild-monitor/dashboard/indicators/ui';
import {
  MeasureReferencesService,
  MeasuresApiService,
  WriteFailure,
} from '@leitbild-monitor/dashboard/measures/data-access';
import { FORM_FIELD, FieldMessage } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { LanguageService, ProblemText, problemsByField } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import {
  INDICATOR_DUE_INTERVALS,
  INDICATOR_LIMITS,
  INDICATOR_TIME_RESOLUTIONS,
  INDICATOR_TRENDS,
  Indicator,
  Problem,
} from '@leitbild-monitor/shared/contracts';
import {
  INDICATOR_FORM_FIELDS,
  IndicatorFormErrors,
  IndicatorFormField,
  IndicatorFormValue,
  draftOfForm,
  formFieldOf,
  formValueOf,
  validateIndicatorForm,
} from './indicator-form.model';

/** How many measures the chooser lists at once; the filter narrows the rest. */
export const MEASURE_CHOICES_SHOWN = 50;

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));
const DAYS = Array.from({ length: 31 }, (_, index) => String(index + 1).padStart(2, '0'));

/**
 * `/indicators/new` and `/indicators/:id/edit`: an indicator's fields, its guidelines, the measures it is linked to
 * (and whose progress it shows) and, when editing, its baseline. Only changed fields are sent; after a 412 the form
 * keeps the user's changes on the current version and says what someone else changed (as the measure form does).
 */
@Component({
  selector: 'lbm-indicator-form-page',
  imports: [RouterLink, TranslocoPipe, RemoteDataStatusComponent, FORM_FIELD],
  templateUrl: './indicator-form-page.component.html',
  styleUrl: './indicator-form-page.component.css',
  providers: [IndicatorFormStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorFormPageComponent implements OnInit {
  private readonly store = inject(IndicatorFormStore);
  private readonly references = inject(MeasureReferencesService);
  private readonly catalog = inject(CatalogService);
  private readonly measuresApi = inject(MeasuresApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly conflictPanel = viewChild<ElementRef<HTMLElement>>('conflictPanel');
  private readonly measureChoices = new RemoteResource(() => this.measuresApi.listAll({ sort: 'title' }));

  /** The route's `:id`; missing on `/indicators/new`. */
  readonly id = input<string>();

  protected readonly locale = inject(LanguageService).language;
  protected readonly limits = INDICATOR_LIMITS;
  protected readonly trends = INDICATOR_TRENDS;
  protected readonly resolutions = INDICATOR_TIME_RESOLUTIONS;
  protected readonly dueIntervals = INDICATOR_DUE_INTERVALS;
  protected readonly months = MONTHS;
  protected readonly days = DAYS;
  protected readonly fieldsOfAction = this.references.fieldsOfAction;
  protected readonly actors = this.references.actors;
  protected readonly leitbild = this.catalog.leitbild;
  protected readonly measures = this.measureChoices.state;
  protected readonly base = this.store.base;
  protected readonly conflict = this.store.conflict;
  protected readonly mayEdit = this.store.mayEdit;
  protected readonly editing = computed(() => this.id() !== undefined);

  protected readonly value = signal<IndicatorFormValue>(formValueOf(EMPTY_INDICATOR_DRAFT));
  protected readonly errors = signal<IndicatorFormErrors>({});
  protected readonly otherMessages = signal<readonly ProblemText[]>([]);
  protected readonly failure = signal<WriteFailure | null>(null);
  protected readonly announcement = signal<string | null>(null);
  protected readonly measureFilter = signal('');
  private readonly navigating = signal(false);
  protected readonly pending = computed(() => this.store.saving() || this.navigating());

  protected readonly hasErrors = computed(
    () =>
      Object.keys(this.errors()).length > 0 ||
      this.otherMessages().length > 0 ||
      (this.failure() !== null && this.failure() !== 'invalid'),
  );
  protected readonly errorList = computed(() =>
    INDICATOR_FORM_FIELDS.flatMap((field) => (this.errors()[field] ?? []).map((error) => ({ field, error }))),
  );

  /** The measures to choose from: linked ones first, then those matching the filter, at most MEASURE_CHOICES_SHOWN. */
  protected readonly measureList = computed(() => {
    const state = this.measures();
    if (state.status !== 'loaded') return null;
    const linked = new Set(this.value().measureIds);
    const filter = this.measureFilter().trim().toLocaleLowerCase('de');
    const matching = state.value.filter(
      (measure) => linked.has(measure.id) || filter === '' || measure.title.toLocaleLowerCase('de').includes(filter),
    );
    const ordered = [
      ...matching.filter((measure) => linked.has(measure.id)),
      ...matching.filter((measure) => !linked.has(measure.id)),
    ];
    return {
      shown: ordered.slice(0, Math.max(MEASURE_CHOICES_SHOWN, linked.size)),
      total: state.value.length,
    };
  });

  /** The values the baseline can be marked on (editing only). */
  protected readonly baselineChoices = computed(() => {
    const indicator = this.store.indicator();
    if (!indicator) return [];
    return indicator.values.map((entry) => ({
      date: entry.date,
      label: `${formatIndicatorDate(entry.date, this.locale())}: ${formatIndicatorValue(entry.value, indicator.unit, this.locale())}`,
    }));
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        if (id === undefined) {
          this.store.startCreating();
          const own = this.auth.user();
          // An editor working for an actor creates indicators that actor is responsible for.
          const responsible = own?.role === 'editor' ? own.actorId : null;
          this.value.set(formValueOf({ ...EMPTY_INDICATOR_DRAFT, responsibleActorId: responsible }));
        } else {
          this.store.load(id, (indicator) => this.fill(indicator));
        }
      });
    });
  }

  ngOnInit(): void {
    this.references.load();
    this.catalog.loadLeitbild();
    this.measureChoices.ensureLoaded();
  }

  protected retry(): void {
    this.references.load();
    this.catalog.loadLeitbild();
    this.measureChoices.ensureLoaded();
    this.store.retry((indicator) => this.fill(indicator));
  }

  protected errorsOf(field: IndicatorFormField): readonly FieldMessage[] {
    return this.errors()[field] ?? [];
  }

  protected set<K extends keyof IndicatorFormValue>(key: K, value: IndicatorFormValue[K]): void {
    this.value.update((current) => ({ ...current, [key]: value }));
  }

  protected text(key: keyof IndicatorFormValue, event: Event): void {
    this.set(key, (event.target as HTMLInputElement).value as never);
  }

  protected toggle(key: 'guidelineIds' | 'measureIds' | 'progressMeasureIds', id: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.value.update((current) => {
      const list = current[key].filter((item) => item !== id);
      const next = { ...current, [key]: checked ? [...list, id] : list };
      if (key === 'measureIds' && !checked)
        next.progressMeasureIds = next.progressMeasureIds.filter((item) => item !== id);
      return next;
    });
  }

  protected focusField(event: Event, field: IndicatorFormField): void {
    event.preventDefault();
    const target = this.host.nativeElement.querySelector<HTMLElement>(`#${this.controlId(field)}`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  /** The id of the element that takes the focus for a field (groups: their first control). */
  protected controlId(field: IndicatorFormField): string {
    switch (field) {
      case 'guidelineIds':
        return 'indicator-guidelines-first';
      case 'measureIds':
      case 'progressMeasureIds':
        return 'indicator-measure-filter';
      case 'desiredTrend':
        return 'indicator-trend-increase';
      case 'dueMonthDay':
        return 'indicator-dueDay';
      default:
        return `indicator-${field}`;
    }
  }

  protected async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.pending()) return;
    const value = this.value();
    const errors = validateIndicatorForm(value, this.auth.user());
    this.errors.set(errors);
    this.otherMessages.set([]);
    this.failure.set(null);
    this.announcement.set(null);
    if (Object.keys(errors).length > 0) return this.focusSummary();
    const result = await this.store.save(draftOfForm(value));
    switch (result.outcome) {
      case 'saved':
        this.navigating.set(true);
        try {
          await this.router.navigate(['/indicators', result.indicator.id], { state: { saved: result.savedKey } });
        } finally {
          this.navigating.set(false);
        }
        return;
      case 'unchanged':
        this.announcement.set('indicators.form.noChanges');
        return;
      case 'rebased':
        this.value.set(formValueOf(result.draft));
        afterNextRender({ write: () => this.conflictPanel()?.nativeElement.focus() }, { injector: this.injector });
        return;
      case 'failed':
        this.showFailure(result.failure, result.problems);
    }
  }

  private showFailure(failure: WriteFailure, problems: readonly Problem[]): void {
    this.failure.set(failure);
    if (failure === 'invalid' || failure === 'illegal-transition' || failure === 'forbidden') {
      const { fields, general } = problemsByField(problems, formFieldOf);
      const errors: IndicatorFormErrors = {};
      for (const [field, messages] of Object.entries(fields) as [IndicatorFormField, ProblemText[]][]) {
        errors[field] = messages;
      }
      this.errors.set(errors);
      this.otherMessages.set(failure === 'invalid' ? general : []);
    }
    this.focusSummary();
  }

  private fill(indicator: Indicator): void {
    this.value.set(formValueOf(indicatorDraftOf(indicator)));
  }

  private focusSummary(): void {
    afterNextRender({ write: () => this.errorSummary()?.nativeElement.focus() }, { injector: this.injector });
  }
}
