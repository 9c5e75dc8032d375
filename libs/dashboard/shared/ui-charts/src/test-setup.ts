import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
// After the test environment, which loads Angular's compiler: @angular/common needs it.
import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// jsdom has no canvas: answer "no 2D context" quietly instead of logging "not implemented" for every chart.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// Chart values and dates are written with Angular's German locale data, which the app registers at start (provideI18n).
registerLocaleData(localeDe);
