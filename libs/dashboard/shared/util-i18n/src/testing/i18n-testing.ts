import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { EnvironmentProviders, Injectable, makeEnvironmentProviders } from '@angular/core';
import {
  Translation,
  TranslocoLoader,
  TranslocoMissingHandler,
  provideTransloco,
  provideTranslocoMissingHandler,
} from '@jsverse/transloco';
import { Observable, of } from 'rxjs';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../lib/language.service';
import de from '../i18n/de.json';
import en from '../i18n/en.json';

const translations: Record<string, Translation> = { de, en };

@Injectable()
class BundledTranslationsLoader implements TranslocoLoader {
  getTranslation(language: string): Observable<Translation> {
    return of(translations[language]);
  }
}

/** A key missing from the translation files fails the test instead of rendering the key. */
@Injectable()
class FailOnMissingKey implements TranslocoMissingHandler {
  handle(key: string): never {
    throw new Error(`Missing translation key: ${key}`);
  }
}

/** The real translation files, served without HTTP, and the German locale data. */
export function provideI18nTesting(): EnvironmentProviders {
  registerLocaleData(localeDe);
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: true,
      },
      loader: BundledTranslationsLoader,
    }),
    provideTranslocoMissingHandler(FailOnMissingKey),
  ]);
}
