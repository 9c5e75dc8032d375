import { APIRequestContext, Page, expect, request, test } from '@playwright/test';
import type { User, UserRole } from '@leitbild-monitor/shared/contracts';

/** One account per role, created on first use through the admin API; the same for every spec of a run. */
export const ROLE_ACCOUNTS: Record<UserRole, { email: string; name: string; password: string }> = {
  admin: { email: 'admin@example.org', name: 'Systemverwaltung', password: 'e2e-leitung-kennwort-123' },
  editor: { email: 'redaktion@example.org', name: 'Erika Redaktion', password: 'e2e-editor-password-123' },
  reviewer: { email: 'integrationsrat@example.org', name: 'Rana Integrationsrat', password: 'e2e-reviewer-pw-123' },
  viewer: { email: 'bezirksversammlung@example.org', name: 'Paul Politik', password: 'e2e-viewer-password-123' },
};

/** A request context signed in as the administrator of the run (the storage state global-setup wrote). */
export async function adminApi(): Promise<APIRequestContext> {
  const { baseURL, storageState } = test.info().project.use;
  const api = await request.newContext({ baseURL, storageState });
  const state = await api.storageState();
  const xsrf = state.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  if (!xsrf) throw new Error('users: the admin storage state has no XSRF-TOKEN cookie');
  await api.dispose();
  return request.newContext({ baseURL, storageState, extraHTTPHeaders: { 'X-XSRF-TOKEN': xsrf } });
}

/** Makes sure the account of `role` exists (an editor without actor may change every measure) and returns it. */
export async function ensureAccount(role: UserRole): Promise<User> {
  const account = ROLE_ACCOUNTS[role];
  const api = await adminApi();
  try {
    const existing = await api.get('/api/v1/users', { params: { limit: 100 } });
    expect(existing.ok()).toBe(true);
    const found = ((await existing.json()).items as User[]).find((user) => user.email === account.email);
    if (found) return found;
    const created = await api.post('/api/v1/users', { data: { ...account, role } });
    // Two specs running in parallel may race to create the same account: the loser reads it back.
    if (created.status() === 409) return ensureAccount(role);
    expect(created.status(), await created.text()).toBe(201);
    return (await created.json()) as User;
  } finally {
    await api.dispose();
  }
}

/** Signs the page's browser context in as `role` (replacing any session it had) and returns the account. */
export async function signInAs(page: Page, role: UserRole): Promise<User> {
  const user = await ensureAccount(role);
  await page.context().clearCookies();
  const { email, password } = ROLE_ACCOUNTS[role];
  const response = await page.request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return user;
}
