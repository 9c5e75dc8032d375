import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  ActivatedRouteSnapshot,
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  Router,
  RouterOutlet,
} from '@angular/router';
import { filter, first, map } from 'rxjs';
import { TranslocoPipe } from '@jsverse/transloco';
import { LegalFooterComponent } from '@leitbild-monitor/dashboard/legal/feature-footer';
import { SiteHeaderComponent } from './layout/site-header.component';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, TranslocoPipe, SiteHeaderComponent, LegalFooterComponent],
  templateUrl: './app.component.html',
  styleUrl: './app.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppComponent {
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /**
   * The footer is drawn with the first page: drawn before it, at the bottom of the still empty screen, the page
   * arriving would push it away, a layout shift on every first visit.
   */
  protected readonly firstPageShown = toSignal(
    inject(Router).events.pipe(
      filter((e) => e instanceof NavigationEnd || e instanceof NavigationCancel || e instanceof NavigationError),
      first(),
      map(() => true),
    ),
    { initialValue: false },
  );

  /**
   * A page framed by another site (route data `embedded`, the public embed) is drawn without the site's header and
   * footer; known from the address before the first navigation ends, so they are never drawn and then removed.
   */
  protected readonly embedded = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => isEmbedded(this.router.routerState.snapshot.root)),
    ),
    { initialValue: inject(DOCUMENT).location.pathname.startsWith('/public/embed') },
  );

  /**
   * Following `#main` would change the URL (and, resolved against a base path, could leave the page),
   * so the skip link moves focus itself; the href keeps it a real link for assistive technology.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}

function isEmbedded(route: ActivatedRouteSnapshot): boolean {
  let deepest = route;
  while (deepest.firstChild) deepest = deepest.firstChild;
  return deepest.data['embedded'] === true;
}
