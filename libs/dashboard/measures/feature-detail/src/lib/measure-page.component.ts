import { DatePipe } from '@angular/common';
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
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import { MeasurePageStore, MeasureReferencesService } from '@leitbild-monitor/dashboard/measures/data-access';
import {
  MeasureValueComponent,
  TimelineEntryComponent,
  ValueChangeComponent,
  fieldLabelKey,
} from '@leitbild-monitor/dashboard/measures/ui';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { Guideline, HistoryEntry, MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { isAfter, parseSince, splitHistory, statusChangeOf } from './measure-history';
import { MeasureIndicatorsComponent } from './measure-indicators.component';
import { measureNames } from './measure-names';
import { ProgressDialogComponent } from './progress-dialog.component';
import { ReviewCommentsComponent } from './review-comments.component';
import { StatusDialogComponent } from './status-dialog.component';

/** The measure page (`/measures/:id`): everything about one measure, its history and the council's comments. */
@Component({
  selector: 'lbm-measure-page',
  imports: [
    DatePipe,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    MeasureValueComponent,
    TimelineEntryComponent,
    ValueChangeComponent,
    StatusDialogComponent,
    ProgressDialogComponent,
    ReviewCommentsComponent,
    MeasureIndicatorsComponent,
  ],
  providers: [MeasurePageStore],
  templateUrl: './measure-page.component.html',
  styleUrl: './measure-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasurePageComponent implements OnInit {
  private readonly store = inject(MeasurePageStore);
  private readonly references = inject(MeasureReferencesService);
  private readonly catalog = inject(CatalogService);
  private readonly auth = inject(AuthService);

  /** The route's `:id`. */
  readonly id = input.required<string>();
  /** `?since=<ISO date>`: highlight what changed after that moment (links from the council's register filter). */
  readonly since = input<string>();

  protected readonly locale = inject(LanguageService).language;
  protected readonly measure = this.store.measure;
  protected readonly history = this.store.history;
  protected readonly mayEdit = this.store.mayEdit;
  protected readonly signedInAsEditor = computed(() => {
    const role = this.auth.user()?.role;
    return role === 'editor' || role === 'admin';
  });
  protected readonly names = measureNames(
    this.references.fieldsOfAction,
    this.references.actors,
    this.catalog.leitbild,
  );
  protected readonly statuses = this.references.statuses;
  protected readonly fieldLabelKey = fieldLabelKey;
  /** The polite message after a change was saved. */
  protected readonly announcement = signal<{ key: string; status?: MeasureStatus } | null>(null);

  protected readonly sinceDate = computed(() => parseSince(this.since()));
  protected readonly historyView = computed(() => {
    const history = this.history();
    return history.status === 'loaded' ? splitHistory(history.value) : null;
  });
  protected readonly changedSinceCount = computed(() => {
    const history = this.history();
    const since = this.sinceDate();
    return history.status === 'loaded' && since ? history.value.filter((entry) => isAfter(entry, since)).length : null;
  });

  protected readonly guidelines = computed<readonly Guideline[]>(() => {
    const measure = this.measure();
    const leitbild = this.catalog.leitbild();
    if (measure.status !== 'loaded' || leitbild.status !== 'loaded') {
      return [];
    }
    const linked = new Set(measure.value.guidelineIds);
    return leitbild.value
      .flatMap((section) => section.guidelines)
      .filter((guideline) => linked.has(guideline.id))
      .sort((a, b) => a.code.localeCompare(b.code, 'de', { numeric: true }));
  });

  constructor() {
    // The same component stays when the route changes from one measure to another.
    // The edit form navigates here after saving and says so in the navigation's state.
    const saved = inject(Router).currentNavigation()?.extras.state?.['saved'];
    if (typeof saved === 'string' && saved.startsWith('measure.saved.')) {
      this.announcement.set({ key: saved });
    }
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

  protected isNew(entry: HistoryEntry): boolean {
    return isAfter(entry, this.sinceDate());
  }

  protected statusOf(entry: HistoryEntry) {
    return statusChangeOf(entry);
  }

  /** Changes of a status entry besides the status itself (e.g. the actual start recorded automatically). */
  protected sideChanges(entry: HistoryEntry) {
    return entry.changes.filter((change) => change.field !== 'status');
  }

  protected saved(key: string, status?: MeasureStatus): void {
    this.announcement.set({ key, status });
  }
}
