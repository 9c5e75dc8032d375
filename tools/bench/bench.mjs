// `npm run bench`: the city-scale benchmark. For SQLite and (when a server answers) PostgreSQL:
//   1. a fresh database, migrated and given a Leitbild with 12 fields of action by one start of the built server;
//   2. the deterministic data set (tools/bench/generate.mjs): 100,000 measures, 300 actors, 1,000,000 history
//      entries;
//   3. the production build started on it (cold start to the first answered request), then autocannon in a
//      second process (tools/bench/load.mjs), 50 connections: public summary, signed-in summary, a filtered list
//      page of 50, a measure page, PATCH with If-Match (as fast as the answers come, and at 1,000 requests per
//      second offered); the server's peak memory (VmHWM);
//   4. the limits: a bare node:http server answering the same summary bytes, pre-serialised, under the same
//      load, and the bare SQL of the summary's queries;
//   5. the overview with this data set in headless Chromium (charts drawn), on SQLite;
//   6. SQLite: Lighthouse (mobile) on /public and /overview and the bytes /public's first load transfers
//      (tools/bench/page-load.mjs; --lighthouse-runs=3, none with --no-browser);
//   7. SQLite: an import of --import-rows (20,000) new measures, dry run and commit, into the data set while 10
//      clients read measure pages and one fetches a static file (tools/bench/import-under-reads.mjs);
//   8. PostgreSQL: PATCH with one instance and with two, and the share of the writes' time spent waiting for locks
//      of other writes; audit:verify afterwards (tools/bench/pg-writes.mjs).
// Prints the figures, ratios and pass/fail per target, and writes them into docs/performance.md between the
// markers. A report, not a test: it is not part of `npm test`.
//
// Options: --measures=100000 --history=<10 per measure> --actors=300 --duration=10 --warmup=3 --connections=50
//          --databases=sqlite,postgres --no-browser --no-docs --seed=20261123 --anchor=<today, YYYY-MM-DD>
//          --small-measures=10000 (the second data set of "summary right after a write")
//          --server-node-flags="<flags>": the server's Node flags instead of production's
//          (apps/api/server-node-flags.cjs), to measure what they cost; "" runs it with none (the register's and
//          the import's servers; the PostgreSQL write scenario keeps production's).
//          --only=summary-after-write: only the summary right after a write, at --measures and --small-measures,
//          on each database (a few minutes instead of the whole run; prints its verdicts, leaves the docs alone).
//          --only=pg-writes: PostgreSQL PATCH with one instance and with two, and the share of the writes' time
//          spent waiting for locks (tools/bench/pg-writes.mjs; prints its verdicts, leaves the docs alone).
//          --only=import: the import under reads alone (tools/bench/import-under-reads.mjs).
//          --only=patch: only the two PATCH scenarios on a fresh data set of --measures, on each database, with the
//          server's CPU per write (prints their verdicts, leaves the docs alone).
//          --import-rows=20000: the rows of the import scenario in the full run.
// PostgreSQL: BENCH_POSTGRES_URL, else a postgres:// DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres;
// the benchmark creates its own database there and drops it afterwards.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { generatePostgres, generateSqlite } from './generate.mjs';
import { measurePageLoads, pageLoadVerdicts } from './page-load.mjs';
import { atMost, atLeast } from './verdict.mjs';
import { signIn, startServer } from './bench-server.mjs';
import { benchImportUnderReads, importVerdicts } from './import-under-reads.mjs';
import { benchPostgresWrites, pgWriteReport, pgWriteVerdicts } from './pg-writes.mjs';
import { SERVER_NODE_FLAGS } from '../../apps/api/server-node-flags.cjs';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const found = process.argv.find((value) => value === `--${name}` || value.startsWith(`--${name}=`));
  if (!found) return fallback;
  return found.includes('=') ? found.slice(found.indexOf('=') + 1) : true;
};
// --only=indicators: the indicator part alone (tools/bench/indicators.mjs: 500 indicators × 20 values, SQLite).
if (arg('only', null) === 'indicators') {
  const { benchIndicators } = await import('./indicators.mjs');
  await benchIndicators();
  process.exit(0);
}
// --only=import: the import under reads alone (tools/bench/import-under-reads.mjs, its own defaults and options).
if (arg('only', null) === 'import') {
  const { runImportBench } = await import('./import-under-reads.mjs');
  process.exit(await runImportBench());
}
// --only=pg-writes: runs tools/bench/pg-writes.mjs, which reads the same options and exits.
if (arg('only', null) === 'pg-writes') await import('./pg-writes.mjs');
const MEASURES = Number(arg('measures', 100_000));
const OPTIONS = {
  measures: MEASURES,
  history: Number(arg('history', MEASURES * 10)),
  actors: Number(arg('actors', 300)),
  seed: Number(arg('seed', 20261123)),
  anchor: arg('anchor', new Date().toISOString().slice(0, 10)),
};
const DURATION = Number(arg('duration', 10));
const WARMUP = Number(arg('warmup', 3));
const CONNECTIONS = Number(arg('connections', 50));
const DATABASES = String(arg('databases', 'sqlite,postgres')).split(',');
const BROWSER = !arg('no-browser', false);
const LIGHTHOUSE_RUNS = Number(arg('lighthouse-runs', 3));
const WRITE_DOCS = !arg('no-docs', false);
const ONLY = arg('only', null);
const SMALL_MEASURES = Number(arg('small-measures', 10_000));
const PORT = Number(arg('port', 3960));
const SERVER_FLAGS_OPTION = arg('server-node-flags', null);
/** The server's Node flags: production's unless --server-node-flags names others. */
const NODE_FLAGS =
  SERVER_FLAGS_OPTION === null
    ? SERVER_NODE_FLAGS
    : String(SERVER_FLAGS_OPTION === true ? '' : SERVER_FLAGS_OPTION)
        .split(' ')
        .filter(Boolean);
