import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../i18n/language.service';
import { RemoteDataStatusComponent } from '../remote-data/remote-data-status.component';
import { SummaryFiguresComponent } from '../summary-figures/summary-figures.component';
import { PublicDataService } from './public-data.service';

@Component({
  selector: 'app-public-page',
  imports: [DatePipe, DecimalPipe, PercentPipe, TranslocoPipe, RemoteDataStatusComponent, SummaryFiguresComponent],
  templateUrl: './public-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicPageComponent implements OnInit {
  private readonly data = inject(PublicDataService);

  protected readonly summary = this.data.summary;
  protected readonly measures = this.data.latestMeasures;
  protected readonly locale = inject(LanguageService).language;

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
