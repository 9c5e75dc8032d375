import { ChangeDetectionStrategy, Component, OnInit, effect, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SummaryChartsComponent } from '@leitbild-monitor/dashboard/overview/ui';
import { PublicDataService } from '@leitbild-monitor/dashboard/public/data-access';
import { RemoteDataStatusComponent } from '@leitbild-monitor/dashboard/shared/ui-remote-data';
import { LanguageService, isLanguage } from '@leitbild-monitor/dashboard/shared/util-i18n';

/**
 * The summary charts of the published measures for other sites to embed in a frame (only those EMBED_ALLOWED_ORIGINS
 * names may): each chart with its text alternative and data table, no navigation of our own, and one link to the
 * full public site that opens outside the frame. The embedding site chooses the language with `?lang=de|en`.
 */
@Component({
  selector: 'lbm-public-embed-page',
  imports: [TranslocoPipe, RemoteDataStatusComponent, SummaryChartsComponent],
  template: `
    <h1>{{ 'publicSite.embed.title' | transloco }}</h1>
    <p>
      <a href="/public" target="_blank" rel="noopener" data-testid="public-embed-full-site">{{
        'publicSite.embed.fullSite' | transloco
      }}</a>
    </p>
    @let state = summary();
    @if (state.status === 'loaded') {
      <lbm-summary-charts [summary]="state.value" [locale]="locale()" />
    } @else {
      <lbm-remote-data-status [state]="state" (retry)="reload()" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicEmbedPageComponent implements OnInit {
  private readonly data = inject(PublicDataService);
  private readonly languages = inject(LanguageService);

  /** The query's `lang`: the embedding site's language (the frame shows no language switch). */
  readonly lang = input<string>();

  protected readonly summary = this.data.summary;
  protected readonly locale = this.languages.language;

  constructor() {
    effect(() => {
      const wanted = this.lang();
      if (isLanguage(wanted) && wanted !== this.languages.language()) void this.languages.switchTo(wanted);
    });
  }

  ngOnInit(): void {
    this.data.refreshSummary();
  }

  protected reload(): void {
    this.data.refreshSummary();
  }
}
