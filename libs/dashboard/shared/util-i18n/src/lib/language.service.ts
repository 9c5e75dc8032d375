import { DOCUMENT, Injectable, computed, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** UI languages. Each code is also the Angular locale id used to format numbers and dates. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

const STORAGE_KEY = 'leitbild-monitor.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** Owns the UI language: translations, `<html lang>` and the choice remembered for the next visit. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  readonly language = computed<Language>(() => {
    const active = this.transloco.activeLang();
    return isLanguage(active) ? active : DEFAULT_LANGUAGE;
  });

  /** Applies the language chosen on an earlier visit, or German. */
  async restore(): Promise<void> {
    const remembered = this.readRemembered();
    if (remembered && remembered !== DEFAULT_LANGUAGE) {
      try {
        await this.apply(remembered);
        return;
      } catch {
        // The remembered language's translations are unreachable: German still gives a usable page.
      }
    }
    await this.apply(DEFAULT_LANGUAGE);
  }

  /** Switches at the user's request and remembers the choice. */
  async switchTo(language: Language): Promise<void> {
    await this.apply(language);
    this.remember(language);
  }

  private async apply(language: Language): Promise<void> {
    // Load before switching so that the page never shows untranslated keys.
    await firstValueFrom(this.transloco.load(language));
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
  }

  // Storage access throws where the browser blocks it (e.g. cookies disabled); the choice is then not kept.
  private readRemembered(): Language | undefined {
    try {
      const value = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLanguage(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private remember(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // See readRemembered.
    }
  }
}
