/**
 * The servers of the browser tests, shared by playwright.config.ts (which starts them) and the specs (which sign in
 * with their accounts). Settings live here rather than in `webServer.env`: with several web servers, Playwright's
 * `config.webServer` is empty and the specs could not read them from there.
 *
 * Three API servers, each on its own freshly seeded SQLite database: one for the specs that only read (their figures
 * stay stable) and two for the specs that change data (measures, statuses, the catalogue, accounts), each taking
 * half of those one at a time. All run at the same time, so the changing specs' serial chains no longer wait for the
 * read-only half nor for each other. One OpenID provider serves them all for single sign-on.
 *
 * E2E_PORT moves them all when 3100 is taken by another checkout: read-only server on E2E_PORT, the OpenID provider
 * on E2E_PORT + 1, the servers of the changing specs on E2E_PORT + 2 and + 3, the embedding site on E2E_PORT + 99.
 */
const basePort = Number(process.env['E2E_PORT'] ?? 3100);

export interface E2eServer {
  /** Names the server's database folder under tmp/e2e and its signed-in session file. */
  name: string;
  port: number;
  baseURL: string;
}

function server(name: string, port: number): E2eServer {
  return { name, port, baseURL: `http://127.0.0.1:${port}` };
}

export const READ_SERVER = server('read', basePort);
/** Two servers for the specs that change data, each taking half of them one at a time. */
export const CHANGES_SERVERS = [server('changes-1', basePort + 2), server('changes-2', basePort + 3)];
export const E2E_SERVERS = [READ_SERVER, ...CHANGES_SERVERS];

/** The administrator every server is started with; global-setup signs in as them once per server. */
export const E2E_ADMIN = { email: 'admin@example.org', password: 'e2e-leitung-kennwort-123' };

export interface ProviderAccount {
  password: string;
  claims: { email: string; name: string; groups: string[] };
}

/** The OpenID provider of the single sign-on tests (apps/api/src/test/oidc-test-provider.mjs), one for all servers. */
export const E2E_OIDC = {
  port: basePort + 1,
  issuer: `http://127.0.0.1:${basePort + 1}`,
  clientId: 'leitbild-monitor-e2e',
  clientSecret: 'e2e-client-secret-of-the-provider',
  /** Accounts at that provider (login → password and claims); groups arrive by userinfo, as with oidc-provider. */
  accounts: {
    'sso.redaktion': {
      password: 'sso-redaktion-passwort',
      claims: { email: 'sso.redaktion@example.org', name: 'Sina Sozialraum', groups: ['lbm-redaktion'] },
    },
    'sso.ohne.rolle': {
      password: 'sso-ohne-rolle-passwort',
      claims: { email: 'sso.ohne.rolle@example.org', name: 'Otto Ohnerolle', groups: ['kantine'] },
    },
  } satisfies Record<string, ProviderAccount>,
};

/**
 * The other site that embeds the public charts in public-site.spec.ts: every server allows it from 127.0.0.1 only
 * (the same page from localhost is refused).
 */
export const E2E_EMBEDDING_PORT = basePort + 99;
export const E2E_EMBEDDING_ORIGIN = `http://127.0.0.1:${E2E_EMBEDDING_PORT}`;
