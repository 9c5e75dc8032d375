// The built server as the benchmarks start it, and a sign-in: shared by bench.mjs, indicators.mjs,
// import-under-reads.mjs and pg-writes.mjs.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from '../../apps/api/server-node-flags.cjs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts `main` (dist/apps/api/main.js) on `port` with `env`; resolves once /api/v1/health answers 200, with the
 * time that took (`coldStartMs`). The server runs with production's Node flags (apps/api/server-node-flags.cjs), so
 * the benchmark measures what production runs; `nodeFlags` replaces them (to compare), `nodeArgs` go to Node besides
 * them (for example `--cpu-prof`). A port that already answers is refused: another server there (another benchmark
 * run) would answer in this one's place.
 */
export async function startServer(
  main,
  env,
  { port, nodeArgs = [], nodeFlags = SERVER_NODE_FLAGS, timeoutMs = 180_000 },
) {
  const health = `http://127.0.0.1:${port}/api/v1/health`;
  const occupied = await fetch(health).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`port ${port} is in use: pass --port=<another>`);
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, ...nodeArgs, main], {
    env: { ...SERVER_ENVIRONMENT, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((done) => child.on('exit', done));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start: ${stderr}`);
    try {
      if ((await fetch(health)).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > timeoutMs) throw new Error(`server did not start: ${stderr}`);
    await sleep(10);
  }
  return {
    child,
    pid: child.pid,
    coldStartMs: Math.round(performance.now() - started),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs `admin` in with e-mail and password; the session's cookie header and its CSRF token. */
export async function signIn(base, admin) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
  return { cookie: cookies.join('; '), csrf };
}
