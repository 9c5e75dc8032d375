import { InjectionToken } from '@angular/core';

/**
 * Where the API answers, without a trailing slash: every service builds its addresses on it, so an installation
 * that serves the API elsewhere changes one provider (apps/dashboard's app.config.ts), not every service.
 * Relative by default: Angular sends the XSRF header only on same-origin writes with relative URLs.
 */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => DEFAULT_API_BASE_URL,
});

export const DEFAULT_API_BASE_URL = '/api/v1';