const BARE_PORT = PORT + 1;
// The password policy refuses one that contains parts of the e-mail address ("bench").
const ADMIN = { email: 'bench-admin@example.org', password: 'Kastanienallee-Morgenrot-47' };
const FIELDS_OF_ACTION = 12;

const TARGETS = {
  summaryP95Ms: 50,
  publicShareOfLimit: 0.4,
  listP95Ms: 50,
  /**
   * The issue's PATCH target, "p95 ≤ 30 ms and ≥ 1,000 writes per second", as two rows: the throughput of the closed
   * loop (50 connections, each sending its next write when the last is answered), and the p95 at 1,000 writes per
   * second offered over the same connections. The closed loop's own p95 is reported beside its throughput but is no
   * target: 50 connections that always wait for an answer make its mean latency 50 / throughput (Little's law), so
   * a p95 of 30 ms there would take some 2,000 writes per second, a different target from the one set.
   */
  patchWritesPerSecond: 1000,
  patchAtRateP95Ms: 30,
  patchOfferedRate: 1000,
  peakMemoryMb: 250,
  coldStartMs: 3000,
  overviewRenderMs: 1000,
  /** The summary right after a write, at --measures, and its multiple of the same figure at --small-measures. */
  summaryAfterWriteMs: 25,
  summaryAfterWriteRatio: 1.5,
};

const work = join(ROOT, 'tmp', `bench-${process.pid}`);
/** The 1-minute load average: other processes on the machine compete for the same cores. */
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const loadAtStart = loadAverage();
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The built API and dashboard are copied for the run, so a rebuild of dist/ during the benchmark cannot change
 * what is measured. The copy stays inside the repository, where the server's packages resolve.
 */
function copyBuild() {
  const api = join(ROOT, 'dist/apps/api/main.js');
  if (!existsSync(api))
    throw new Error('dist/apps/api/main.js is missing: run `npx nx build api` (npm run bench does)');
  cpSync(join(ROOT, 'dist/apps/api'), join(work, 'build/api'), { recursive: true });
  const dashboard = join(ROOT, 'dist/apps/dashboard/browser');
  const hasDashboard = existsSync(join(dashboard, 'index.html'));
  if (hasDashboard) cpSync(dashboard, join(work, 'build/dashboard/browser'), { recursive: true });
  return { main: join(work, 'build/api/main.js'), hasDashboard };
}

/** The bundled Harburg Leitbild with twelve fields of action: its five and seven more. */
function writeLeitbild() {
  const harburg = JSON.parse(readFileSync(join(ROOT, 'libs/api/demo-data/src/lib/data/leitbild-harburg.json'), 'utf8'));
  const extra = [
    'Wohnen und Nachbarschaft',
    'Gesundheit und Pflege',
    'Sport und Bewegung',
    'Kultur und Medien',
    'Arbeit und Wirtschaft',
    'Sicherheit und Teilhabe',
    'Digitale Teilhabe',
  ];
  const fields = [...harburg.fieldsOfAction];
  for (const name of extra.slice(0, FIELDS_OF_ACTION - fields.length)) {
    fields.push({ key: `bench-${fields.length + 1}`, name, description: `${name} (Benchmark)` });
  }
  const file = join(work, 'leitbild-12.json');
  writeFileSync(file, JSON.stringify({ ...harburg, fieldsOfAction: fields }));
  return file;
}

const BENCH_AUDIT_KEY = randomBytes(32).toString('hex');

function serverEnv(databaseUrl, leitbildFile) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(PORT),
    DATABASE_URL: databaseUrl,
    DEMO_DATA: 'false',
    LEITBILD_FILE: leitbildFile,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    // One client address sends everything here; the rate limit would measure itself.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    BACKUP_INTERVAL_HOURS: '0',
    // PostgreSQL needs the audit key set; the anchors stay in the bench's folder on either database.
    AUDIT_KEY: BENCH_AUDIT_KEY,
    AUDIT_ANCHOR_FILE: join(work, `audit-anchors-${databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres'}.log`),
  };
}

/** Peak (VmHWM) or current (VmRSS) resident memory of a process, in MB (Linux /proc). */
function memoryMb(pid, field = 'VmHWM') {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
  return Math.round(kb / 1024);
}

async function getJson(base, path, session) {
  const response = await fetch(`${base}${path}`, { headers: session ? { cookie: session.cookie } : {} });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs one autocannon scenario in its own process and returns its result. */
function load(scenario) {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(import.meta.dirname, 'load.mjs'),
        JSON.stringify({ connections: CONNECTIONS, duration: DURATION, warmup: WARMUP, ...scenario }),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) =>
      code === 0 ? done(JSON.parse(out)) : fail(new Error(`load ${scenario.name}: exit ${code}`)),
    );
  });
}

