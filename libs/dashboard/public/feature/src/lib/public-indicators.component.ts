import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { IndicatorChartComponent, IndicatorStateComponent } from '@leitbild-monitor/dashboard/indicators/ui';
import { PublicIndicatorsService } from '@leitbild-monitor/dashboard/public/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { ExportLinksComponent } from '@leitbild-monitor/dashboard/transfer/ui';
import { OPEN_DATA_FORMATS } from '@leitbild-monitor/shared/contracts';

/**
 * The public indicators on the public page: each with its state, its chart of values, goals and goal line, the
 * sentence that says where it stands, and the data table; and their values and goals as open data.
 */
@Component({
  selector: 'lbm-public-indicators',
  imports: [
    TranslocoPipe,
    RemoteDataStatusComponent,
    ExportLinksComponent,
    IndicatorChartComponent,
    IndicatorStateComponent,
  ],
  template: `
    <section class="public-indicators" aria-labelledby="public-indicators-heading" data-testid="public-indicators">
      <h2 id="public-indicators-heading">{{ 'indicators.public.heading' | transloco }}</h2>
      @let state = indicators();
      @if (state.status === 'loaded') {
        @if (state.value.indicators.length === 0) {
          <p data-testid="public-indicators-empty">{{ 'indicators.public.empty' | transloco }}</p>
        } @else {
          <p>{{ 'indicators.public.lead' | transloco }}</p>
          <lbm-export-links
            [baseUrl]="exportUrl"
            [formats]="openDataFormats"
            [context]="'indicators.export.context' | transloco"
            testId="public-indicator-export"
          />
          @for (indicator of state.value.indicators; track indicator.id) {
            <article
              class="public-indicator"
              [attr.aria-labelledby]="'public-indicator-' + indicator.id"
              data-testid="public-indicator"
            >
              <h3 [id]="'public-indicator-' + indicator.id" lang="de">{{ indicator.name }}</h3>
              <p class="public-indicator__meta">
                <lbm-indicator-state [state]="indicator.state" />&ngsp;
                <span lang="de">{{ indicator.fieldOfActionName }}</span>
              </p>
              @if (indicator.description) {
                <p lang="de">{{ indicator.description }}</p>
              }
              <lbm-indicator-chart [indicator]="indicator" [locale]="locale()" />
              <p class="public-indicator__source">
                @if (indicator.source) {
                  <span lang="de">{{ 'indicators.public.source' | transloco: { source: indicator.source } }}</span
                  >&ngsp;
                }
                @if (indicator.responsibleActorName) {
                  <span lang="de">{{
                    'indicators.public.responsible' | transloco: { name: indicator.responsibleActorName }
                  }}</span>
                }
              </p>
            </article>
          }
        }
      } @else {
        <lbm-remote-data-status [state]="state" (retry)="reload()" />
      }
    </section>
  `,
  styles: `
    .public-indicators {
      margin-top: var(--space-6);
    }
    .public-indicator {
      margin-top: var(--space-5);
      padding-top: var(--space-4);
      border-top: 1px solid var(--color-border);
    }
    .public-indicator h3 {
      margin-bottom: var(--space-2);
    }
    .public-indicator__meta,
    .public-indicator__source {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      align-items: baseline;
    }
    .public-indicator__source {
      margin-top: var(--space-2);
      color: var(--color-text-muted);
      font-size: 0.9375rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicIndicatorsComponent implements OnInit {
  private readonly service = inject(PublicIndicatorsService);

  readonly locale = input.required<string>();

  protected readonly indicators = this.service.indicators;
  protected readonly openDataFormats = OPEN_DATA_FORMATS;
  protected readonly exportUrl = `${inject(API_BASE_URL)}/public/indicators/export`;

  ngOnInit(): void {
    this.service.refresh();
  }

  protected reload(): void {
    this.service.refresh();
  }
}
