import { DatePipe, PercentPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import { IndicatorPageStore } from '@leitbild-monitor/dashboard/indicators/data-access';
import {
  IndicatorChartComponent,
  IndicatorStateComponent,
  formatIndicatorDate,
  formatIndicatorValue,
} from '@leitbild-monitor/dashboard/indicators/ui';
import { MeasureReferencesService } from '@leitbild-monitor/dashboard/measures/data-access';
import { TimelineEntryComponent } from '@leitbild-monitor/dashboard/measures/ui';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { Guideline, Indicator, IndicatorHistoryEntry } from '@leitbild-monitor/shared/contracts';
import { IndicatorDeleteDialogComponent } from './indicator-delete-dialog.component';
import { IndicatorEntryDialogComponent, IndicatorEntryKind } from './indicator-entry-dialog.component';
import { IndicatorNames, changeLine, historyTitle } from './indicator-history';

/** One row of the table of values and goals: a date with its value (and note, who, when) and goal. */
export interface EntryRow {
  readonly date: string;
  readonly dateText: string;
  readonly value: string | null;
  readonly goal: string | null;
  readonly note: string | null;
  readonly entered: { readonly by: string; readonly at: string } | null;
  readonly baseline: boolean;
}

/** The rows of the table, by date: every date that has a value or a goal. */
export function entryRows(indicator: Indicator, locale: string): EntryRow[] {
  const dates = [...new Set([...indicator.values, ...indicator.goals].map((entry) => entry.date))].sort();
  return dates.map((date) => {
    const value = indicator.values.find((entry) => entry.date === date);
    const goal = indicator.goals.find((entry) => entry.date === date);
    return {
      date,
      dateText: formatIndicatorDate(date, locale),
      value: value ? formatIndicatorValue(value.value, indicator.unit, locale) : null,
      goal: goal ? formatIndicatorValue(goal.value, indicator.unit, locale) : null,
      note: value?.note ?? null,
      entered: value ? { by: value.enteredBy, at: value.enteredAt } : null,
      baseline: indicator.baseline?.date === date,
    };
  });
}

type Announcement = { key: string; date?: string };

/**
 * The indicator page (`/indicators/:id`): the chart of values, goals, goal line and baseline with the sentence that
 * says where the indicator stands, the table of values and goals with their notes, the facts, the linked measures
 * and the history of changes. Staff responsible for it edit it, enter and correct values and goals (dialogs as on
 * the measure page; a 412 reloads the indicator so the user sees what someone else saved).
 */
@Component({
  selector: 'lbm-indicator-page',
  imports: [
    DatePipe,
    PercentPipe,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    TimelineEntryComponent,
    IndicatorChartComponent,
    IndicatorStateComponent,
    IndicatorEntryDialogComponent,
    IndicatorDeleteDialogComponent,
  ],
  providers: [IndicatorPageStore],
  templateUrl: './indicator-page.component.html',
  styleUrl: './indicator-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorPageComponent implements OnInit {
  private readonly store = inject(IndicatorPageStore);
  private readonly references = inject(MeasureReferencesService);
  private readonly catalog = inject(CatalogService);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly translation = toSignal(this.transloco.selectTranslation(), { initialValue: null });

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly locale = inject(LanguageService).language;
  protected readonly indicator = this.store.indicator;
  protected readonly history = this.store.history;
  protected readonly mayEdit = this.store.mayEdit;
  protected readonly signedInAsEditor = computed(() => {
    const role = this.auth.user()?.role;
    return role === 'editor' || role === 'admin';
  });
  protected readonly announcement = signal<Announcement | null>(null);

  protected readonly names = computed<IndicatorNames>(() => {
    const fields = this.references.fieldsOfAction();
    const actors = this.references.actors();
    const leitbild = this.catalog.leitbild();
    const indicator = this.indicator();
    return {
      fieldsOfAction: new Map(fields.status === 'loaded' ? fields.value.map((field) => [field.id, field.name]) : []),
      actors: new Map(actors.status === 'loaded' ? actors.value.map((actor) => [actor.id, actor.name]) : []),
      guidelines: new Map(
        leitbild.status === 'loaded'
          ? leitbild.value.flatMap((section) => section.guidelines.map((guideline) => [guideline.id, guideline.code]))
          : [],
      ),
      measures: new Map(
        indicator.status === 'loaded'
          ? indicator.value.measures.map((measure) => [measure.measureId, measure.title] as const)
          : [],
      ),
    };
  });

  protected readonly rows = computed(() => {
    const indicator = this.indicator();
    return indicator.status === 'loaded' ? entryRows(indicator.value, this.locale()) : [];
  });

  protected readonly guidelines = computed<readonly Guideline[]>(() => {
    const indicator = this.indicator();
    const leitbild = this.catalog.leitbild();
    if (indicator.status !== 'loaded' || leitbild.status !== 'loaded') return [];
    const linked = new Set(indicator.value.guidelineIds);
    return leitbild.value
      .flatMap((section) => section.guidelines)
      .filter((guideline) => linked.has(guideline.id))
      .sort((a, b) => a.code.localeCompare(b.code, 'de', { numeric: true }));
  });

  protected readonly historyView = computed(() => {
    this.translation();
    const history = this.history();
    const indicator = this.indicator();
    if (history.status !== 'loaded' || indicator.status !== 'loaded') return null;
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    const locale = this.locale();
    return history.value.map((entry: IndicatorHistoryEntry) => ({
      entry,
      title: historyTitle(entry, t, locale),
      lines: entry.changes.map((change) => changeLine(change, indicator.value.unit, this.names(), t, locale)),
    }));
  });

  protected readonly dueText = computed(() => {
    this.translation();
    const indicator = this.indicator();
    if (indicator.status !== 'loaded' || indicator.value.dueEvery === null) return null;
    const { dueEvery, dueMonthDay } = indicator.value;
    if (dueEvery === 'year' && dueMonthDay) {
      const day = new Intl.DateTimeFormat(this.locale(), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2000, Number(dueMonthDay.slice(0, 2)) - 1, Number(dueMonthDay.slice(3, 5)))),
      );
      return this.transloco.translate('indicators.dueEvery.yearBy', { day });
    }
    return this.transloco.translate(`indicators.dueEvery.${dueEvery}`);
  });

  protected readonly baselineText = computed(() => {
    this.translation();
    const indicator = this.indicator();
    if (indicator.status !== 'loaded') return '';
    const { baseline, unit, baselineDate } = indicator.value;
    const which = baselineDate
      ? this.transloco.translate('indicators.detail.baselineMarked', {
          date: formatIndicatorDate(baselineDate, this.locale()),
        })
      : this.transloco.translate('indicators.detail.baselineDefault');
    return baseline ? `${formatIndicatorValue(baseline.value, unit, this.locale())} (${which})` : which;
  });

  constructor() {
    const saved = inject(Router).currentNavigation()?.extras.state?.['saved'];
    if (typeof saved === 'string' && saved.startsWith('indicators.saved.')) this.announcement.set({ key: saved });
    let shown: string | undefined;
    effect(() => {
      const id = this.id();
      untracked(() => {
        if (shown !== undefined && shown !== id) this.announcement.set(null);
        shown = id;
        this.store.load(id);
      });
    });
  }

  ngOnInit(): void {
    this.references.load();
    this.catalog.loadLeitbild();
  }

  protected retry(): void {
    this.store.retry();
    this.references.load();
    this.catalog.loadLeitbild();
  }

  protected nameOf(map: ReadonlyMap<string, string>, id: string | null): string | null {
    return id === null ? null : (map.get(id) ?? id);
  }

  protected savedEntry(kind: IndicatorEntryKind, date: string): void {
    this.announcement.set({
      key: kind === 'value' ? 'indicators.saved.value' : 'indicators.saved.goal',
      date: formatIndicatorDate(date, this.locale()),
    });
  }

  protected deletedEntry(event: { kind: IndicatorEntryKind; date: string }): void {
    this.announcement.set({
      key: event.kind === 'value' ? 'indicators.saved.valueDeleted' : 'indicators.saved.goalDeleted',
      date: formatIndicatorDate(event.date, this.locale()),
    });
  }
}
