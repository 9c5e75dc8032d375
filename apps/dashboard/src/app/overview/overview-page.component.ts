import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DashboardSummaryService } from '../dashboard-summary/dashboard-summary.service';
import { LanguageService } from '../i18n/language.service';
import { RemoteDataStatusComponent } from '../remote-data/remote-data-status.component';
import { SummaryFiguresComponent } from '../summary-figures/summary-figures.component';

@Component({
  selector: 'app-overview-page',
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
