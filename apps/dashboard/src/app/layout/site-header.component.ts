import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { UserRole } from '@leitbild-monitor/shared/contracts';
import { LanguageSwitchComponent } from './language-switch.component';

interface NavigationItem {
  readonly path: string;
  readonly label: string;
  readonly signedInOnly: boolean;
  /** Shown only to these roles; without, to every reader allowed by `signedInOnly`. */
  readonly roles?: readonly UserRole[];
}

/** Only pages that exist and that the reader may open are linked. */
const NAVIGATION: readonly NavigationItem[] = [
  { path: '/overview', label: 'nav.overview', signedInOnly: true },
  { path: '/measures', label: 'nav.measures', signedInOnly: true },
  { path: '/leitbild', label: 'nav.leitbild', signedInOnly: true },
  { path: '/reports', label: 'nav.reports', signedInOnly: true },
  { path: '/admin', label: 'nav.admin', signedInOnly: true, roles: ['admin'] },
  { path: '/public', label: 'nav.public', signedInOnly: false },
];

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent],
  templateUrl: './site-header.component.html',
  styleUrl: './site-header.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeaderComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly user = this.auth.user;
  protected readonly navigation = computed(() =>
    NAVIGATION.filter((item) => {
      const role = this.auth.user()?.role;
      return (!item.signedInOnly || this.auth.signedIn()) && (!item.roles || (!!role && item.roles.includes(role)));
    }),
  );
  /** Signed out, the brand leads to the page everybody may see. */
  protected readonly home = computed(() => (this.auth.signedIn() ? '/overview' : '/public'));
  protected readonly signingOut = signal(false);
  protected readonly signOutFailed = signal(false);

  protected async signOut(): Promise<void> {
    if (this.signingOut()) {
      return;
    }
    this.signingOut.set(true);
    this.signOutFailed.set(false);
    try {
      await this.auth.signOut();
      await this.router.navigateByUrl('/login');
    } catch {
      this.signOutFailed.set(true);
    } finally {
      this.signingOut.set(false);
    }
  }
}
