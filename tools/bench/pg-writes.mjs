// The two-instance PostgreSQL write scenario of `npm run bench` (issue 15: no single row that every write waits
// for). Run it with `npm run bench -- --only=pg-writes`, or after a build with `node tools/bench/pg-writes.mjs`.
//
// On a fresh PostgreSQL database with the benchmark's data set, `PATCH` with `If-Match` (tools/bench/load.mjs)
// first against one instance of the built server, then against two instances at once, each with half the
// connections and measures of its own. The one instance's run is not sampled (its throughput is the target, and
// the sampler's queries cost the database CPU). While the two instances' run goes on, a separate connection samples
// pg_stat_activity every --sample-ms: how many of the database's client backends are inside a statement or
// transaction, and how many of those wait for a lock (wait_event_type 'Lock', i.e. for a lock another write holds),
// and on which table the waiting statement is. The lock-wait share is waiting samples / busy samples: the share of
// the writes' time in the database that is spent waiting for other writes. Afterwards `audit:verify` checks that
// the audit chain the writes of both instances produced is intact.
//
// Options: --measures=100000 --history=<10 per measure> --duration=10 --warmup=3 --connections=50 --port=3970
//          --sample-ms=20 (the two-instance run's sampling interval)
// PostgreSQL: BENCH_POSTGRES_URL, else a postgres:// DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres;
// a database of its own is created there and dropped afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { generatePostgres } from './generate.mjs';
import { atLeast, atMost } from './verdict.mjs';
import { signIn, startServer } from './bench-server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const found = process.argv.find((value) => value === `--${name}` || value.startsWith(`--${name}=`));
  if (!found) return fallback;
  return found.includes('=') ? found.slice(found.indexOf('=') + 1) : true;
};

export const PG_WRITE_TARGETS = {
  /** Writes per second with one instance (issue 15). */
  oneInstanceWritesPerSecond: 500,
  /** With two instances writing: the share of the writes' database time spent waiting for locks. */
  lockWaitShare: 0.05,
};

