import { FullConfig, request } from '@playwright/test';

/**
 * Signs in once as the administrator the web server was started with and stores the session cookie
 * where `use.storageState` points, so that every test starts signed in. Tests of anonymous pages
 * clear the storage state themselves (see `anonymous` in ./session.ts).
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const { baseURL, storageState } = config.projects[0].use;
  const email = config.webServer?.env?.['ADMIN_EMAIL'];
  const password = config.webServer?.env?.['ADMIN_PASSWORD'];
  if (!baseURL || typeof storageState !== 'string' || !email || !password) {
    throw new Error('global-setup: baseURL, a storageState path and ADMIN_EMAIL/ADMIN_PASSWORD must be configured');
  }

  const api = await request.newContext({ baseURL });
  try {
    const response = await api.post('/api/v1/auth/login', { data: { email, password } });
    if (!response.ok()) {
      throw new Error(`global-setup: sign-in as ${email} failed with ${response.status()}: ${await response.text()}`);
    }
    await api.storageState({ path: storageState });
  } finally {
    await api.dispose();
  }
}
