// `npm start`: builds API and dashboard where their sources changed (Nx skips what is up to date), then serves
// both from one process. Settings come from the environment or a .env file (see .env.example).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from '../../apps/api/server-node-flags.cjs';

if (existsSync('.env')) process.loadEnvFile('.env');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NG_CLI_ANALYTICS: 'false' };
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--output-style=static'], {
  stdio: 'inherit',
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);
// With the production flags and allocator settings (apps/api/server-node-flags.cjs: V8's heap bounds, glibc's malloc).
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { ...SERVER_ENVIRONMENT, ...env },
});
// Stopping `npm start` stops the server the same way, so it can shut down cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
