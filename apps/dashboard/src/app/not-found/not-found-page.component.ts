import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <h1 data-testid="not-found">{{ 'notFound.title' | transloco }}</h1>
    <p class="lead">{{ 'notFound.text' | transloco }}</p>
    <p>
      <a routerLink="/overview">{{ 'notFound.back' | transloco }}</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPageComponent {}
