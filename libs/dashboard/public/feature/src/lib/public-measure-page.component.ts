import { DatePipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { IndicatorChartComponent, IndicatorStateComponent } from '@leitbild-monitor/dashboard/indicators/ui';
import { PublicSiteService } from '@leitbild-monitor/dashboard/public/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { PublicChangeComponent } from './public-change.component';

/**
 * The public page of one published measure: what it is, which bodies are responsible (never a person), status and
 * progress with the dated timeline of its public changes, its guidelines and its public indicators.
 */
@Component({
  selector: 'lbm-public-measure-page',
  imports: [
    PercentPipe,
    RouterLink,
    TranslocoPipe,
    RemoteDataStatusComponent,
    IndicatorChartComponent,
    IndicatorStateComponent,
    PublicChangeComponent,
  ],
  template: `
    <p>
      <a routerLink="/public">{{ 'publicSite.backToPublic' | transloco }}</a>
    </p>
    @let state = page();
    @switch (state.status) {
      @case ('loaded') {
        @let details = state.value;
        @let measure = details.measure;
        <article data-testid="public-measure">
          <h1 lang="de">{{ measure.title }}</h1>
          @if (measure.description) {
            <p class="lead" lang="de" data-testid="public-measure-description">{{ measure.description }}</p>
          }
          <dl class="facts">
            <dt>{{ 'public.measures.fieldOfAction' | transloco }}</dt>
            <dd lang="de">{{ measure.fieldOfActionName }}</dd>
            <dt>{{ 'public.measures.status' | transloco }}</dt>
            <dd data-testid="public-measure-status">{{ 'measureStatus.' + measure.status | transloco }}</dd>
            <dt>{{ 'public.measures.progress' | transloco }}</dt>
            <dd data-testid="public-measure-progress">
              @if (measure.progress === null) {
                {{ 'public.measures.unknown' | transloco }}
              } @else {
                {{ measure.progress / 100 | percent: '1.0-0' : locale() }}
              }
            </dd>
            <dt>{{ 'publicSite.measure.period' | transloco }}</dt>
            <dd>
              {{ 'publicSite.measure.planned' | transloco }}
              {{ date(measure.plannedStart) ?? ('public.measures.notSet' | transloco) }} –
              {{ date(measure.plannedEnd) ?? ('public.measures.notSet' | transloco) }}
            </dd>
            <dt>{{ 'public.measures.leadActor' | transloco }}</dt>
            @if (measure.leadActorName) {
              <dd lang="de" data-testid="public-measure-lead">{{ measure.leadActorName }}</dd>
            } @else {
              <dd>{{ 'public.measures.notSet' | transloco }}</dd>
            }
            <dt>{{ 'publicSite.measure.partners' | transloco }}</dt>
            @if (measure.partnerActorNames.length > 0) {
              <dd lang="de" data-testid="public-measure-partners">{{ measure.partnerActorNames.join(', ') }}</dd>
            } @else {
              <dd>{{ 'public.measures.notSet' | transloco }}</dd>
            }
          </dl>

          <section aria-labelledby="public-measure-timeline">
            <h2 id="public-measure-timeline">{{ 'publicSite.measure.timeline' | transloco }}</h2>
            @if (details.changes.length === 0) {
              <p>{{ 'publicSite.changes.empty' | transloco }}</p>
            } @else {
              <ol class="timeline" data-testid="public-measure-changes">
                @for (change of details.changes; track $index) {
                  <li><lbm-public-change [change]="change" [locale]="locale()" /></li>
                }
              </ol>
            }
          </section>

          <section aria-labelledby="public-measure-guidelines">
            <h2 id="public-measure-guidelines">{{ 'publicSite.measure.guidelines' | transloco }}</h2>
            @if (details.guidelines.length === 0) {
              <p>{{ 'publicSite.measure.noGuidelines' | transloco }}</p>
            } @else {
              <ul data-testid="public-measure-guidelines">
                @for (guideline of details.guidelines; track guideline.id) {
                  <li lang="de">
                    <strong>{{ guideline.code }}</strong> {{ guideline.text }}
                  </li>
                }
              </ul>
            }
          </section>

          <section aria-labelledby="public-measure-indicators">
            <h2 id="public-measure-indicators">{{ 'publicSite.measure.indicators' | transloco }}</h2>
            @if (details.indicators.length === 0) {
              <p>{{ 'publicSite.measure.noIndicators' | transloco }}</p>
            }
            @for (indicator of details.indicators; track indicator.id) {
              <article class="indicator" [attr.aria-labelledby]="'public-measure-indicator-' + indicator.id">
                <h3 [id]="'public-measure-indicator-' + indicator.id" lang="de">{{ indicator.name }}</h3>
                <p><lbm-indicator-state [state]="indicator.state" /></p>
                <lbm-indicator-chart [indicator]="indicator" [locale]="locale()" />
              </article>
            }
          </section>
        </article>
      }
      @case ('not-found') {
        <h1 data-testid="public-measure-not-found">{{ 'publicSite.measure.notFound.heading' | transloco }}</h1>
        <p>{{ 'publicSite.measure.notFound.text' | transloco }}</p>
      }
      @default {
        <h1>{{ 'publicSite.measure.title' | transloco }}</h1>
        <lbm-remote-data-status [state]="state" (retry)="reload()" />
      }
    }
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: var(--space-1) var(--space-4);
    }
    .facts dd {
      margin: 0;
    }
    .timeline {
      padding-left: var(--space-5);
    }
    .timeline li + li {
      margin-top: var(--space-2);
    }
    .indicator {
      margin-top: var(--space-4);
    }
    @media (max-width: 30rem) {
      .facts {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicMeasurePageComponent {
  private readonly site = inject(PublicSiteService);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly page = this.site.measure;
  protected readonly locale = inject(LanguageService).language;
  private readonly datePipe = new DatePipe('de');

  constructor() {
    effect(() => this.site.loadMeasure(this.id()));
  }

  protected reload(): void {
    this.site.loadMeasure(this.id());
  }

  protected date(value: string | null): string | null {
    return value === null ? null : this.datePipe.transform(value, 'mediumDate', undefined, this.locale());
  }
}
