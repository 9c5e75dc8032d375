import { workspaceRoot } from '@nx/devkit';
import { nxE2EPreset } from '@nx/playwright/preset';
import { defineConfig } from '@playwright/test';

/** E2E_PORT moves the test server (and the OpenID provider on the next port) when 3100 is taken by another checkout. */
const port = Number(process.env['E2E_PORT'] ?? 3100);
const baseURL = process.env['E2E_BASE_URL'] ?? `http://127.0.0.1:${port}`;
/** The OpenID provider of the single sign-on tests, started by the web server's script (see start-server.mjs). */
const oidcProviderPort = port + 1;

/** Accounts at that provider (login → password and claims); groups arrive by userinfo, as with oidc-provider. */
const E2E_OIDC_ACCOUNTS = {
  'sso.redaktion': {
    password: 'sso-redaktion-passwort',
    claims: { email: 'sso.redaktion@example.org', name: 'Sina Sozialraum', groups: ['lbm-redaktion'] },
  },
  'sso.ohne.rolle': {
    password: 'sso-ohne-rolle-passwort',
    claims: { email: 'sso.ohne.rolle@example.org', name: 'Otto Ohnerolle', groups: ['kantine'] },
  },
};

const chromium = {
  browserName: 'chromium' as const,
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

/** Specs that write data other specs count or list. */
const CHANGING_SPECS = [
  /admin\.spec\.ts/,
  /council-review\.spec\.ts/,
  /measure-edit\.spec\.ts/,
  /measure-page\.spec\.ts/,
  /staff-journey\.spec\.ts/,
  /xss\.spec\.ts/,
  /import-export\.spec\.ts/,
  /reports\.spec\.ts/,
  /indicators\.spec\.ts/,
  /sso\.spec\.ts/,
  /public-site\.spec\.ts/,
  /meetings\.spec\.ts/,
];

/**
 * Drives the built product (the API serving the production dashboard) in the system Chromium.
 * Browsers are never downloaded: `playwright install` is not part of this setup.
 */
export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  // Signs in once as the administrator below and hands the session to every test via storageState.
  globalSetup: './src/support/global-setup.ts',
  use: {
    baseURL,
    storageState: `${workspaceRoot}/tmp/e2e/signed-in.json`,
    trace: 'on-first-retry',
  },
  webServer: {
    // Deletes the SQLite file first, so every run starts from freshly loaded demo data.
    command: 'node apps/dashboard-e2e/src/support/start-server.mjs',
    cwd: workspaceRoot,
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_URL: `sqlite:${workspaceRoot}/tmp/e2e/leitbild-monitor-e2e.db`,
      DEMO_DATA: 'true',
      ADMIN_EMAIL: 'admin@example.org',
      ADMIN_PASSWORD: 'e2e-leitung-kennwort-123',
      // Single sign-on next to the password sign-ins the other specs use (PASSWORD_LOGIN stays `all`).
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // The embedding site of public-site.spec.ts (127.0.0.1 only: the same page from localhost is refused).
      EMBED_ALLOWED_ORIGINS: 'http://127.0.0.1:3199',
      OIDC_ISSUER: `http://127.0.0.1:${oidcProviderPort}`,
      OIDC_CLIENT_ID: 'leitbild-monitor-e2e',
      OIDC_CLIENT_SECRET: 'e2e-client-secret-of-the-provider',
      OIDC_SCOPES: 'openid profile email groups',
      OIDC_ROLE_CLAIM: 'groups',
      OIDC_ROLE_MAP: JSON.stringify({ 'lbm-redaktion': 'editor' }),
      E2E_OIDC_ACCOUNTS: JSON.stringify(E2E_OIDC_ACCOUNTS),
    },
  },
  // One server and database for the whole run: specs that only read run first, in two browsers at a time; specs
  // that change shared data (measures, statuses, the catalogue, accounts) run after them, one at a time, so
  // read-only figures stay stable and no change races another. (The Nx preset's CI default is one worker for
  // everything, which left one of two cores idle during the read-only half.)
  workers: 2,
  projects: [
    { name: 'chromium', use: chromium, testIgnore: CHANGING_SPECS },
    { name: 'chromium-changes', use: chromium, testMatch: CHANGING_SPECS, dependencies: ['chromium'], workers: 1 },
  ],
});
