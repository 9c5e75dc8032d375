import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** An account at the test provider: its password and the claims it releases (groups come by userinfo). */
export interface ProviderAccount {
  password: string;
  claims: Record<string, unknown>;
}

export interface ProviderClient {
  client_id: string;
  client_secret?: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  token_endpoint_auth_method?: string;
}

/** How the next token answer's ID token is forged (see oidc-test-provider.mjs). */
export type Forgery =
  | { mode: 'nonce' | 'issuer' | 'audience' | 'foreign-key' }
  | { mode: 'claims'; claims: Record<string, unknown> };

export interface TestProvider {
  issuer: string;
  setAccount(login: string, account: ProviderAccount): Promise<void>;
  forgeNextIdToken(forgery: Forgery): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the real OpenID provider (oidc-provider, ESM-only) in a child process on a free loopback port and
 * waits until it listens.
 */
export async function startTestProvider(options: {
  clients: ProviderClient[];
  accounts: Record<string, ProviderAccount>;
}): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-test-provider.mjs')], {
    env: {
      ...process.env,
      OIDC_TEST_CLIENTS: JSON.stringify(options.clients),
      OIDC_TEST_ACCOUNTS: JSON.stringify(options.accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors += String(chunk)));
  const issuer = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const ready = /OIDC-TEST-PROVIDER (\{.*\})/.exec(output);
      if (ready) resolve((JSON.parse(ready[1]) as { issuer: string }).issuer);
    });
    child.once('exit', (code) => reject(new Error(`the test provider ended (${code}) before it listened: ${errors}`)));
  });
  const control = async (path: string, body: unknown) => {
    const response = await fetch(`${issuer}/__test/${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 204) throw new Error(`test provider control ${path}: ${response.status}`);
  };
  return {
    issuer,
    setAccount: (login, account) => control(`accounts/${encodeURIComponent(login)}`, account),
    forgeNextIdToken: (forgery) => control('tamper', forgery),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The cookies of one browser at the provider. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  take(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1));
    }
  }
}

/**
 * Goes through the provider's pages as a browser would, by plain HTTP: from the authorization URL the product
 * redirected to, through the provider's own sign-in form (user name and password), following its redirects, until
 * it sends the browser back to the product. Returns that address (the product's callback with code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, password: string): Promise<URL> {
  const jar = new CookieJar();
  const origin = new URL(authorizationUrl).origin;
  const go = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.take(response);
    return response;
  };
  let url = new URL(authorizationUrl);
  for (let step = 0; step < 10; step++) {
    const response = await go(url);
    if (response.status === 200) {
      const page = await response.text();
      const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
      if (!action) throw new Error(`the provider showed no sign-in form at ${url.href}: ${page.slice(0, 500)}`);
      const submitted = await go(new URL(action.replace(/&amp;/g, '&'), origin), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: login, password }).toString(),
      });
      if (submitted.status === 200) throw new Error(`the provider refused ${login}'s password`);
      url = new URL(submitted.headers.get('location') as string, origin);
    } else if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') as string, origin);
    } else {
      throw new Error(`the provider answered ${response.status} at ${url.href}: ${await response.text()}`);
    }
    if (url.origin !== origin) return url;
  }
  throw new Error('the provider did not send the browser back');
}
