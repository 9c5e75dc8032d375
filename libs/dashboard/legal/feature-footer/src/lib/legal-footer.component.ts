import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LEGAL_PAGE_LINKS } from '@leitbild-monitor/dashboard/legal/data-access';

/** The links every page's footer carries, signed in or not: imprint, privacy, accessibility, Leichte Sprache, DGS. */
@Component({
  selector: 'lbm-legal-footer',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <nav [attr.aria-label]="'legal.footerLabel' | transloco" data-testid="legal-footer">
      <ul class="legal-footer">
        @for (link of links; track link.slug) {
          <li>
            <a [routerLink]="'/' + link.slug" [attr.data-testid]="'footer-link-' + link.slug">{{
              link.label | transloco
            }}</a>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .legal-footer {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LegalFooterComponent {
  protected readonly links = LEGAL_PAGE_LINKS;
}
