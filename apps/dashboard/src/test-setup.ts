import { installFarAwayIntersectionObserver } from '@leitbild-monitor/dashboard/shared/ui-charts/testing';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

installFarAwayIntersectionObserver();
