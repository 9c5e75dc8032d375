import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ViewEncapsulation,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ReportingDatesService } from '@leitbild-monitor/dashboard/reports/data-access';
import {
  listCutParams,
  ReportDevelopmentComponent,
  ReportIndicatorsComponent,
  ReportingChangesComponent,
} from '@leitbild-monitor/dashboard/reports/ui';
import { ChartComponent } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { MEASURE_STATUSES, REPORT_LIST_LIMITS, ReportingReport } from '@leitbild-monitor/shared/contracts';
import { EMPTY } from 'rxjs';
import { progressChart } from './report-chart';

/**
 * `/reports/:id`: the council report of one reporting date as a printable page — key figures, progress per field of
 * action (chart with its data table), the indicators per field of action (value, goal, state), the changes since
 * the previous reporting date, the overdue measures with their responsible actors and the measures per field of
 * action. Everything comes from the frozen snapshot, so the page shows the same figures as the PDF, and like the PDF
 * each list names at most its first 100 measures and says so when it has more. Printing hides
 * the site's navigation and the buttons, opens the chart's data table and starts each section on a new page (styles
 * in report-page.component.css, not encapsulated because they reach the app shell).
 */
@Component({
  selector: 'lbm-report-page',
  imports: [
    DatePipe,
    DecimalPipe,
    PercentPipe,
    RouterLink,
    TranslocoPipe,
    ChartComponent,
    RemoteDataStatusComponent,
    ReportingChangesComponent,
    ReportIndicatorsComponent,
    ReportDevelopmentComponent,
  ],
  templateUrl: './report-page.component.html',
  styleUrl: './report-page.component.css',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPageComponent {
  private readonly service = inject(ReportingDatesService);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  /** The reporting date's id, from the route. */
  readonly id = input.required<string>();

  protected readonly locale = inject(LanguageService).language;
  protected readonly statuses = MEASURE_STATUSES;
  private readonly resource = new RemoteResource<ReportingReport>(() => {
    const id = untracked(this.id);
    // As many entries per list as the PDF prints: a city's register would otherwise send tens of megabytes.
    return id ? this.service.report(id, REPORT_LIST_LIMITS.printed) : EMPTY;
  });
  protected readonly report = this.resource.state;
  protected readonly pdfUrl = computed(() => this.service.pdfUrl(this.id()));

  // Re-translates the chart's texts when the language (and so the translations) change.
  private readonly translations = toSignal(this.transloco.selectTranslation(), { initialValue: {} });
  protected readonly chart = computed(() => {
    const state = this.report();
    this.translations();
    const locale = this.locale();
    if (state.status !== 'loaded') return null;
    return progressChart(state.value, (key, params) => this.transloco.translate(key, params), locale);
  });

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.resource.reload());
    });
  }

  protected reload(): void {
    this.resource.reload();
  }

  protected cutParams(shown: number, total: number): { shown: string; total: string } {
    return listCutParams(shown, total, this.locale());
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
