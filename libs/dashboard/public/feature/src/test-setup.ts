import { installFarAwayIntersectionObserver } from '@leitbild-monitor/dashboard/shared/ui-charts/testing';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// jsdom has no canvas: answer "no 2D context" quietly; the charts then show their summary and table only.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

installFarAwayIntersectionObserver();
