import { workspaceRoot } from '@nx/devkit';
import { nxE2EPreset } from '@nx/playwright/preset';
import { defineConfig } from '@playwright/test';
import {
  CHANGES_SERVERS,
  E2E_ADMIN,
  E2E_EMBEDDING_ORIGIN,
  E2E_OIDC,
  E2E_SERVERS,
  E2eServer,
  READ_SERVER,
} from './src/support/e2e-servers';

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

/**
 * Specs that write data other specs count or list, in two groups of about equal test time (the blob report's
 * durations per spec file; rebalance when one group grows); each group runs one spec at a time on a server of its
 * own, so no change races another.
 */
const CHANGING_SPECS = [
  [/admin\.spec\.ts/, /meetings\.spec\.ts/, /public-site\.spec\.ts/, /reports\.spec\.ts/, /staff-journey\.spec\.ts/],
  [
    /measure-edit\.spec\.ts/,
    /indicators\.spec\.ts/,
    /measure-page\.spec\.ts/,
    /import-export\.spec\.ts/,
    /council-review\.spec\.ts/,
    /sso\.spec\.ts/,
    /xss\.spec\.ts/,
  ],
];

/** Where global-setup stores the administrator's session for the specs of one server. */
const signedInState = (server: E2eServer) => `${workspaceRoot}/tmp/e2e/${server.name}/signed-in.json`;

/** The built API (which serves the built dashboard) on a fresh SQLite database with demo data; see start-server.mjs. */
function apiServer(server: E2eServer) {
  return {
    // Deletes the SQLite file first, so every run starts from freshly loaded demo data.
    command: 'node apps/dashboard-e2e/src/support/start-server.mjs',
    cwd: workspaceRoot,
    url: `${server.baseURL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      PORT: String(server.port),
      DATABASE_URL: `sqlite:${workspaceRoot}/tmp/e2e/${server.name}/leitbild-monitor-e2e.db`,
      DEMO_DATA: 'true',
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      // Single sign-on next to the password sign-ins the other specs use (PASSWORD_LOGIN stays `all`).
      PUBLIC_URL: server.baseURL,
      EMBED_ALLOWED_ORIGINS: E2E_EMBEDDING_ORIGIN,
      OIDC_ISSUER: E2E_OIDC.issuer,
      OIDC_CLIENT_ID: E2E_OIDC.clientId,
      OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
      OIDC_SCOPES: 'openid profile email groups',
      OIDC_ROLE_CLAIM: 'groups',
      OIDC_ROLE_MAP: JSON.stringify({ 'lbm-redaktion': 'editor' }),
    },
  };
}

/** The real OpenID provider of the tests (oidc-provider, apps/api/src/test/oidc-test-provider.mjs), one for all servers. */
const oidcProvider = {
  command: 'node apps/api/src/test/oidc-test-provider.mjs',
  cwd: workspaceRoot,
  url: `${E2E_OIDC.issuer}/.well-known/openid-configuration`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: {
    OIDC_TEST_PORT: String(E2E_OIDC.port),
    OIDC_TEST_CLIENTS: JSON.stringify([
      {
        client_id: E2E_OIDC.clientId,
        client_secret: E2E_OIDC.clientSecret,
        redirect_uris: E2E_SERVERS.map((server) => `${server.baseURL}/api/v1/auth/oidc/callback`),
        post_logout_redirect_uris: E2E_SERVERS.map((server) => `${server.baseURL}/login`),
      },
    ]),
    OIDC_TEST_ACCOUNTS: JSON.stringify(E2E_OIDC.accounts),
  },
};

/**
 * Drives the built product (the API serving the production dashboard) in the system Chromium.
 * Browsers are never downloaded: `playwright install` is not part of this setup.
 */
export default defineConfig({
  ...nxE2EPreset(__dirname, { testDir: './src' }),
  // Signs in once per server as the administrator and hands the session to its specs via storageState.
  globalSetup: './src/support/global-setup.ts',
  use: { trace: 'on-first-retry' },
  // Playwright starts them one after the other and stops them at the end.
  webServer: [oidcProvider, ...E2E_SERVERS.map(apiServer)],
  // Each group of specs that change shared data runs one at a time against its own server, from the start; the specs
  // that only read take the browsers left over, against a server of their own, so their figures stay stable. The
  // phase is bound by the CPU (mostly Chromium's): three browsers at a time took 255 s on 2 cores against 262 s with
  // two, and a fourth made no run shorter.
  workers: 3,
  projects: [
    ...CHANGES_SERVERS.map((server, group) => ({
      name: `chromium-${server.name}`,
      use: { ...chromium, baseURL: server.baseURL, storageState: signedInState(server) },
      testMatch: CHANGING_SPECS[group],
      workers: 1,
    })),
    {
      name: 'chromium',
      use: { ...chromium, baseURL: READ_SERVER.baseURL, storageState: signedInState(READ_SERVER) },
      testIgnore: CHANGING_SPECS.flat(),
    },
  ],
});
