// Starts the built API (which also serves the built dashboard) on a fresh SQLite database.
// Playwright's webServer runs this with PORT, DATABASE_URL, DEMO_DATA, the admin account and the single sign-on
// settings (see playwright.config.ts), once per test server; each has a database folder of its own.
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

const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, resolve(workspaceRoot, 'dist/apps/api/main.js')], {
  cwd: workspaceRoot,
  env: process.env,
  stdio: 'inherit',
});

// Playwright stops the web server with SIGTERM (SIGKILL on timeout); pass it on so the API can close the database.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
server.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
