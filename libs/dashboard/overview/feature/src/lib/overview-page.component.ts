import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DashboardSummaryService } from '@leitbild-monitor/dashboard/overview/data-access';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { SummaryFiguresComponent } from '@leitbild-monitor/dashboard/overview/ui';

@Component({
  selector: 'lbm-overview-page',
  imports: [TranslocoPipe, RemoteDataStatusComponent, SummaryFiguresComponent],
  templateUrl: './overview-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPageComponent implements OnInit {
  private readonly summaries = inject(DashboardSummaryService);

  protected readonly summary = this.summaries.summary;
  protected readonly locale = inject(LanguageService).language;

  ngOnInit(): void {
    this.summaries.refresh();
  }

  protected reload(): void {
    this.summaries.refresh();
  }
}
