// Starts the built API (which also serves the built dashboard) on a fresh SQLite database.
// Playwright's webServer runs this with PORT, DATABASE_URL, DEMO_DATA and the admin account set.
// With OIDC_ISSUER set it first starts the real OpenID provider of the tests (oidc-provider, see
// apps/api/src/test/oidc-test-provider.mjs) on that address, with the product as its client and the accounts of
// E2E_OIDC_ACCOUNTS, so single sign-on works in the browser tests next to the password sign-ins.
import { spawn } from 'node:child_process';
import { SERVER_NODE_FLAGS } from '../../../api/server-node-flags.cjs';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const databaseUrl = process.env.DATABASE_URL ?? '';

if (!databaseUrl.startsWith('sqlite:')) {
  console.error(`start-server: expected DATABASE_URL=sqlite:<file>, got "${databaseUrl}"`);
  process.exit(1);
}

const databaseFile = resolve(workspaceRoot, databaseUrl.slice('sqlite:'.length));
mkdirSync(dirname(databaseFile), { recursive: true });
for (const suffix of ['', '-wal', '-shm', '-journal']) {
  rmSync(databaseFile + suffix, { force: true });
}
// The audit chain's key and anchors belong to the database beside them: a new database starts a new chain.
for (const file of ['audit-anchors.log', 'audit.key']) {
  rmSync(resolve(dirname(databaseFile), file), { force: true });
}

/** Starts the test provider on the port of OIDC_ISSUER and resolves once it listens. */
function startProvider() {
  const issuer = new URL(process.env.OIDC_ISSUER);
  const provider = spawn(process.execPath, [resolve(workspaceRoot, 'apps/api/src/test/oidc-test-provider.mjs')], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      OIDC_TEST_PORT: issuer.port,
      OIDC_TEST_CLIENTS: JSON.stringify([
        {
          client_id: process.env.OIDC_CLIENT_ID,
          client_secret: process.env.OIDC_CLIENT_SECRET,
          redirect_uris: [`${process.env.PUBLIC_URL}/api/v1/auth/oidc/callback`],
          post_logout_redirect_uris: [`${process.env.PUBLIC_URL}/login`],
        },
      ]),
      OIDC_TEST_ACCOUNTS: process.env.E2E_OIDC_ACCOUNTS ?? '{}',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveReady, reject) => {
    let output = '';
    provider.stdout.on('data', (chunk) => {
      output += String(chunk);
      if (output.includes('OIDC-TEST-PROVIDER ')) resolveReady(provider);
    });
    provider.once('exit', (code) => reject(new Error(`start-server: the OpenID provider ended with ${code}`)));
  });
}

const provider = process.env.OIDC_ISSUER ? await startProvider() : null;

const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, resolve(workspaceRoot, 'dist/apps/api/main.js')], {
  cwd: workspaceRoot,
  env: process.env,
  stdio: 'inherit',
});

// Playwright stops the web server with SIGTERM (SIGKILL on timeout); pass it on so the API can close the database.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    provider?.kill(signal);
    server.kill(signal);
  });
}
server.on('exit', (code, signal) => {
  provider?.kill('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});
