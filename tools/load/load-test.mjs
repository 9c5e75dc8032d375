// `npm run test:load`: 200 concurrent clients for 30 s against the built server on a fresh SQLite database,
// a mix of reads and writes. Passes when no request failed with a 5xx (or a broken connection) and no
// acknowledged write is missing: every measure's version, history and audit trail must account for exactly
// the writes its client saw acknowledged. Timing is reported, never asserted.
// Settings: LOAD_CLIENTS (200), LOAD_SECONDS (30), LOAD_PORT (3950).
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from '../../apps/api/server-node-flags.cjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const PORT = Number(process.env.LOAD_PORT ?? 3950);
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = { email: 'admin@example.org', password: 'load-test-password' };

const folder = mkdtempSync(join(tmpdir(), 'lbm-load-'));
const databasePath = join(folder, 'load.db');
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'dist/apps/api/main.js'], {
  env: {
    ...SERVER_ENVIRONMENT,
    ...process.env,
    PORT: String(PORT),
    DATABASE_URL: `sqlite:${databasePath}`,
    DEMO_DATA: 'true',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '100000000',
    BACKUP_INTERVAL_HOURS: '0',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const serverExit = new Promise((resolve) => server.on('exit', (code) => resolve(code)));

async function waitForHealth() {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`${BASE}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('server did not start');
}

async function signIn() {
  const login = await fetch(`${BASE}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
  const created = await fetch(`${BASE}/api/v1/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-xsrf-token': csrf },
    body: JSON.stringify({ name: 'load test' }),
  });
  return (await created.json()).token;
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

let failed = false;
try {
  await waitForHealth();
  const token = await signIn();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const fields = (await (await fetch(`${BASE}/api/v1/fields-of-action`, { headers })).json()).items;

  // Each client owns one measure it writes to, so every acknowledged write can be accounted for.
  const owned = [];
  for (let client = 0; client < CLIENTS; client++) {
    const response = await fetch(`${BASE}/api/v1/measures`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: `Lasttest ${client}`,
        fieldOfActionId: fields[client % fields.length].id,
        public: client % 2 === 0,
      }),
    });
    owned.push({ id: (await response.json()).id, version: 1, acknowledged: 0 });
  }

  const statuses = new Map();
  const latencies = [];
  let brokenConnections = 0;
  const deadline = Date.now() + SECONDS * 1000;

  async function timed(path, init) {
    const started = performance.now();
    try {
      const response = await fetch(`${BASE}/api/v1${path}`, {
        ...init,
        headers: { ...headers, ...(init?.headers ?? {}) },
      });
      const body = await response.text();
      latencies.push(performance.now() - started);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      return { status: response.status, body };
    } catch {
      brokenConnections += 1;
      return null;
    }
  }

  await Promise.all(
    owned.map(async (measure, client) => {
      for (let step = 0; Date.now() < deadline; step++) {
        const kind = (step + client) % 10;
        if (kind < 2) {
          const answer = await timed(`/measures/${measure.id}`, {
            method: 'PATCH',
            headers: { 'if-match': `"${measure.version}"` },
            body: JSON.stringify({ progress: (step * 13 + client) % 101 }),
          });
          if (answer?.status === 200) {
            measure.version = JSON.parse(answer.body).version;
            measure.acknowledged += 1;
          }
        } else if (kind < 4) {
          await timed('/dashboard/summary');
        } else if (kind < 6) {
          await timed(`/measures?limit=25&page=${(step % 4) + 1}&sort=-updatedAt`);
        } else if (kind < 8) {
          await timed(`/measures/${owned[(client + step) % owned.length].id}`);
        } else {
          await timed('/public/summary');
        }
      }
    }),
  );

  const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
  const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
  const writes = owned.reduce((sum, measure) => sum + measure.acknowledged, 0);
  latencies.sort((a, b) => a - b);
  console.log(
    `Load: ${CLIENTS} clients for ${SECONDS} s — ${total} requests (${Math.round(total / SECONDS)}/s), ${writes} acknowledged writes`,
  );
  console.log(
    `Status codes: ${JSON.stringify(Object.fromEntries(statuses))}; broken connections: ${brokenConnections}`,
  );
  console.log(
    `Latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}`,
  );

  server.kill('SIGTERM');
  await serverExit;

  const database = new Database(databasePath, { readonly: true });
  let missing = 0;
  for (const measure of owned) {
    const { version } = database.prepare('SELECT version FROM measure WHERE id = ?').get(measure.id);
    const { count: history } = database
      .prepare('SELECT COUNT(*) AS count FROM measure_history WHERE measure_id = ?')
      .get(measure.id);
    const { count: audit } = database
      .prepare("SELECT COUNT(*) AS count FROM audit_entry WHERE target_id = ? AND action LIKE 'measure.%'")
      .get(measure.id);
    if (version !== 1 + measure.acknowledged || history !== version || audit !== version) missing += 1;
  }
  const integrity = database.pragma('integrity_check', { simple: true });
  database.close();
  console.log(
    `Writes accounted for: ${owned.length - missing}/${owned.length} measures exact; integrity_check: ${integrity}`,
  );

  if (serverErrors > 0 || brokenConnections > 0) {
    console.error(`FAILED: ${serverErrors} answers with 5xx, ${brokenConnections} broken connections`);
    failed = true;
  }
  if (missing > 0 || integrity !== 'ok') {
    console.error(`FAILED: ${missing} measures do not match their acknowledged writes`);
    failed = true;
  }
  const otherErrors = [...statuses].filter(([status]) => status >= 400 && status < 500);
  if (otherErrors.length > 0) {
    console.error(`FAILED: unexpected client errors ${JSON.stringify(Object.fromEntries(otherErrors))}`);
    failed = true;
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  server.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
}
console.log(failed ? 'Load test FAILED' : 'Load test passed');
process.exit(failed ? 1 : 0);
