import { Injectable, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/**
 * Route titles are translation keys. The document title names the page and the product, and follows
 * language switches, so that screen readers and browser tabs always announce the current page.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly pageTitleKey = signal<string | undefined>(undefined);
  /** Emits once the active language's translations are loaded, and again after each switch. */
  private readonly translation = toSignal(this.transloco.selectTranslation());

  constructor() {
    super();
    effect(() => {
      if (!this.translation()) {
        return;
      }
      const key = this.pageTitleKey();
      const product = this.transloco.translate('app.name');
      this.title.setTitle(key ? `${this.transloco.translate(key)} – ${product}` : product);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageTitleKey.set(this.buildTitle(snapshot));
  }
}
