import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationCancel, NavigationEnd, NavigationError, Router, RouterOutlet } from '@angular/router';
import { filter, first, map } from 'rxjs';
import { TranslocoPipe } from '@jsverse/transloco';
import { LegalFooterComponent } from '@leitbild-monitor/dashboard/legal/feature';
import { SiteHeaderComponent } from './layout/site-header.component';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, TranslocoPipe, SiteHeaderComponent, LegalFooterComponent],
  templateUrl: './app.component.html',
  styleUrl: './app.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppComponent {
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
   * Following `#main` would change the URL (and, resolved against a base path, could leave the page),
   * so the skip link moves focus itself; the href keeps it a real link for assistive technology.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
