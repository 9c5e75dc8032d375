import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@leitbild-monitor/dashboard/auth/data-access';
import { NotificationsService } from '@leitbild-monitor/dashboard/notifications/data-access';
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
  { path: '/indicators', label: 'nav.indicators', signedInOnly: true },
  { path: '/meetings', label: 'nav.meetings', signedInOnly: true },
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
  host: { '(keydown.escape)': 'closeMenu()' },
})
export class SiteHeaderComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationsService);
  /** How many things the signed-in user has to do (the "Zu erledigen" page); null until known. */
  protected readonly taskCount = this.notifications.taskCount;
  private readonly menuButton = viewChild.required<ElementRef<HTMLButtonElement>>('menuButton');

  /**
   * On narrow screens (see the stylesheet) the navigation, the language switch and the account fold behind the
   * menu button, so the content starts right below the brand; on wider ones the button is hidden and this is moot.
   */
  protected readonly menuOpen = signal(false);

  /**
   * A page has been shown. The count waits for the first one: the to-do list is the heaviest answer of the start,
   * and asked for first it held up the page's code and data behind it on the server (and, on a phone, its first
   * paint), for a number in the header.
   */
  private readonly pageShown = signal(this.router.navigated);

  constructor() {
    // Back, forward and links outside the menu close it too.
    this.router.events.pipe(takeUntilDestroyed()).subscribe((event) => {
      if (event instanceof NavigationEnd) {
        this.menuOpen.set(false);
        this.pageShown.set(true);
        // The count follows what the user did on the page they leave (an update can settle a task).
        if (this.auth.signedIn()) this.notifications.loadTasks();
      }
    });
    // Only the sign-in is tracked: loading reads the list's own state, which must not make this run again.
    effect(() => {
      if (this.auth.signedIn() && this.pageShown()) untracked(() => this.notifications.loadTasks());
    });
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  /**
   * Escape, and following a link of the menu, close it; focus goes back to the button, since the element that had
   * it is hidden now. (On wide screens the button is hidden, and focusing it does nothing.)
   */
  protected closeMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuButton().nativeElement.focus();
  }

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
      // A single sign-on session goes on to the identity provider, which sends the browser back to the login page.
      if ((await this.auth.signOut()) === 'signed-out') {
        await this.router.navigateByUrl('/login');
      }
    } catch {
      this.signOutFailed.set(true);
    } finally {
      this.signingOut.set(false);
    }
  }
}
