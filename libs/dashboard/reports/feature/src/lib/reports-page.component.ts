import { DatePipe, DecimalPipe, NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { CURRENT_STATE, ReportingDatesService } from '@leitbild-monitor/dashboard/reports/data-access';
import { ReportDevelopmentComponent, ReportingChangesComponent } from '@leitbild-monitor/dashboard/reports/ui';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { FORM_FIELD } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { LanguageService, apiProblems, problemsByField } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteData, RemoteResource, failureReason } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { REPORTING_DATE_LIMITS, ReportingChanges, ReportingDate } from '@leitbild-monitor/shared/contracts';
import { isoToday } from '@leitbild-monitor/shared/domain';
import { Subscription, map } from 'rxjs';
import { CompareErrors, FieldMessage, validateComparison, validateReportingDate } from './reports-forms';

const CREATE_FIELDS = ['name', 'date'] as const;
type CreateField = (typeof CREATE_FIELDS)[number];

/**
 * `/reports`: the reporting dates ("Stichtage") with their printable report and PDF, creating one (editors and
 * administrators), and the comparison of two of them — or of one with today — that tells the council what changed
 * since its last session. The comparison lives in the URL (`?since=<id>&to=<id|current>`), so it can be shared.
 */
@Component({
  selector: 'lbm-reports-page',
  imports: [
    DatePipe,
    DecimalPipe,
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    ReportingChangesComponent,
    ReportDevelopmentComponent,
    FORM_FIELD,
  ],
  templateUrl: './reports-page.component.html',
  styleUrl: './reports-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPageComponent {
  private readonly service = inject(ReportingDatesService);
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly locale = inject(LanguageService).language;
  protected readonly current = CURRENT_STATE;
  protected readonly nameLimit = REPORTING_DATE_LIMITS.name;
  protected readonly pdfUrl = (id: string): string => this.service.pdfUrl(id);
  protected readonly dates = this.service.reportingDates;
  protected readonly mayCreate = computed(() => {
    const role = this.auth.user()?.role;
    return role === 'admin' || role === 'editor';
  });

  // The development across all reporting dates; loaded again whenever the list is (a new date adds a point), and
  // not at all while there is no reporting date.
  private readonly developmentResource = new RemoteResource(() => this.service.development());
  protected readonly development = this.developmentResource.state;

  // Creating a reporting date.
  protected readonly name = signal('');
  protected readonly date = signal('');
  /** The latest date the date field offers: today, as the API counts it (the UTC day). */
  protected readonly today = signal(isoToday());
  protected readonly createErrors = signal<Partial<Record<CreateField, FieldMessage[]>>>({});
  protected readonly createGeneral = signal<FieldMessage[]>([]);
  protected readonly creating = signal(false);
  protected readonly status = signal('');

  // Comparing two states.
  private readonly query = toSignal(
    this.route.queryParamMap.pipe(map((params) => ({ since: params.get('since'), to: params.get('to') }))),
    { initialValue: { since: null, to: null } },
  );
  private readonly loadedDates = computed(() => {
    const state = this.dates();
    return state.status === 'loaded' ? state.value : null;
  });
  /** The form starts from the link, else from the latest reporting date compared with today. */
  protected readonly since = linkedSignal(() => this.query().since ?? this.loadedDates()?.[0]?.id ?? '');
  protected readonly to = linkedSignal(() => this.query().to ?? CURRENT_STATE);
  protected readonly compareErrors = signal<CompareErrors>({});
  protected readonly sinceErrors = computed(() => messagesOf(this.compareErrors().since));
  protected readonly toErrors = computed(() => messagesOf(this.compareErrors().to));
  protected readonly changes = signal<RemoteData<ReportingChanges> | null>(null);
  private changesRequest: Subscription | undefined;

  constructor() {
    this.service.load();
    effect(() => {
      const dates = this.dates();
      if (dates.status === 'loaded' && dates.value.length > 0) untracked(() => this.developmentResource.reload());
    });
    effect(() => {
      const { since, to } = this.query();
      untracked(() => this.loadChanges(since, to));
    });
  }

  protected retryList(): void {
    this.service.load();
  }

  protected retryDevelopment(): void {
    this.developmentResource.reload();
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    if (this.creating()) return;
    const request = { name: this.name().trim(), date: this.date() };
    this.today.set(isoToday());
    const errors = validateReportingDate(request, this.nameLimit, this.today());
    this.createErrors.set(errors);
    this.createGeneral.set([]);
    if (Object.keys(errors).length > 0) return this.focusCreateError();
    this.creating.set(true);
    this.status.set('');
    try {
      const created = await this.service.create(request);
      this.name.set('');
      this.date.set('');
      this.status.set(
        this.transloco.translate('reports.create.created', {
          name: created.name,
          count: new Intl.NumberFormat(this.locale()).format(created.measureCount),
        }),
      );
    } catch (error) {
      const { fields, general } = problemsByField<CreateField>(apiProblems(error), (field) =>
        CREATE_FIELDS.find((name) => name === field),
      );
      // A date after the API's today (its clock may have turned the day before the browser's): the form's words.
      const inFormWords = (message: FieldMessage): FieldMessage =>
        message.key === 'problems.date_in_future' ? { key: 'reports.errors.afterToday' } : message;
      const errors: Partial<Record<CreateField, FieldMessage[]>> = {};
      for (const field of CREATE_FIELDS) {
        if (fields[field]) errors[field] = fields[field].map(inFormWords);
      }
      this.createErrors.set(errors);
      this.createGeneral.set(general);
      this.focusCreateError();
    } finally {
      this.creating.set(false);
    }
  }

  protected compare(event: Event): void {
    event.preventDefault();
    const errors = validateComparison(this.since(), this.to(), this.loadedDates() ?? []);
    this.compareErrors.set(errors);
    if (errors.since || errors.to) {
      const id = errors.since ? 'compare-since' : 'compare-to';
      afterNextRender({ write: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
      return;
    }
    const same = this.query().since === this.since() && this.query().to === this.to();
    if (same) {
      this.loadChanges(this.since(), this.to());
    } else {
      void this.router.navigate([], { relativeTo: this.route, queryParams: { since: this.since(), to: this.to() } });
    }
  }

  protected retryChanges(): void {
    const { since, to } = this.query();
    this.loadChanges(since, to);
  }

  protected dateById(id: string): ReportingDate | undefined {
    return this.loadedDates()?.find((date) => date.id === id);
  }

  private loadChanges(since: string | null, to: string | null): void {
    this.changesRequest?.unsubscribe();
    if (!since || !to) {
      this.changes.set(null);
      return;
    }
    this.changes.set({ status: 'loading' });
    this.changesRequest = this.service.changes(since, to).subscribe({
      next: (value) => this.changes.set({ status: 'loaded', value }),
      error: (error: unknown) => this.changes.set({ status: 'failed', reason: failureReason(error) }),
    });
  }

  private focusCreateError(): void {
    afterNextRender(
      {
        write: () => {
          const field = CREATE_FIELDS.find((name) => (this.createErrors()[name]?.length ?? 0) > 0);
          this.document.getElementById(field ? `create-${field}` : 'create-error')?.focus();
        },
      },
      { injector: this.injector },
    );
  }
}

function messagesOf(key: string | undefined): readonly FieldMessage[] {
  return key === undefined ? [] : [{ key }];
}
