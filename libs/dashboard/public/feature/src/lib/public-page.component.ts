import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, linkedSignal, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { SummaryChartsComponent, SummaryFiguresComponent } from '@leitbild-monitor/dashboard/overview/ui';
import { PublicDataService } from '@leitbild-monitor/dashboard/public/data-access';
import { ExportLinksComponent } from '@leitbild-monitor/dashboard/transfer/ui';
import { OPEN_DATA_FORMATS } from '@leitbild-monitor/shared/contracts';
import { PublicIndicatorsComponent } from './public-indicators.component';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { drawnInTurn } from '@leitbild-monitor/dashboard/shared/util-render-turns';

@Component({
  selector: 'lbm-public-page',
  imports: [
    DatePipe,
    DecimalPipe,
    PercentPipe,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    SummaryChartsComponent,
    SummaryFiguresComponent,
    ExportLinksComponent,
    PublicIndicatorsComponent,
  ],
  templateUrl: './public-page.component.html',
  styles: `
    .open-data {
      margin-block: var(--space-6);
    }

    .public-data {
      min-height: 100vh;
    }

    /*
     * Below the first screen: the browser styles and lays out the 25 rows when they come near the screen, not in the
     * first render. They stay in the accessibility tree, in find-in-page and in the tab order.
     */
    .public-measures {
      content-visibility: auto;
      contain-intrinsic-size: auto 100vh;
    }

    .public-indicators-placeholder {
      margin-top: var(--space-6);
      min-height: 100vh;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'keyboardUsed.set(true)' },
})
export class PublicPageComponent implements OnInit {
  private readonly data = inject(PublicDataService);

  protected readonly summary = this.data.summary;
  protected readonly measures = this.data.latestMeasures;
  private readonly summaryCharts = viewChild(SummaryChartsComponent);
  /** The summary failed (nothing drawn) or its charts are drawn, and then the measures' turn has come. */
  private readonly summaryDrawnInTurn = drawnInTurn(
    () => this.summary().status === 'failed' || this.summaryCharts()?.drawn() === true,
  );
  /**
   * The measures are drawn below the figures and charts once these have their final size (drawn, or the summary
   * failed), so what arrives above does not push them down; and they stay while a failed part is loaded again. They
   * come in a task of their own, after the charts' (see RenderTurns): one task for all of it took about 230 ms on a
   * phone. The public indicators below them come with them, so their deferred block does not see itself near the
   * screen while the charts are still missing.
   */
  protected readonly showMeasures = linkedSignal<boolean, boolean>({
    source: this.summaryDrawnInTurn,
    computation: (settled, previous) => settled || (previous?.value ?? false),
  });
  protected readonly locale = inject(LanguageService).language;
  /** A key was pressed on this page: the deferred parts below are drawn, so that Tab reaches them in order. */
  protected readonly keyboardUsed = signal(false);
  protected readonly openDataFormats = OPEN_DATA_FORMATS;
  protected readonly exportUrl = `${inject(API_BASE_URL)}/public/measures/export`;

  ngOnInit(): void {
    this.data.refreshSummary();
    this.data.refreshLatestMeasures();
  }

  protected reloadSummary(): void {
    this.data.refreshSummary();
  }

  protected reloadMeasures(): void {
    this.data.refreshLatestMeasures();
  }
}