// The password policy refuses one that contains parts of the e-mail address ("bench").
const ADMIN = { email: 'bench-admin@example.org', password: 'Ahornweg-Mittagslicht-62' };
const log = (message) => console.log(`[bench:pg-writes ${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Measures under way with their current versions, enough for every connection to edit ten of its own. */
async function writableMeasures(base, session, count) {
  const pool = [];
  for (let page = 1; pool.length < count; page++) {
    const response = await fetch(`${base}/api/v1/measures?status=in_progress&limit=100&page=${page}&sort=-updatedAt`, {
      headers: { cookie: session.cookie },
    });
    if (!response.ok) throw new Error(`measure list: ${response.status}`);
    const { items } = await response.json();
    if (items.length === 0) break;
    pool.push(...items.map((item) => ({ id: item.id, version: item.version, progress: item.progress })));
  }
  if (pool.length < count) throw new Error(`only ${pool.length} measures under way, ${count} needed`);
  return pool.slice(0, count);
}

/** One autocannon PATCH run in its own process (tools/bench/load.mjs). */
function load(scenario) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'load.mjs'), JSON.stringify(scenario)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`load: exit ${code}`))));
  });
}

/** The table a statement reads or writes first, with its verb: where a waiting statement waits. */
function statementLabel(query) {
  const text = query.replace(/\s+/g, ' ').trim();
  const verb = /^(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '?';
  const table = /\b(?:from|update|into)\s+"?(\w+)"?/i.exec(text)?.[1] ?? '?';
  const lock = /\bfor (update|share|no key update)\b/i.test(text) ? ' … FOR UPDATE' : '';
  return `${verb} ${table}${lock}`;
}

/**
 * Samples the database's client backends every `intervalMs` until stopped. Busy: inside a statement or a
 * transaction (state other than idle); waiting: busy and waiting for a heavyweight lock (row, tuple, transaction
 * id, relation), which in this scenario only other writes hold.
 */
async function sampleLockWaits(url, intervalMs) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let running = true;
  const totals = { samples: 0, busy: 0, waiting: 0, byStatement: {} };
  const started = performance.now();
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query(
        // The lock a waiting backend has not been granted: a tuple lock names the table whose row it waits for
        // (the first waiter of a row waits on the holder's transaction id instead, which names no table).
        `SELECT a.wait_event_type = 'Lock' AS waiting, a.query,
           (SELECT string_agg(DISTINCT l.locktype || COALESCE(' ' || l.relation::regclass::text, ''), ', ')
              FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted) AS waits_for
         FROM pg_stat_activity a
         WHERE a.datname = current_database() AND a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()
           AND a.state <> 'idle'`,
      );
      totals.samples += 1;
      totals.busy += rows.length;
      for (const row of rows.filter((candidate) => candidate.waiting)) {
        totals.waiting += 1;
        const label = `${statementLabel(row.query)} → ${row.waits_for ?? '?'}`;
        totals.byStatement[label] = (totals.byStatement[label] ?? 0) + 1;
      }
      await sleep(intervalMs);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await client.end();
      return { ...totals, seconds: (performance.now() - started) / 1000 };
    },
  };
}

/**
 * One measured run: the load processes (one per instance) and the sampler during their measured part. Returns the
 * writes per second of all instances together, the latencies of the first, and the lock-wait figures.
 */
async function measuredRun({ bases, pool, session, connections, duration, warmup, databaseUrl, sampleMs }) {
  const share = Math.floor(pool.length / bases.length);
  const runs = bases.map((url, index) =>
    load({
      name: 'patch',
      kind: 'patch',
      url,
      connections: Math.floor(connections / bases.length),
      duration,
      warmup,
      measures: pool.slice(index * share, (index + 1) * share),
      headers: { cookie: session.cookie, 'x-xsrf-token': session.csrf },
    }),
  );
  await sleep(warmup * 1000);
  const sampler = sampleMs === null ? null : await sampleLockWaits(databaseUrl, sampleMs);
  await sleep(duration * 1000);
  const locks = (await sampler?.stop()) ?? { samples: 0, busy: 0, waiting: 0, byStatement: {} };
  const results = await Promise.all(runs);
  const statusCodes = {};
  for (const result of results)
    for (const [code, count] of Object.entries(result.statusCodes))
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
  const writes = results.reduce((sum, result) => sum + (result.statusCodes['200'] ?? 0), 0);
  return {
    instances: bases.length,
    writesPerSecond: Math.round(writes / duration),
    latencyMs: results.map((result) => result.latencyMs),
    statusCodes,
    lockWaitShare: locks.busy === 0 ? null : locks.waiting / locks.busy,
    busyBackends: locks.samples === 0 ? null : Math.round((locks.busy / locks.samples) * 10) / 10,
    // Waiting backend-seconds per write: how long one write waited for locks, on average.
    lockWaitMsPerWrite:
      writes === 0
        ? null
        : Math.round(((locks.waiting / Math.max(locks.samples, 1)) * duration * 1000 * 100) / writes) / 100,
    samples: locks.samples,
    waitsByStatement: Object.fromEntries(Object.entries(locks.byStatement).sort(([, a], [, b]) => b - a)),
    loadAverage: loadAverage(),
  };
}

/** `audit:verify` of the built server against the database and the anchor file: exit code and what it said. */
function verifyAudit(main, env) {
  const verify = spawnSync(process.execPath, [join(main, '..', 'verify-audit.js')], { env, encoding: 'utf8' });
  return { exitCode: verify.status, output: `${verify.stdout}${verify.stderr}`.trim() };
}

async function createDatabase(adminUrl, name) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Runs the scenario against the built server `main`; returns the figures of one and of two instances and the
 * audit chain's verification.
 */
export async function benchPostgresWrites({
  main,
  work,
  port,
  measures,
  history,
  connections,
  duration,
  warmup,
  sampleMs,
}) {
  const adminUrl =
    process.env.BENCH_POSTGRES_URL ??
    (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined) ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await createDatabase(adminUrl, `lbm_bench_${process.pid}_pg_writes`);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    DEMO_DATA: 'false',
    LEITBILD_FILE: join(ROOT, 'libs/api/demo-data/src/lib/data/leitbild-harburg.json'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '1000000000',
    BACKUP_INTERVAL_HOURS: '0',
    // The same key on both instances, as in a cluster; both append their anchors to one file.
    AUDIT_KEY: randomBytes(32).toString('hex'),
    AUDIT_ANCHOR_FILE: join(work, 'pg-writes-anchors.log'),
  };
  const second = port + 2;
  const result = { measures, connections, duration, warmup };
  try {
    log('first start (migrations, Leitbild, administrator)');
    await (await startServer(main, env, { port })).stop();
    log(`generating ${measures} measures, ${history} history entries`);
    result.rows = await generatePostgres(database.url, {
      measures,
      history,
      actors: 300,
      seed: 20261123,
      anchor: new Date().toISOString().slice(0, 10),
    });
    const one = await startServer(main, env, { port });
    let two = null;
    try {
      const base = `http://127.0.0.1:${port}`;
      const session = await signIn(base, ADMIN);
      const common = { session, connections, duration, warmup, databaseUrl: database.url, sampleMs };
      log(`one instance: PATCH with If-Match, ${connections} connections (load average ${loadAverage()})`);
      // The throughput of one instance as production sees it: without the sampler, whose queries on
      // pg_stat_activity and pg_locks cost the database CPU that the writes would otherwise have.
      result.one = await measuredRun({
        ...common,
        sampleMs: null,
        bases: [base],
        pool: await writableMeasures(base, session, connections * 10),
      });
      log(`one instance: ${JSON.stringify(result.one)}`);
      two = await startServer(main, env, { port: second });
      log(`two instances: ${connections / 2} connections each (load average ${loadAverage()})`);
      result.two = await measuredRun({
        ...common,
        bases: [base, `http://127.0.0.1:${second}`],
        pool: await writableMeasures(base, session, connections * 10),
      });
      log(`two instances: ${JSON.stringify(result.two)}`);
    } finally {
      await two?.stop();
      await one.stop();
    }
    result.audit = verifyAudit(main, env);
    log(`audit:verify exit ${result.audit.exitCode}: ${result.audit.output}`);
  } finally {
    await database.drop();
  }
  return result;
}

