import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Guideline, LeitbildSection, MeasureListItem } from '@leitbild-monitor/shared/contracts';
import { isActiveStatus } from '@leitbild-monitor/shared/domain';
import { CatalogService } from '@leitbild-monitor/dashboard/catalog/data-access';
import { MeasuresApiService } from '@leitbild-monitor/dashboard/measures/data-access';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { RemoteResource } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';

interface GuidelineView extends Guideline {
  /** The measures serving the guideline, active ones first; null while the measures are not available. */
  readonly measures: readonly MeasureListItem[] | null;
  /** Planned or in-progress measures among them; null while the measures are not available. */
  readonly activeMeasures: number | null;
}

interface SectionView extends Omit<LeitbildSection, 'guidelines'> {
  readonly guidelines: readonly GuidelineView[];
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** Active measures first, then by title. */
function byActiveThenTitle(a: MeasureListItem, b: MeasureListItem): number {
  const active = Number(isActiveStatus(b.status)) - Number(isActiveStatus(a.status));
  return active !== 0 ? active : a.title.localeCompare(b.title, 'de');
}

@Component({
  selector: 'lbm-leitbild-page',
  imports: [DecimalPipe, RouterLink, TranslocoPipe, RemoteDataStatusComponent],
  templateUrl: './leitbild-page.component.html',
  styleUrl: './leitbild-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeitbildPageComponent implements OnInit {
  private readonly catalog = inject(CatalogService);
  private readonly api = inject(MeasuresApiService);
  /** Every measure, fetched in pages of 100: a handful of requests instead of one per guideline. */
  private readonly measuresResource = new RemoteResource(() => this.api.listAll());

  protected readonly locale = inject(LanguageService).language;
  protected readonly leitbild = this.catalog.leitbild;
  protected readonly measuresFailed = computed(() => this.measuresResource.state().status === 'failed');

  private readonly measuresByGuideline = computed(() => {
    const state = this.measuresResource.state();
    if (state.status !== 'loaded') {
      return undefined;
    }
    const byGuideline = new Map<string, MeasureListItem[]>();
    for (const measure of state.value) {
      for (const guidelineId of measure.guidelineIds) {
        byGuideline.set(guidelineId, [...(byGuideline.get(guidelineId) ?? []), measure]);
      }
    }
    return byGuideline;
  });

  protected readonly sections = computed<readonly SectionView[]>(() => {
    const leitbild = this.leitbild();
    if (leitbild.status !== 'loaded') {
      return [];
    }
    const byGuideline = this.measuresByGuideline();
    return [...leitbild.value].sort(byPosition).map((section) => ({
      ...section,
      guidelines: [...section.guidelines].sort(byPosition).map((guideline) => {
        const measures = byGuideline ? [...(byGuideline.get(guideline.id) ?? [])].sort(byActiveThenTitle) : null;
        return {
          ...guideline,
          measures,
          activeMeasures: measures ? measures.filter((measure) => isActiveStatus(measure.status)).length : null,
        };
      }),
    }));
  });

  ngOnInit(): void {
    this.catalog.loadLeitbild();
    this.measuresResource.reload();
  }

  protected reload(): void {
    this.catalog.loadLeitbild();
  }

  protected reloadMeasures(): void {
    this.measuresResource.reload();
  }
}
