import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from './language-switch.component';

/** Only pages that exist are linked; sign-in, measures, reports and administration follow. */
const NAVIGATION = [
  { path: '/overview', label: 'nav.overview' },
  { path: '/leitbild', label: 'nav.leitbild' },
  { path: '/public', label: 'nav.public' },
] as const;

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent],
  templateUrl: './site-header.component.html',
  styleUrl: './site-header.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeaderComponent {
  protected readonly navigation = NAVIGATION;
}