const percent = (share) => (share === null ? '–' : `${(share * 100).toFixed(1)} %`);

/** Pass/fail per target: [name, measured, target, met]. */
export function pgWriteVerdicts(result) {
  return [
    [
      'PostgreSQL PATCH with If-Match, one instance',
      `${result.one.writesPerSecond} writes/s`,
      `≥ ${PG_WRITE_TARGETS.oneInstanceWritesPerSecond} writes/s`,
      atLeast(result.one.writesPerSecond, PG_WRITE_TARGETS.oneInstanceWritesPerSecond),
    ],
    [
      'PostgreSQL, two instances writing: time spent waiting for locks of other writes',
      percent(result.two.lockWaitShare),
      `≤ ${PG_WRITE_TARGETS.lockWaitShare * 100} %`,
      atMost(result.two.lockWaitShare, PG_WRITE_TARGETS.lockWaitShare),
    ],
    [
      'Audit chain after both runs (audit:verify)',
      `exit ${result.audit.exitCode}`,
      'exit 0',
      result.audit.exitCode === 0,
    ],
  ];
}

/** The figures as lines of text: verdicts, then one and two instances side by side. */
export function pgWriteReport(result) {
  const lines = [];
  for (const [name, measured, target, met] of pgWriteVerdicts(result))
    lines.push(`${name}: ${measured} (target ${target}) ${met ? 'pass' : 'FAIL'}`);
  for (const run of [result.one, result.two]) {
    lines.push(
      `${run.instances === 1 ? 'One instance ' : 'Two instances'}: ${run.writesPerSecond} writes/s, ` +
        `p50/p95/p99 ${run.latencyMs.map((l) => `${l.p50}/${l.p95}/${l.p99}`).join(' and ')} ms, ` +
        `answers ${JSON.stringify(run.statusCodes)}; ` +
        (run.samples === 0
          ? 'not sampled; '
          : `lock wait ${percent(run.lockWaitShare)} of ${run.busyBackends} busy backends ` +
            `(${run.lockWaitMsPerWrite} ms per write, ${run.samples} samples), ` +
            `waiting in: ${JSON.stringify(run.waitsByStatement)}; `) +
        `load average ${run.loadAverage}`,
    );
  }
  return lines;
}

// Run on its own: node tools/bench/pg-writes.mjs (after `npx nx build api`).
if (import.meta.url === `file://${process.argv[1]}` || arg('only', null) === 'pg-writes') {
  const main = join(ROOT, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error('dist/apps/api/main.js is missing: run `npx nx build api`');
  const work = join(ROOT, 'tmp', `bench-pg-writes-${process.pid}`);
  mkdirSync(work, { recursive: true });
  // A copy, so a rebuild during the run cannot change what is measured.
  cpSync(join(ROOT, 'dist/apps/api'), join(work, 'build/api'), { recursive: true });
  const measures = Number(arg('measures', 100_000));
  let failed = false;
  try {
    const loadAtStart = loadAverage();
    const result = await benchPostgresWrites({
      main: join(work, 'build/api/main.js'),
      work,
      port: Number(arg('port', 3970)),
      measures,
      history: Number(arg('history', measures * 10)),
      connections: Number(arg('connections', 50)),
      duration: Number(arg('duration', 10)),
      warmup: Number(arg('warmup', 3)),
      sampleMs: Number(arg('sample-ms', 20)),
    });
    console.log(
      `\nPostgreSQL writes, one and two instances (${measures.toLocaleString('en')} measures, ` +
        `${result.connections} connections, ${result.duration} s after ${result.warmup} s warm-up); ` +
        `load average ${loadAtStart} at the start, ${loadAverage()} at the end (the machine's other work included).`,
    );
    console.log(`${pgWriteReport(result).join('\n')}\n`);
  } catch (error) {
    console.error(error);
    failed = true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
