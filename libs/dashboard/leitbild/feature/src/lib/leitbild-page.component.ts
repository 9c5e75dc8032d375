import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Guideline, LeitbildSection } from '@leitbild-monitor/shared/contracts';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import { DashboardSummaryService } from '@leitbild-monitor/dashboard/overview/data-access';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';

interface GuidelineView extends Guideline {
  /** Planned or in-progress measures serving the guideline; null while the summary is not available. */
  readonly activeMeasures: number | null;
}

interface SectionView extends Omit<LeitbildSection, 'guidelines'> {
  readonly guidelines: readonly GuidelineView[];
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

@Component({
  selector: 'lbm-leitbild-page',
  imports: [DecimalPipe, TranslocoPipe, RemoteDataStatusComponent],
  templateUrl: './leitbild-page.component.html',
  styleUrl: './leitbild-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeitbildPageComponent implements OnInit {
  private readonly catalog = inject(CatalogService);
  private readonly summaries = inject(DashboardSummaryService);

  protected readonly locale = inject(LanguageService).language;
  protected readonly leitbild = this.catalog.leitbild;
  protected readonly coverageFailed = computed(() => this.summaries.summary().status === 'failed');

  private readonly activeMeasuresByGuideline = computed(() => {
    const summary = this.summaries.summary();
    return summary.status === 'loaded'
      ? new Map(summary.value.guidelines.map((coverage) => [coverage.guidelineId, coverage.activeMeasures]))
      : undefined;
  });

  protected readonly sections = computed<readonly SectionView[]>(() => {
    const leitbild = this.leitbild();
    if (leitbild.status !== 'loaded') {
      return [];
    }
    const coverage = this.activeMeasuresByGuideline();
    return [...leitbild.value].sort(byPosition).map((section) => ({
      ...section,
      guidelines: [...section.guidelines].sort(byPosition).map((guideline) => ({
        ...guideline,
        // The summary lists every guideline; one it leaves out has no active measure either.
        activeMeasures: coverage ? (coverage.get(guideline.id) ?? 0) : null,
      })),
    }));
  });

  ngOnInit(): void {
    this.catalog.loadLeitbild();
    this.summaries.refresh();
  }

  protected reload(): void {
    this.catalog.loadLeitbild();
  }
}
