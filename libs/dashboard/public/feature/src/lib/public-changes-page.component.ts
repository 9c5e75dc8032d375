import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnDestroy, OnInit, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicSiteService } from '@leitbild-monitor/dashboard/public/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { PublicChangeComponent } from './public-change.component';

/**
 * The public changes of the published measures, newest first, each linked to the measure's page; the same as the
 * Atom feed, which the document head names while this page is shown, so feed readers find it.
 */
@Component({
  selector: 'lbm-public-changes-page',
  imports: [RouterLink, TranslocoPipe, RemoteDataStatusComponent, PublicChangeComponent],
  template: `
    <p>
      <a routerLink="/public">{{ 'publicSite.backToPublic' | transloco }}</a>
    </p>
    <h1>{{ 'publicSite.changes.title' | transloco }}</h1>
    <p class="lead">{{ 'publicSite.changes.lead' | transloco }}</p>
    <p>
      <a [href]="feedUrl + '?lang=' + locale()" type="application/atom+xml" data-testid="public-feed-link">{{
        'publicSite.changes.feed' | transloco
      }}</a>
    </p>
    @let state = changes();
    @if (state.status === 'loaded') {
      @if (state.value.items.length === 0) {
        <p data-testid="public-changes-empty">{{ 'publicSite.changes.empty' | transloco }}</p>
      } @else {
        <ol class="changes" data-testid="public-changes">
          @for (change of state.value.items; track $index) {
            <li data-testid="public-change">
              <a [routerLink]="['/public/measures', change.measureId]" lang="de">{{ change.measureTitle }}</a>
              <lbm-public-change [change]="change" [locale]="locale()" />
            </li>
          }
        </ol>
      }
    } @else {
      <lbm-remote-data-status [state]="state" (retry)="reload()" />
    }
  `,
  styles: `
    .changes {
      padding-left: var(--space-5);
    }
    .changes li + li {
      margin-top: var(--space-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicChangesPageComponent implements OnInit, OnDestroy {
  private readonly site = inject(PublicSiteService);
  private readonly document = inject(DOCUMENT);
  private alternate: HTMLLinkElement | undefined;

  protected readonly changes = this.site.changes;
  protected readonly feedUrl = this.site.feedUrl;
  protected readonly locale = inject(LanguageService).language;

  ngOnInit(): void {
    this.site.refreshChanges();
    const link = this.document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.href = this.feedUrl;
    link.title = 'Leitbild-Monitor';
    this.document.head.appendChild(link);
    this.alternate = link;
  }

  ngOnDestroy(): void {
    this.alternate?.remove();
  }

  protected reload(): void {
    this.site.refreshChanges();
  }
}