/** The bare node:http server with the summary's bytes, under the same load. */
async function bareLimit(bytes, path) {
  const file = join(work, 'summary.json');
  writeFileSync(file, bytes);
  const child = spawn(process.execPath, [join(import.meta.dirname, 'bare-server.mjs'), file, String(BARE_PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((done) => child.stdout.once('data', done));
  try {
    return await load({ name: 'bare', kind: 'get', url: `http://127.0.0.1:${BARE_PORT}`, paths: [path] });
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * The summary's queries, as the service sends them (unfiltered, signed-in, default period), without the API: the
 * kept counts (libs/api/summary, `KeptSummaryCounts`), the current year's and month's overdue, the timeline's whole
 * months from the kept milestones and the current month's days from the milestones themselves.
 */
function summarySql(today, from, end) {
  const currentMonth = today.slice(0, 7);
  const currentYear = today.slice(0, 4);
  return [
    ['SELECT * FROM field_of_action ORDER BY position ASC, name ASC', []],
    [
      `SELECT r.field_of_action_id, r.status, SUM(r.measures) AS measures, SUM(r.progress_sum) AS progress_sum,
        SUM(r.progress_basis) AS progress_basis,
        SUM(CASE WHEN r.end_year <> '' AND r.end_year < $1 THEN r.measures ELSE 0 END) AS overdue
       FROM measure_rollup r GROUP BY r.field_of_action_id, r.status`,
      [currentYear],
    ],
    [
      `SELECT r.field_of_action_id, r.status, SUM(r.measures) AS overdue FROM overdue_rollup r
       WHERE r.end_month >= $1 AND r.end_month < $2 GROUP BY r.field_of_action_id, r.status`,
      [`${currentYear}-01`, currentMonth],
    ],
    [
      `SELECT m.field_of_action_id, m.status, COUNT(*) AS overdue FROM measure m
       WHERE m.planned_end >= $1 AND m.planned_end < $2 AND m.status NOT IN ('completed', 'rejected')
       GROUP BY m.field_of_action_id, m.status`,
      [`${currentMonth}-01`, today],
    ],
    [
      `SELECT g.id, g.code, g.text FROM guideline g INNER JOIN leitbild_section s ON s.id = g.section_id
       ORDER BY s.position ASC, g.position ASC`,
      [],
    ],
    ['SELECT r.guideline_id, SUM(r.active_measures) AS measures FROM guideline_rollup r GROUP BY r.guideline_id', []],
    [
      `SELECT h.measure_id, m.title, h.kind, h.at FROM measure_history h INNER JOIN measure m ON m.id = h.measure_id
       WHERE h.at >= $1 AND h.at < $2 ORDER BY h.id DESC LIMIT 10`,
      [from, end],
    ],
    ...['in_progress', 'completed'].flatMap((status) => [
      [
        `SELECT r.first_month, SUM(r.measures) AS measures FROM milestone_rollup r
         WHERE r.status = $1 AND r.first_month >= $2 AND r.first_month < $3 GROUP BY r.first_month`,
        [status, from.slice(0, 7), currentMonth],
      ],
      [
        `SELECT SUBSTR(ms.first_at, 1, 7) AS month, COUNT(*) AS measures FROM measure_milestone ms
         WHERE ms.status = $1 AND ms.first_at >= $2 AND ms.first_at < $3 GROUP BY SUBSTR(ms.first_at, 1, 7)`,
        [status, `${currentMonth}-01`, end],
      ],
    ]),
    ['SELECT MIN(m.created_at) AS first_at FROM measure m', []],
  ];
}

/** Milliseconds for all of the summary's queries in a row, median of 7 runs after one warm-up. */
async function bareSql(kind, target, period) {
  const statements = summarySql(period.today, period.from, period.end);
  const samples = [];
  if (kind === 'sqlite') {
    const db = new Database(target, { readonly: true });
    const prepared = statements.map(([sql, params]) => [db.prepare(sql.replace(/\$\d/g, '?')), params]);
    for (let run = 0; run < 8; run++) {
      const started = performance.now();
      for (const [statement, params] of prepared) statement.all(...params);
      if (run > 0) samples.push(performance.now() - started);
    }
    db.close();
  } else {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    for (let run = 0; run < 8; run++) {
      const started = performance.now();
      for (const [sql, params] of statements) await client.query(sql, params);
      if (run > 0) samples.push(performance.now() - started);
    }
    await client.end();
  }
  return Math.round(median(samples) * 10) / 10;
}

/** The summary right after a write (the cache must recompute): median of 10 PATCH-then-summary rounds. */
async function summaryAfterWrite(base, session, measure) {
  const samples = [];
  let version = measure.version;
  for (let round = 0; round < 11; round++) {
    const patch = await fetch(`${base}/api/v1/measures/${measure.id}`, {
      method: 'PATCH',
      headers: {
        cookie: session.cookie,
        'x-xsrf-token': session.csrf,
        'content-type': 'application/json',
        'if-match': `"${version}"`,
      },
      body: JSON.stringify({ progress: 10 + round }),
    });
    if (patch.status !== 200) throw new Error(`PATCH for the uncached summary: ${patch.status}`);
    version = (await patch.json()).version;
    const started = performance.now();
    await getJson(base, '/api/v1/dashboard/summary', session);
    if (round > 0) samples.push(performance.now() - started);
  }
  return Math.round(median(samples));
}

/** The overview in headless Chromium: navigation until the key figures and all three charts are drawn. */
async function renderOverview(base) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const login = await context.request.post(`${base}/api/v1/auth/login`, { data: ADMIN });
    if (!login.ok()) throw new Error(`browser sign-in failed: ${login.status()}`);
    const page = await context.newPage();
    // Charts load Chart.js and draw when they come near the screen (lbm-chart): the reader scrolls to them, and so
    // does the measurement, one chart not yet drawn at a time.
    const charts = () => {
      const waiting = [...document.querySelectorAll('lbm-chart canvas')].find(
        (canvas) => canvas.getAttribute('data-rendered') !== 'true',
      );
      waiting?.scrollIntoView({ block: 'nearest' });
      return (
        document.querySelectorAll('lbm-chart canvas[data-rendered="true"]').length >= 3 &&
        document.querySelector('[data-testid="key-figure-total"] dd')?.textContent?.trim() !== ''
      );
    };
    const timeTo = async () => {
      const started = Date.now();
      await page.goto(`${base}/overview`);
      await page.waitForFunction(charts, undefined, { timeout: 30_000, polling: 'raf' });
      return Date.now() - started;
    };
    await timeTo(); // warm HTTP cache, as a returning user has it
    const samples = [];
    for (let run = 0; run < 5; run++) samples.push(await timeTo());
    return { medianMs: median(samples), samples };
  } finally {
    await browser.close();
  }
}

async function postgresTarget(suffix = '') {
  const candidates = [
    process.env.BENCH_POSTGRES_URL,
    process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined,
    'postgres://postgres@127.0.0.1:5432/postgres',
  ].filter(Boolean);
  const adminUrl = candidates[0];
  const name = `lbm_bench_${process.pid}${suffix ? `_${suffix.replace(/\W/g, '_')}` : ''}`;
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

/** A fresh database of the kind: its URL and how to drop it. */
async function freshDatabase(kind, name) {
  if (kind === 'sqlite') return { url: `sqlite:${join(work, `${name}.db`)}`, drop: async () => undefined };
  return postgresTarget(name);
}

/**
 * "Summary right after a write" on its own data set of `measures` (the same seed, history 10 per measure): a fresh
 * database, migrated, loaded, and the built server started on it. Used for the second size of the full run and
 * for both sizes with --only=summary-after-write.
 */
async function summaryAfterWriteAt(kind, build, leitbild, measures) {
  const target = await freshDatabase(kind, `after-write-${measures}`);
  const env = serverEnv(target.url, leitbild);
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await (await startServer(build.main, env, { port: PORT, nodeFlags: NODE_FLAGS, timeoutMs: 120_000 })).stop();
    const options = { ...OPTIONS, measures, history: measures * 10 };
    log(`${kind}: generating ${measures} measures for the summary right after a write`);
    if (kind === 'sqlite') generateSqlite(target.url.slice('sqlite:'.length), options);
    else await generatePostgres(target.url, options);
    const server = await startServer(build.main, env, { port: PORT, nodeFlags: NODE_FLAGS, timeoutMs: 120_000 });
    try {
      const session = await signIn(base, ADMIN);
      const [probe] = (await getJson(base, '/api/v1/measures?status=in_progress&limit=1&sort=-updatedAt', session))
        .items;
      await getJson(base, '/api/v1/dashboard/summary', session);
      const ms = await summaryAfterWrite(base, session, probe);
      log(`${kind}: summary right after a write at ${measures} measures: ${ms} ms (load average ${loadAverage()})`);
      return ms;
    } finally {
      await server.stop();
    }
  } finally {
    await target.drop();
  }
}

/** Measures in progress with their versions, for the PATCH scenarios: each run edits measures of its own. */
async function writableMeasures(base, session, count) {
  const pool = [];
  for (let page = 1; pool.length < count; page++) {
    const items = (
      await getJson(base, `/api/v1/measures?status=in_progress&limit=100&page=${page}&sort=-updatedAt`, session)
    ).items;
    if (items.length === 0) break;
    pool.push(...items.map((item) => ({ id: item.id, version: item.version, progress: item.progress })));
  }
  return pool.slice(0, count);
}

/**
 * The PATCH scenarios, each on half of `writable` (a run leaves the versions it wrote in its own process): as fast
 * as the answers come (closed loop), and at TARGETS.patchOfferedRate requests per second offered (load.mjs).
 */
function patchScenarios(writable, session) {
  const headers = { cookie: session.cookie, 'x-xsrf-token': session.csrf };
  const half = Math.ceil(writable.length / 2);
  return [
    { name: 'patch', kind: 'patch', measures: writable.slice(0, half), headers },
    {
      name: 'patchAtRate',
      kind: 'patch',
      rate: TARGETS.patchOfferedRate,
      measures: writable.slice(half),
      headers,
    },
  ];
}

async function benchDatabase(kind, build, leitbild) {
  const result = { database: kind };
  let databaseUrl;
  let dropDatabase = async () => undefined;
  if (kind === 'sqlite') {
    databaseUrl = `sqlite:${join(work, 'bench.db')}`;
  } else {
    const target = await postgresTarget();
    databaseUrl = target.url;
    dropDatabase = target.drop;
  }
  const env = serverEnv(databaseUrl, leitbild);
  const base = `http://127.0.0.1:${PORT}`;
  try {
    log(`${kind}: first start (migrations, Leitbild with ${FIELDS_OF_ACTION} fields of action, administrator)`);
    await (await startServer(build.main, env, { port: PORT, nodeFlags: NODE_FLAGS, timeoutMs: 120_000 })).stop();

    log(
      `${kind}: generating ${OPTIONS.measures} measures, ${OPTIONS.actors} actors, ${OPTIONS.history} history entries`,
    );
    const generationStarted = performance.now();
    result.rows =
      kind === 'sqlite'
        ? generateSqlite(databaseUrl.slice('sqlite:'.length), OPTIONS)
        : await generatePostgres(databaseUrl, OPTIONS);
    result.generationSeconds = Math.round((performance.now() - generationStarted) / 100) / 10;
    log(`${kind}: generated in ${result.generationSeconds} s: ${JSON.stringify(result.rows)}`);

    const server = await startServer(build.main, env, { port: PORT, nodeFlags: NODE_FLAGS, timeoutMs: 120_000 });
    result.coldStartMs = server.coldStartMs;
    result.startMemoryMb = memoryMb(server.child.pid, 'VmRSS');
    log(`${kind}: cold start to first answered request ${server.coldStartMs} ms`);
    try {
      const session = await signIn(base, ADMIN);
      const sessionHeaders = { cookie: session.cookie };
      const fields = (await getJson(base, '/api/v1/fields-of-action?limit=100', session)).items;
      const [uncachedProbe, ...writable] = await writableMeasures(base, session, 1 + CONNECTIONS * 20);
      const measureIds = (await getJson(base, '/api/v1/measures?limit=100&sort=-updatedAt', session)).items.map(
        (item) => item.id,
      );

      const summary = await getJson(base, '/api/v1/dashboard/summary', session);
      const period = {
        today: new Date().toISOString().slice(0, 10),
        from: summary.timeline.from,
        end: nextDay(summary.timeline.to),
      };
      result.bareSqlMs = await bareSql(
        kind,
        kind === 'sqlite' ? databaseUrl.slice('sqlite:'.length) : databaseUrl,
        period,
      );
      result.summaryAfterWriteMs = await summaryAfterWrite(base, session, uncachedProbe);
      log(
        `${kind}: summary queries bare ${result.bareSqlMs} ms; summary right after a write ${result.summaryAfterWriteMs} ms`,
      );

      const publicBytes = Buffer.from(await (await fetch(`${base}/api/v1/public/summary`)).arrayBuffer());
      result.summaryBytes = publicBytes.length;
      result.bare = await bareLimit(publicBytes, '/api/v1/public/summary');
      log(`${kind}: bare node:http limit ${result.bare.requestsPerSecond} req/s`);

      const listPaths = [];
      for (const field of fields)
        for (let page = 1; page <= 4; page++)
          listPaths.push(
            `/api/v1/measures?fieldOfAction=${field.id}&status=in_progress&sort=-updatedAt&limit=50&page=${page}`,
          );
      const scenarios = [
        { name: 'publicSummary', kind: 'get', paths: ['/api/v1/public/summary'] },
        { name: 'summary', kind: 'get', paths: ['/api/v1/dashboard/summary'], headers: sessionHeaders },
        { name: 'list', kind: 'get', paths: listPaths, headers: sessionHeaders },
        {
          name: 'measure',
          kind: 'get',
          paths: measureIds.map((id) => `/api/v1/measures/${id}`),
          headers: sessionHeaders,
        },
        ...patchScenarios(writable, session),
      ];
      for (const scenario of scenarios) {
        result[scenario.name] = await load({ ...scenario, url: base });
        const r = result[scenario.name];
        log(
          `${kind}: ${scenario.name} ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} p95 ${r.latencyMs.p95} p99 ${r.latencyMs.p99} ms, ${JSON.stringify(r.statusCodes)}; ` +
            `server memory ${memoryMb(server.child.pid, 'VmRSS')} MB, peak so far ${memoryMb(server.child.pid)} MB`,
        );
      }
      if (BROWSER && build.hasDashboard) {
        result.overviewRender = await renderOverview(base);
        log(`${kind}: overview charts drawn after ${result.overviewRender.medianMs} ms (median of 5)`);
      }
      if (BROWSER && build.hasDashboard && kind === 'sqlite' && LIGHTHOUSE_RUNS > 0) {
        result.pageLoads = await measurePageLoads(base, { cookie: session.cookie, runs: LIGHTHOUSE_RUNS });
        const { publicPage, overview } = result.pageLoads;
        log(
          `${kind}: Lighthouse mobile /public ${publicPage.scores.join(', ')} (${Math.round(publicPage.transferBytes / 1024)} kB), ` +
            `/overview ${overview.scores.join(', ')}; load average ${result.pageLoads.loadAverage}`,
        );
      }
      // Through the whole run: the loads, the summary after writes, the browser and Lighthouse.
      result.peakMemoryMb = memoryMb(server.child.pid);
      log(`${kind}: server peak memory ${result.peakMemoryMb} MB`);
    } finally {
      await server.stop();
    }
  } finally {
    await dropDatabase();
  }
  result.summaryAfterWriteSmallMs = await summaryAfterWriteAt(kind, build, leitbild, SMALL_MEASURES);
  return result;
}

/** The two verdicts of "summary right after a write": the figure, and its growth from the small data set. */
function summaryAfterWriteVerdicts(result) {
  const ratio = result.summaryAfterWriteMs / Math.max(result.summaryAfterWriteSmallMs, 1);
  return [
    [
      `Summary right after a write, ${MEASURES.toLocaleString('en')} measures`,
      `${result.summaryAfterWriteMs} ms`,
      `≤ ${TARGETS.summaryAfterWriteMs} ms`,
      atMost(result.summaryAfterWriteMs, TARGETS.summaryAfterWriteMs),
    ],
    [
      `… as multiple of the same at ${SMALL_MEASURES.toLocaleString('en')} measures (${result.summaryAfterWriteSmallMs} ms)`,
      `${ratio.toFixed(2)} ×`,
      `≤ ${TARGETS.summaryAfterWriteRatio} ×`,
      atMost(ratio, TARGETS.summaryAfterWriteRatio),
    ],
  ];
}

function nextDay(date) {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The PATCH rows: closed loop with 50 connections, and the same connections at a fixed offered rate. */
function patchVerdicts(result) {
  const rate = TARGETS.patchOfferedRate.toLocaleString('en');
  return [
    [
      `PATCH with If-Match, writes per second (${CONNECTIONS} connections, closed loop)`,
      `${result.patch.requestsPerSecond}/s (p95 ${result.patch.latencyMs.p95} ms)`,
      `≥ ${TARGETS.patchWritesPerSecond.toLocaleString('en')}/s`,
      atLeast(result.patch.requestsPerSecond, TARGETS.patchWritesPerSecond),
    ],
    [
      `PATCH with If-Match p95 at ${rate} writes/s offered (${CONNECTIONS} connections)`,
      `${result.patchAtRate.latencyMs.p95} ms (${result.patchAtRate.requestsPerSecond}/s answered)`,
      `≤ ${TARGETS.patchAtRateP95Ms} ms`,
      atMost(result.patchAtRate.latencyMs.p95, TARGETS.patchAtRateP95Ms),
    ],
  ];
}

/**
 * Pass/fail per target. The targets are set for SQLite; PostgreSQL is measured against the same numbers, except the
 * PATCH rows: the issue sets PostgreSQL's write target apart (≥ 500 writes/s with one instance, in the further
 * table), so there its cells say "–" instead of failing a target that is not its own.
 */
function verdicts(result) {
  const share = result.publicSummary.requestsPerSecond / result.bare.requestsPerSecond;
  const rows = [
    [
      'Signed-in summary p95',
      `${result.summary.latencyMs.p95} ms`,
      `≤ ${TARGETS.summaryP95Ms} ms`,
      atMost(result.summary.latencyMs.p95, TARGETS.summaryP95Ms),
    ],
    [
      'Public summary throughput / bare node:http',
      `${(share * 100).toFixed(0)} %`,
      `≥ ${TARGETS.publicShareOfLimit * 100} %`,
      atLeast(share, TARGETS.publicShareOfLimit),
    ],
    [
      'List page of 50 p95',
      `${result.list.latencyMs.p95} ms`,
      `≤ ${TARGETS.listP95Ms} ms`,
      atMost(result.list.latencyMs.p95, TARGETS.listP95Ms),
    ],
    ...patchVerdicts(result).map(([name, measured, target, met]) => [
      name,
      measured,
      target,
      result.database === 'sqlite' ? met : null,
    ]),
    [
      'Server peak memory (VmHWM)',
      `${result.peakMemoryMb} MB`,
      `≤ ${TARGETS.peakMemoryMb} MB`,
      atMost(result.peakMemoryMb, TARGETS.peakMemoryMb),
    ],
    [
      'Cold start to first answer',
      `${result.coldStartMs} ms`,
      `≤ ${TARGETS.coldStartMs} ms`,
      atMost(result.coldStartMs, TARGETS.coldStartMs),
    ],
    ...summaryAfterWriteVerdicts(result),
  ];
  if (result.overviewRender)
    rows.push([
      'Overview charts drawn (Chromium)',
      `${result.overviewRender.medianMs} ms`,
      `≤ ${TARGETS.overviewRenderMs} ms`,
      atMost(result.overviewRender.medianMs, TARGETS.overviewRenderMs),
    ]);
  if (result.pageLoads) rows.push(...pageLoadVerdicts(result.pageLoads));
  return rows;
}

function markdown(results) {
  const [first] = results;
  const columns = results.map((result) => (result.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'));
  const lines = [];
  const header = (...cells) => lines.push(`| ${cells.join(' | ')} |`, `| ${cells.map(() => '---').join(' | ')} |`);
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${cpus()[0]?.model.trim()}), ` +
      `${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version} (server: ${NODE_FLAGS.join(' ') || 'no flags'}); ${CONNECTIONS} connections, ${DURATION} s per scenario after ` +
      `${WARMUP} s warm-up; autocannon runs in a second process on the same machine. Data set: ` +
      `${first.rows.measure.toLocaleString('en')} measures in ${FIELDS_OF_ACTION} fields of action, ${first.rows.actor} actors, ` +
      `${first.rows.measure_history.toLocaleString('en')} history entries, ${first.rows.measure_guideline.toLocaleString('en')} guideline links ` +
      `(seed ${OPTIONS.seed}, dates up to ${OPTIONS.anchor}). Load average of the machine (other work included) ` +
      `at the start and end of the run: ${loadAtStart} → ${loadAverage()}.`,
    '',
  );
  header(
    'Target',
    ...columns.map((column) => `${column}: measured`),
    'Target',
    ...columns.map((column) => `${column}: met`),
  );
  const perDatabase = results.map(verdicts);
  for (let index = 0; index < perDatabase[0].length; index++) {
    const [name, , target] = perDatabase[0][index];
    row(
      name,
      ...perDatabase.map((rows) => rows[index]?.[1] ?? '–'),
      target,
      ...perDatabase.map((rows) =>
        rows[index]?.[3] === true ? 'pass' : rows[index]?.[3] === false ? '**FAIL**' : '–',
      ),
    );
  }
  lines.push('');
  header('Scenario', ...columns.flatMap((column) => [`${column} req/s`, `${column} p50 / p95 / p99 ms`]), 'Answers');
  const scenarioNames = {
    bare: 'Limit: bare node:http, same summary bytes',
    publicSummary: 'GET /public/summary (anonymous)',
    summary: 'GET /dashboard/summary (signed in)',
    list: 'GET /measures, field + status filter, page of 50',
    measure: 'GET /measures/:id',
    patch: 'PATCH /measures/:id with If-Match',
    patchAtRate: `PATCH /measures/:id with If-Match, ${TARGETS.patchOfferedRate.toLocaleString('en')}/s offered`,
  };
  for (const [key, label] of Object.entries(scenarioNames)) {
    row(
      label,
      ...results.flatMap((result) => [
        result[key].requestsPerSecond,
        `${result[key].latencyMs.p50} / ${result[key].latencyMs.p95} / ${result[key].latencyMs.p99}`,
      ]),
      results.map((result) => `${result.database}: ${JSON.stringify(result[key].statusCodes)}`).join('; '),
    );
  }
  lines.push('');
  header('Other figures', ...columns);
  row(
    'Public summary as share of the bare limit',
    ...results.map((r) => `${((r.publicSummary.requestsPerSecond / r.bare.requestsPerSecond) * 100).toFixed(0)} %`),
  );
  row(
    'Signed-in summary as share of the bare limit',
    ...results.map((r) => `${((r.summary.requestsPerSecond / r.bare.requestsPerSecond) * 100).toFixed(0)} %`),
  );
  row('Summary bytes', ...results.map((r) => r.summaryBytes.toLocaleString('en')));
  row("Bare SQL of the summary's queries (in a row)", ...results.map((r) => `${r.bareSqlMs} ms`));
  row('Summary right after a write (over HTTP)', ...results.map((r) => `${r.summaryAfterWriteMs} ms`));
  row('… as multiple of the bare SQL', ...results.map((r) => `${(r.summaryAfterWriteMs / r.bareSqlMs).toFixed(1)} ×`));
  row(
    'PATCH answers 412 (should be 0)',
    ...results.map((r) => (r.patch.statusCodes['412'] ?? 0) + (r.patchAtRate.statusCodes['412'] ?? 0)),
  );
  row('Server memory right after the start (VmRSS)', ...results.map((r) => `${r.startMemoryMb} MB`));
  row('Generating the data set', ...results.map((r) => `${r.generationSeconds} s`));
  const pageLoads = results.find((r) => r.pageLoads)?.pageLoads;
  if (pageLoads) {
    lines.push('');
    header(`Lighthouse (mobile), median of ${pageLoads.runs} cold loads, SQLite`, '/public', '/overview (signed in)');
    const pages = [pageLoads.publicPage, pageLoads.overview];
    row('Performance score (every run)', ...pages.map((p) => `${p.score} (${p.scores.join(', ')})`));
    row('Transferred', ...pages.map((p) => `${Math.round(p.transferBytes / 1024)} kB`));
    row(
      'First / largest contentful paint',
      ...pages.map((p) => `${p.firstContentfulPaintMs} / ${p.largestContentfulPaintMs} ms`),
    );
    row('Total blocking time', ...pages.map((p) => `${p.totalBlockingTimeMs} ms`));
    row('Unused JavaScript (transferred)', ...pages.map((p) => `${Math.round(p.unusedJavaScriptBytes / 1024)} kB`));
    row('Load average when measured', pageLoads.loadAverage, pageLoads.loadAverage);
  }
  return lines.join('\n');
}

async function writeDocs(table) {
  const file = join(ROOT, 'docs/performance.md');
  const begin = '<!-- bench:begin (generated by `npm run bench`; edits between these markers are overwritten) -->';
  const end = '<!-- bench:end -->';
  const text = readFileSync(file, 'utf8');
  const block = `${begin}\n\n${table}\n\n${end}`;
  const from = text.indexOf('<!-- bench:begin');
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n## City-scale benchmark: latest run\n\n${block}\n`;
  // Formatted as the repository's format check expects (tables aligned).
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
  log('docs/performance.md updated');
}

/** --only=summary-after-write: both sizes on each database, and their verdicts; the docs are left alone. */
async function onlySummaryAfterWrite(build, leitbild) {
  const lines = [
    `Summary right after a write; load average ${loadAtStart} at the start (the machine's other work included).`,
  ];
  for (const kind of DATABASES) {
    const result = { database: kind };
    result.summaryAfterWriteMs = await summaryAfterWriteAt(kind, build, leitbild, MEASURES);
    result.summaryAfterWriteSmallMs = await summaryAfterWriteAt(kind, build, leitbild, SMALL_MEASURES);
    for (const [name, measured, target, met] of summaryAfterWriteVerdicts(result))
      lines.push(`${kind}: ${name}: ${measured} (target ${target}) ${met ? 'pass' : 'FAIL'}`);
  }
  lines.push(`Load average at the end: ${loadAverage()}.`);
  console.log(`\n${lines.join('\n')}\n`);
}

/**
 * --only=patch: the PATCH scenarios on a fresh data set of --measures per database, with the server's CPU per
 * answered write (Linux /proc: user and system time of all its threads); the docs are left alone.
 */
async function onlyPatch(build, leitbild) {
  const lines = [`PATCH scenarios; load average ${loadAtStart} at the start (the machine's other work included).`];
  for (const kind of DATABASES) {
    const target = await freshDatabase(kind, 'patch');
    const env = serverEnv(target.url, leitbild);
    const base = `http://127.0.0.1:${PORT}`;
    try {
      await (await startServer(build.main, env, { port: PORT, nodeFlags: NODE_FLAGS, timeoutMs: 120_000 })).stop();
      log(`${kind}: generating ${OPTIONS.measures} measures`);
      if (kind === 'sqlite') generateSqlite(target.url.slice('sqlite:'.length), OPTIONS);
      else await generatePostgres(target.url, OPTIONS);
      const server = await startServer(build.main, env, { port: PORT, nodeFlags: NODE_FLAGS, timeoutMs: 120_000 });
      try {
        const session = await signIn(base, ADMIN);
        const result = { database: kind };
        for (const scenario of patchScenarios(await writableMeasures(base, session, CONNECTIONS * 20), session)) {
          const cpuBefore = cpuMs(server.pid);
          const r = (result[scenario.name] = await load({ ...scenario, url: base }));
          // The warm-up's writes are not counted in `responses`: the CPU per write includes its share.
          const cpuPerWrite = (cpuMs(server.pid) - cpuBefore) / (r.responses * (1 + WARMUP / DURATION));
          log(
            `${kind}: ${scenario.name} ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} p95 ${r.latencyMs.p95} ` +
              `p99 ${r.latencyMs.p99} ms, ${JSON.stringify(r.statusCodes)}, about ${cpuPerWrite.toFixed(2)} ms of ` +
              `server CPU per write (load average ${loadAverage()})`,
          );
        }
        for (const [name, measured, goal, met] of patchVerdicts(result))
          lines.push(`${kind}: ${name}: ${measured} (target ${goal}) ${met ? 'pass' : 'FAIL'}`);
      } finally {
        await server.stop();
      }
    } finally {
      await target.drop();
    }
  }
  lines.push(`Load average at the end: ${loadAverage()}.`);
  console.log(`\n${lines.join('\n')}\n`);
}

/** CPU time (user + system, all threads) a process has used, in ms (Linux /proc, 100 ticks per second). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * The import under reads (SQLite) and the PostgreSQL writes of one and two instances, on the same data set size:
 * a table of their verdicts for the docs, and the verdicts for the run's summary line.
 */
async function furtherScenarios(build, leitbild) {
  const lines = ['| Further target | Measured | Target | Met |', '| --- | --- | --- | --- |'];
  const all = [];
  const add = (rows) => {
    all.push(...rows);
    for (const [name, measured, target, met] of rows)
      lines.push(`| ${name} | ${measured} | ${target} | ${met ? 'pass' : '**FAIL**'} |`);
  };
  const notes = [];
  if (DATABASES.includes('sqlite')) {
    const rows = Number(arg('import-rows', 20_000));
    log(`sqlite: import of ${rows} rows under reads (load average ${loadAverage()})`);
    const imported = await benchImportUnderReads({
      main: build.main,
      hasDashboard: build.hasDashboard,
      work,
      port: PORT,
      measures: MEASURES,
      rows,
      leitbildFile: leitbild,
    });
    add(importVerdicts(imported));
    notes.push(
      `Import: ${imported.measures.toLocaleString('en')} measures before it; server CPU ` +
        `${imported['dry-run'].serverCpuMs} ms (dry run) and ${imported.commit.serverCpuMs} ms (commit), the readers' ` +
        `share included; load average at its end ${loadAverage()}.`,
    );
  }
  if (DATABASES.includes('postgres')) {
    log(`postgres: PATCH from one and two instances (load average ${loadAverage()})`);
    const writes = await benchPostgresWrites({
      main: build.main,
      work,
      port: PORT,
      measures: MEASURES,
      history: OPTIONS.history,
      connections: CONNECTIONS,
      duration: DURATION,
      warmup: WARMUP,
      sampleMs: 20,
    });
    add(pgWriteVerdicts(writes));
    notes.push(
      ...pgWriteReport(writes)
        .slice(-2)
        .map((line) => `PostgreSQL writes, ${line}.`),
    );
  }
  return { markdown: [...lines, '', ...notes].join('\n'), verdicts: all };
}

mkdirSync(work, { recursive: true });
let failed = false;
try {
  const build = copyBuild();
  const leitbild = writeLeitbild();
  if (ONLY === 'summary-after-write') {
    await onlySummaryAfterWrite(build, leitbild);
    rmSync(work, { recursive: true, force: true });
    process.exit(0);
  }
  if (ONLY === 'patch') {
    await onlyPatch(build, leitbild);
    rmSync(work, { recursive: true, force: true });
    process.exit(0);
  }
  if (ONLY) throw new Error(`--only knows indicators, summary-after-write, import, pg-writes and patch, not ${ONLY}`);
  const results = [];
  for (const kind of DATABASES) {
    try {
      results.push(await benchDatabase(kind, build, leitbild));
    } catch (error) {
      if (kind === 'postgres' && /ECONNREFUSED|password|does not exist/.test(String(error?.message ?? error))) {
        log(`postgres: skipped, no server (${error.message})`);
        continue;
      }
      throw error;
    }
  }
  const further = await furtherScenarios(build, leitbild);
  const table = `${markdown(results)}\n\n${further.markdown}`;
  console.log(`\n${table}\n`);
  writeFileSync(join(ROOT, 'tmp', 'bench-result.json'), JSON.stringify(results, null, 2));
  if (WRITE_DOCS) await writeDocs(table);
  const sqlite = results.find((result) => result.database === 'sqlite');
  const missed = [...(sqlite ? verdicts(sqlite) : []), ...further.verdicts].filter(([, , , met]) => !met);
  console.log(missed.length === 0 ? 'Every target met.' : `Targets missed: ${missed.map(([name]) => name).join('; ')}`);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  rmSync(work, { recursive: true, force: true });
}
// The indicators (tools/bench/indicators.mjs) after the register's figures, on SQLite, into their own section.
if (!failed && !arg('only', null)) {
  try {
    await (await import('./indicators.mjs')).benchIndicators();
  } catch (error) {
    console.error(error);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
