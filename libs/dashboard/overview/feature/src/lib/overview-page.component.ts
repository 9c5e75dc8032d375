import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { IndicatorSummaryService } from '@leitbild-monitor/dashboard/indicators/data-access';
import { IndicatorTilesComponent } from '@leitbild-monitor/dashboard/indicators/ui';
import { MeetingsApiService } from '@leitbild-monitor/dashboard/meetings/data-access';
import { DashboardSummaryService } from '@leitbild-monitor/dashboard/overview/data-access';
import { SummaryFiguresComponent } from '@leitbild-monitor/dashboard/overview/ui';
// On its own line: a dependency used only inside @defer is loaded with it only if nothing else in its import is eager.
import { SummaryChartsComponent } from '@leitbild-monitor/dashboard/overview/ui';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { RenderTurns } from '@leitbild-monitor/dashboard/shared/util-render-turns';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { isoToday } from '@leitbild-monitor/shared/domain';
import type { SummaryQuery } from '@leitbild-monitor/shared/contracts';
import { catchError, of } from 'rxjs';
import {
  FilterErrors,
  PERIOD_PRESETS,
  PeriodPreset,
  parseFilter,
  presetOf,
  presetPeriod,
  validatePeriod,
} from './overview-filter';

/**
 * The overview for everyone signed in: key figures, charts and recent changes, filtered by field of action and
 * period. The filter lives in the URL (`?fieldOfAction=…&from=…&to=…`), so a filtered view can be shared as a link.
 */
