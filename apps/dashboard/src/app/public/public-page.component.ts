import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'app-public-page',
  imports: [TranslocoPipe],
  template: `
    <h1>{{ 'public.title' | transloco }}</h1>
    <p class="lead" data-testid="public-purpose">{{ 'public.text' | transloco }}</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicPageComponent {}
