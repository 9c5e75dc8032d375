import { test } from '@playwright/test';

/** The administrator the web server was started with (see `webServer.env` in playwright.config.mts). */
export function adminCredentials(): { email: string; password: string } {
  const env = test.info().config.webServer?.env ?? {};
  const email = env['ADMIN_EMAIL'];
  const password = env['ADMIN_PASSWORD'];
  if (!email || !password) {
    throw new Error('ADMIN_EMAIL and ADMIN_PASSWORD must be set in webServer.env');
  }
  return { email, password };
}