@Component({
  selector: 'lbm-overview-page',
  imports: [
    TranslocoPipe,
    RemoteDataStatusComponent,
    SummaryFiguresComponent,
    SummaryChartsComponent,
    IndicatorTilesComponent,
    RouterLink,
  ],
  templateUrl: './overview-page.component.html',
  styleUrl: './overview-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'keyboardUsed.set(true)', '(window:beforeprint)': 'drawForPrint()' },
})
export class OverviewPageComponent {
  private readonly summaries = inject(DashboardSummaryService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} });

  private readonly indicators = inject(IndicatorSummaryService);

  protected readonly summary = this.summaries.filteredSummary;
  /** The next meeting and the days until it as the server counts them (its date, not the browser's); null until known. */
  protected readonly nextMeeting = toSignal(
    inject(MeetingsApiService)
      .next()
      .pipe(catchError(() => of(null))),
    {
      initialValue: null,
    },
  );
  protected readonly fieldsOfAction = this.summaries.fieldsOfAction;
  protected readonly locale = inject(LanguageService).language;
  protected readonly presets = PERIOD_PRESETS;
  private readonly today = isoToday();

  protected readonly filter = computed(() => parseFilter(this.params()));
  /** Where "since the beginning" starts: the first recorded change, as the last loaded summary says. */
  private readonly firstRecorded = computed(() => {
    const state = this.summary();
    return state.status === 'loaded' ? state.value.timeline.firstRecorded : null;
  });
  /** The field of action of a link that names none of the fields (deleted, or a typo): shown, then left out. */
  protected readonly unknownField = computed(() => {
    const id = this.filter().query.fieldOfAction;
    const fields = this.fieldsOfAction();
    return id && fields.status === 'loaded' && !fields.value.some((field) => field.id === id) ? id : null;
  });
  /**
   * What is asked of the API: the link's filter without an unknown field. A link naming a field waits for the
   * fields, so an unknown one is named instead of a general failure being shown.
   */
  private readonly effectiveQuery = computed<SummaryQuery | null>(
    () => {
      const query = this.filter().query;
      if (query.fieldOfAction && this.fieldsOfAction().status === 'loading') return null;
      if (!this.unknownField()) return query;
      const { fieldOfAction: _unknown, ...rest } = query;
      return rest;
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );

  /** The indicators' states per field of action, narrowed to the link's field of action when it names one. */
  protected readonly indicatorSummary = computed(() => {
    const state = this.indicators.summary();
    const field = this.effectiveQuery()?.fieldOfAction;
    if (state.status !== 'loaded' || !field) return state;
    const fieldsOfAction = state.value.fieldsOfAction.filter((item) => item.fieldOfActionId === field);
    return { status: 'loaded' as const, value: { ...state.value, fieldsOfAction } };
  });
  protected readonly hasIndicators = computed(() => {
    const state = this.indicatorSummary();
    return state.status === 'loaded' && state.value.fieldsOfAction.some((field) => field.total > 0);
  });

  // The form starts from the link and follows it when the link changes (back button, shared link).
  protected readonly fieldOfAction = linkedSignal(() => this.filter().query.fieldOfAction ?? '');
  protected readonly preset = linkedSignal<{ query: SummaryQuery; firstRecorded: string | null }, PeriodPreset>({
    source: () => ({ query: this.filter().query, firstRecorded: this.firstRecorded() }),
    computation: (source, previous) => {
      // The first recorded change arrives with the summary, which may be after the reader chose a period (the page
      // is usable before its data is there): while the link is the same, a choice of theirs is not taken back.
      const chosen =
        previous !== undefined &&
        previous.source.query === source.query &&
        previous.value !== presetOf(previous.source.query, this.today, previous.source.firstRecorded);
      return chosen ? previous.value : presetOf(source.query, this.today, source.firstRecorded);
    },
  });
  protected readonly from = linkedSignal(() => this.filter().query.from ?? '');
  protected readonly to = linkedSignal(() => this.filter().query.to ?? '');
  protected readonly errors = signal<FilterErrors>({});
  /** A key was pressed on this page: the deferred charts are drawn, so that Tab reaches them in order. */
  protected readonly keyboardUsed = signal(false);
  private readonly renderTurns = inject(RenderTurns);
  /** The headings of the deferred charts' sections, shown in their place until they are drawn. */
  protected readonly chartHeadings = [
    'summary.charts.status.heading',
    'summary.charts.progress.heading',
    'summary.charts.timeline.heading',
    'summary.charts.coverage.heading',
    'summary.charts.recent.heading',
  ];

  /**
   * Printing draws the deferred charts too: the browser lays the page out for paper right after this event, so they
   * are drawn at once (their code has been fetched when the page became idle), not at the next change detection, and
   * with every part that would otherwise wait for its turn (RenderTurns).
   */
  protected drawForPrint(): void {
    this.keyboardUsed.set(true);
    this.renderTurns.drawEverythingNow();
  }

  constructor() {
    this.summaries.loadFieldsOfAction();
    this.indicators.refresh();
    effect(() => {
      const query = this.effectiveQuery();
      if (!query) return;
      untracked(() => {
        this.errors.set({});
        this.summaries.load(query);
      });
    });
  }

  protected reload(): void {
    this.summaries.load(this.effectiveQuery() ?? this.filter().query);
  }

  protected reloadIndicators(): void {
    this.indicators.refresh();
  }

  protected choosePreset(value: string): void {
    const preset = value as PeriodPreset;
    this.preset.set(preset);
    if (preset !== 'custom') {
      const period = presetPeriod(preset, this.today, this.firstRecorded());
      this.from.set(period.from ?? '');
      this.to.set(period.to ?? '');
    }
    this.errors.set({});
  }

  protected apply(event: Event): void {
    event.preventDefault();
    const preset = this.preset();
    let period =
      preset === 'custom'
        ? { from: this.from(), to: this.to() }
        : presetPeriod(preset, this.today, this.firstRecorded());
    if (preset === 'custom') {
      const errors = validatePeriod(this.from(), this.to());
      this.errors.set(errors);
      if (errors.from || errors.to) {
        // Focus the first field in error: its message is linked to it and read out.
        const id = errors.from ? 'overview-filter-from' : 'overview-filter-to';
        queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus());
        return;
      }
      period = { from: this.from(), to: this.to() };
    }
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { fieldOfAction: this.fieldOfAction() || null, from: period.from ?? null, to: period.to ?? null },
    });
  }

  protected reset(): void {
    this.errors.set({});
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }
}
