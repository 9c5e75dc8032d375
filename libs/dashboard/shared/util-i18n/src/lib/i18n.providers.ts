import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import {
  EnvironmentProviders,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGES, LanguageService } from './language.service';
import { TranslocoHttpLoader } from './transloco-http.loader';

/** Runtime translations (German first, English) and German locale data for number and date formats. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslocoHttpLoader,
    }),
    provideAppInitializer(() => {
      registerLocaleData(localeDe);
      return inject(LanguageService).restore();
    }),
  ]);
}
