import { FullConfig, request } from '@playwright/test';
import { E2E_ADMIN } from './e2e-servers';

/**
 * Signs in once per test server as the administrator it was started with and stores the session cookie where the
 * projects of that server point `use.storageState`, so that every test starts signed in. Tests of anonymous pages
 * clear the storage state themselves (see `anonymous` in ./session.ts).
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const sessions = new Map<string, string>();
  for (const project of config.projects) {
    const { baseURL, storageState } = project.use;
    if (!baseURL || typeof storageState !== 'string') {
      throw new Error(`global-setup: project ${project.name} needs a baseURL and a storageState path`);
    }
    sessions.set(storageState, baseURL);
  }

  for (const [storageState, baseURL] of sessions) {
    const api = await request.newContext({ baseURL });
    try {
      const response = await api.post('/api/v1/auth/login', { data: E2E_ADMIN });
      if (!response.ok()) {
        throw new Error(
          `global-setup: sign-in as ${E2E_ADMIN.email} at ${baseURL} failed with ${response.status()}: ${await response.text()}`,
        );
      }
      await api.storageState({ path: storageState });
    } finally {
      await api.dispose();
    }
  }
}
