import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { APP_BASE_HREF } from '@angular/common';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from './app.routes';
import { provideAuth } from '@leitbild-monitor/dashboard/auth/data-access';
import { sessionExpiryInterceptor, XSRF_COOKIE } from '@leitbild-monitor/dashboard/auth/data-access';
import { provideI18n } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { TranslatedTitleStrategy } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { API_BASE_URL, DEFAULT_API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      withFetch(),
      withInterceptors([sessionExpiryInterceptor]),
      // The API's double-submit CSRF check (these are Angular's defaults, named here because the API relies on them).
      // Angular sends the header only on same-origin writes with relative URLs, which all API calls are.
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: 'X-XSRF-TOKEN' }),
    ),
    provideRouter(appRoutes, withComponentInputBinding()),
    // Instead of <base href="/">, which the API's CSP (base-uri 'none') blocks; see index.html.
    { provide: APP_BASE_HREF, useValue: '/' },
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    // Every service builds its addresses on this; the API serves under /api/v1 next to the dashboard.
    { provide: API_BASE_URL, useValue: DEFAULT_API_BASE_URL },
    provideI18n(),
    provideAuth(),
  ],
};
