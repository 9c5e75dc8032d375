import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Shown, under the requested address, to a signed-in reader whose role may not open the page. */
@Component({
  selector: 'lbm-access-denied-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <h1 data-testid="access-denied">{{ 'admin.accessDenied.title' | transloco }}</h1>
    <p class="lead">{{ 'admin.accessDenied.text' | transloco }}</p>
    <p>
      <a routerLink="/overview">{{ 'admin.accessDenied.back' | transloco }}</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessDeniedPageComponent {}
