// Starts the built API (which also serves the built dashboard) on a fresh SQLite database.
// Playwright's webServer runs this with PORT, DATABASE_URL, DEMO_DATA and the admin account set.
import { spawn } from 'node:child_process';
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

const server = spawn(process.execPath, [resolve(workspaceRoot, 'dist/apps/api/main.js')], {
  cwd: workspaceRoot,
  env: process.env,
  stdio: 'inherit',
});

// Playwright stops the web server with SIGTERM (SIGKILL on timeout); pass it on so the API can close the database.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
