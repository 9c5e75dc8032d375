// The indicator part of `npm run bench` (issue 16): 500 indicators with 20 values each on SQLite, and the latency
// of the indicator list (unfiltered, and filtered by field of action and state) and of the indicator page, with
// the same load as the register (autocannon in a second process, 50 connections) and against the same limit: a
// bare node:http server answering the unfiltered list page's bytes under the same load, in the same run.
//
//   npm run bench -- --only=indicators        (builds first; or, after a build:)
//   node tools/bench/indicators.mjs [--indicators=500] [--values=20] [--duration=10] [--warmup=3]
//                                   [--connections=50] [--no-docs] [--anchor=YYYY-MM-DD] [--seed=20261206]
//
// The data set: 500 indicators over the 12 fields of action (quarterly values, 20 each, the latest on the last
// quarter's end before --anchor, drifting for or against the desired direction; a baseline on the first value,
// a goal of ±30 % at the end of the year five years on), written straight into a
// database that the built server has migrated, then the latest value of each entered through the API
// (`PUT /indicators/:id/values/:date`), so state and progress come from the product's own rule.
// Prints the figures with pass/fail against the register's latency target (p95 ≤ 50 ms) and writes them into
// docs/performance.md between the indicator markers.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { atMost } from './verdict.mjs';
import { signIn, startServer } from './bench-server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const found = process.argv.find((value) => value === `--${name}` || value.startsWith(`--${name}=`));
  if (!found) return fallback;
  return found.includes('=') ? found.slice(found.indexOf('=') + 1) : true;
};
const OPTIONS = {
  indicators: Number(arg('indicators', 500)),
  values: Number(arg('values', 20)),
  seed: Number(arg('seed', 20261206)),
  anchor: String(arg('anchor', new Date().toISOString().slice(0, 10))),
};
const DURATION = Number(arg('duration', 10));
const WARMUP = Number(arg('warmup', 3));
const CONNECTIONS = Number(arg('connections', 50));
const WRITE_DOCS = !arg('no-docs', false);
const PORT = Number(arg('port', 3970));
const BARE_PORT = PORT + 1;
const ADMIN = { email: 'kennzahlen-admin@example.org', password: 'Lindenblatt-Abendstern-83' };
const FIELDS_OF_ACTION = 12;
/** The register's latency target (docs/performance.md), which issue 16 sets for the indicator list and page too. */
const TARGETS = { listP95Ms: 50, detailP95Ms: 50 };

const work = join(ROOT, 'tmp', `bench-indicators-${process.pid}`);
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const loadAtStart = loadAverage();
const log = (message) => console.log(`[bench:indicators ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** mulberry32: small, fast, deterministic. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The built API, copied aside so a rebuild during the run cannot change what is measured. */
function copyBuild() {
  if (!existsSync(join(ROOT, 'dist/apps/api/main.js')))
    throw new Error('dist/apps/api/main.js is missing: run `npx nx build api` (npm run bench does)');
  cpSync(join(ROOT, 'dist/apps/api'), join(work, 'build/api'), { recursive: true });
  return join(work, 'build/api/main.js');
}

/** The bundled Harburg Leitbild with twelve fields of action, as the register's benchmark uses. */
function writeLeitbild() {
  const harburg = JSON.parse(readFileSync(join(ROOT, 'libs/api/demo-data/src/lib/data/leitbild-harburg.json'), 'utf8'));
  const extra = ['Wohnen', 'Gesundheit', 'Sport', 'Kultur', 'Arbeit', 'Sicherheit', 'Digitale Teilhabe'];
  const fields = [...harburg.fieldsOfAction];
  for (const name of extra.slice(0, FIELDS_OF_ACTION - fields.length))
    fields.push({ key: `bench-${fields.length + 1}`, name, description: `${name} (Benchmark)` });
  const file = join(work, 'leitbild-12.json');
  writeFileSync(file, JSON.stringify({ ...harburg, fieldsOfAction: fields }));
  return file;
}

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
    RATE_LIMIT_PER_MINUTE: '1000000000',
    BACKUP_INTERVAL_HOURS: '0',
    AUDIT_ANCHOR_FILE: join(work, 'audit-anchors.log'),
  };
}

/** The last day of the quarter `back` quarters before the one that ends before `anchor`. */
function quarterEnd(anchor, back) {
  const date = new Date(`${anchor}T00:00:00.000Z`);
  const quarter = Math.floor(date.getUTCMonth() / 3) - 1 - back; // the last completed quarter, minus back
  const end = new Date(Date.UTC(date.getUTCFullYear(), (quarter + 1) * 3, 0));
  return end.toISOString().slice(0, 10);
}

/**
 * Writes the indicators, their first `values - 1` values and their goals into the migrated database, each at
 * version 1 and without a state yet; the latest value follows through the API. Returns the ids and the latest
 * value to enter.
 */
function generateIndicators(path) {
  const next = random(OPTIONS.seed);
  const db = new Database(path);
  const fields = db.prepare('SELECT id FROM field_of_action ORDER BY position').all();
  const [admin] = db.prepare("SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1").all();
  if (fields.length === 0 || !admin) throw new Error('start the built server on the database once first');
  const now = new Date().toISOString();
  const indicator = db.prepare(
    `INSERT INTO indicator (id, version, code, name, description, unit, desired_trend, time_resolution, source,
       field_of_action_id, responsible_actor_id, is_public, due_every, due_month_day, baseline_date, state, progress,
       created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, 'quarter', ?, ?, NULL, ?, 'quarter', NULL, ?, 'no_data', NULL, ?, ?)`,
  );
  const value = db.prepare(
    `INSERT INTO indicator_value (indicator_id, value_date, value, note, entered_by_id, entered_by_name, entered_at)
     VALUES (?, ?, ?, NULL, ?, 'Benchmark', ?)`,
  );
  const goal = db.prepare('INSERT INTO indicator_goal (indicator_id, goal_date, value) VALUES (?, ?, ?)');
  const units = ['Personen', '%', 'Plätze', 'Angebote', 'Teilnehmende'];
  const latest = [];
  db.transaction(() => {
    for (let i = 0; i < OPTIONS.indicators; i++) {
      const hex = Array.from({ length: 4 }, () =>
        Math.floor(next() * 0x100000000)
          .toString(16)
          .padStart(8, '0'),
      ).join('');
      const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
      const increase = next() < 0.7;
      const first = quarterEnd(OPTIONS.anchor, OPTIONS.values - 1);
      indicator.run(
        id,
        `BK-${String(i + 1).padStart(3, '0')}`,
        `Kennzahl ${i + 1} des Benchmark-Datensatzes`,
        `Quartalswerte der Kennzahl ${i + 1}.`,
        units[i % units.length],
        increase ? 'increase' : 'decrease',
        'Statistikamt Nord (Benchmark)',
        fields[i % fields.length].id,
        next() < 0.6 ? 1 : 0,
        first,
        now,
        now,
      );
      // A drift per quarter in the desired direction or against it, with some noise: the states come out mixed.
      const start = 100 + Math.floor(next() * 900);
      const drift = (increase ? 1 : -1) * (-0.01 + next() * 0.04);
      let current = start;
      for (let v = OPTIONS.values - 1; v >= 1; v--) {
        value.run(id, quarterEnd(OPTIONS.anchor, v), current, admin.id, now);
        current = Math.max(0, Math.round(current * (1 + drift + (next() - 0.5) * 0.02) * 10) / 10);
      }
      const target = Math.round(start * (increase ? 1.3 : 0.7));
      goal.run(id, `${Number(OPTIONS.anchor.slice(0, 4)) + 5}-12-31`, target);
      latest.push({ id, date: quarterEnd(OPTIONS.anchor, 0), value: current });
    }
  })();
  db.exec('ANALYZE');
  db.close();
  return { latest, fieldIds: fields.map((field) => field.id) };
}

/** Enters each indicator's latest value through the API (8 at a time), so the rule sets state and progress. */
async function enterLatestValues(base, session, latest) {
  const queue = [...latest];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const response = await fetch(`${base}/api/v1/indicators/${item.id}/values/${item.date}`, {
        method: 'PUT',
        headers: {
          cookie: session.cookie,
          'x-xsrf-token': session.csrf,
          'content-type': 'application/json',
          'if-match': '"1"',
        },
        body: JSON.stringify({ value: item.value }),
      });
      if (response.status !== 200) throw new Error(`PUT value: ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

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

async function bareLimit(bytes) {
  const file = join(work, 'indicator-list.json');
  writeFileSync(file, bytes);
  const child = spawn(process.execPath, [join(import.meta.dirname, 'bare-server.mjs'), file, String(BARE_PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((done) => child.stdout.once('data', done));
  try {
    return await load({ name: 'bare', kind: 'get', url: `http://127.0.0.1:${BARE_PORT}`, paths: ['/'] });
  } finally {
    child.kill('SIGTERM');
  }
}

async function run() {
  const main = copyBuild();
  const leitbild = writeLeitbild();
  const databasePath = join(work, 'indicators.db');
  const env = serverEnv(`sqlite:${databasePath}`, leitbild);
  const base = `http://127.0.0.1:${PORT}`;
  log('first start (migrations, Leitbild with 12 fields of action, administrator)');
  await (await startServer(main, env, { port: PORT, timeoutMs: 120_000 })).stop();
  log(`generating ${OPTIONS.indicators} indicators with ${OPTIONS.values} values each`);
  const { latest, fieldIds } = generateIndicators(databasePath);
  const server = await startServer(main, env, { port: PORT, timeoutMs: 120_000 });
  const result = { indicators: OPTIONS.indicators, values: OPTIONS.values };
  try {
    const session = await signIn(base, ADMIN);
    const started = performance.now();
    await enterLatestValues(base, session, latest);
    log(`latest values entered through the API in ${Math.round(performance.now() - started)} ms`);
    const headers = { cookie: session.cookie };
    const get = async (path) => {
      const response = await fetch(`${base}${path}`, { headers });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return response;
    };
    const first = await (await get('/api/v1/indicators?limit=50')).json();
    if (first.total !== OPTIONS.indicators) throw new Error(`the list has ${first.total} indicators`);
    const detail = await (await get(`/api/v1/indicators/${latest[0].id}`)).json();
    result.valuesPerIndicator = detail.values.length;
    result.states = {};
    for (let page = 1; page <= Math.ceil(OPTIONS.indicators / 100); page++) {
      for (const item of (await (await get(`/api/v1/indicators?limit=100&page=${page}`)).json()).items)
        result.states[item.state] = (result.states[item.state] ?? 0) + 1;
    }
    const listBytes = Buffer.from(await (await get('/api/v1/indicators?limit=50')).arrayBuffer());
    result.listBytes = listBytes.length;
    result.bare = await bareLimit(listBytes);
    log(`bare node:http limit ${result.bare.requestsPerSecond} req/s (${listBytes.length} bytes)`);

    const pages = Math.ceil(OPTIONS.indicators / 50);
    const unfiltered = Array.from({ length: pages }, (_, index) => `/api/v1/indicators?limit=50&page=${index + 1}`);
    const filtered = fieldIds.flatMap((field) =>
      ['on_track', 'off_track', 'reached', 'no_data'].map(
        (state) => `/api/v1/indicators?fieldOfAction=${field}&state=${state}&sort=code&limit=50`,
      ),
    );
    const scenarios = [
      { name: 'list', paths: unfiltered },
      { name: 'listFiltered', paths: filtered },
      { name: 'detail', paths: latest.slice(0, 100).map((item) => `/api/v1/indicators/${item.id}`) },
    ];
    for (const scenario of scenarios) {
      result[scenario.name] = await load({ ...scenario, kind: 'get', url: base, headers });
      const r = result[scenario.name];
      log(
        `${scenario.name} ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} p95 ${r.latencyMs.p95} p99 ${r.latencyMs.p99} ms, ${JSON.stringify(r.statusCodes)}`,
      );
    }
  } finally {
    await server.stop();
  }
  return result;
}

function verdicts(result) {
  return [
    ['GET /indicators, page of 50 — p95', result.list.latencyMs.p95, TARGETS.listP95Ms],
    ['GET /indicators, field + state filter — p95', result.listFiltered.latencyMs.p95, TARGETS.listP95Ms],
    ['GET /indicators/:id (20 values, goals, goal line) — p95', result.detail.latencyMs.p95, TARGETS.detailP95Ms],
  ].map(([name, measured, target]) => ({ name, measured, target, met: atMost(measured, target) }));
}

function markdown(result) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  const header = (...cells) => lines.push(`| ${cells.join(' | ')} |`, `| ${cells.map(() => '---').join(' | ')} |`);
  lines.push(
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${cpus()[0]?.model.trim()}), ` +
      `${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, SQLite; ${CONNECTIONS} connections, ${DURATION} s per ` +
      `scenario after ${WARMUP} s warm-up. Data set: ${result.indicators} indicators in ${FIELDS_OF_ACTION} fields of ` +
      `action with ${result.valuesPerIndicator} quarterly values each (states: ${Object.entries(result.states)
        .map(([state, count]) => `${count} ${state}`)
        .join(', ')}; seed ${OPTIONS.seed}, values up to ${quarterEnd(OPTIONS.anchor, 0)}). Load average of the ` +
      `machine (other work included) at the start and end of the run: ${loadAtStart} → ${loadAverage()}.`,
    '',
  );
  header('Target', 'Measured', 'Target', 'Met');
  for (const verdict of verdicts(result))
    row(verdict.name, `${verdict.measured} ms`, `≤ ${verdict.target} ms`, verdict.met ? 'pass' : '**FAIL**');
  lines.push('');
  header('Scenario', 'req/s', 'p50 / p95 / p99 ms', 'Share of the bare limit', 'Answers');
  const labels = {
    bare: `Limit: bare node:http, the list page's ${result.listBytes.toLocaleString('en')} bytes`,
    list: 'GET /indicators?limit=50&page=1…10',
    listFiltered: 'GET /indicators?fieldOfAction=…&state=…&sort=code',
    detail: 'GET /indicators/:id (100 in turn)',
  };
  for (const [key, label] of Object.entries(labels)) {
    const r = result[key];
    row(
      label,
      r.requestsPerSecond,
      `${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99}`,
      `${((r.requestsPerSecond / result.bare.requestsPerSecond) * 100).toFixed(0)} %`,
      JSON.stringify(r.statusCodes),
    );
  }
  return lines.join('\n');
}

async function writeDocs(table) {
  const file = join(ROOT, 'docs/performance.md');
  const begin =
    '<!-- bench-indicators:begin (generated by `npm run bench -- --only=indicators`; edits between these markers are overwritten) -->';
  const end = '<!-- bench-indicators:end -->';
  const text = readFileSync(file, 'utf8');
  const block = `${begin}\n\n${table}\n\n${end}`;
  const from = text.indexOf('<!-- bench-indicators:begin');
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n## Indicators: latest run\n\n${block}\n`;
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
  log('docs/performance.md updated');
}

/** Runs the indicator benchmark; resolves true when every target was met. */
export async function benchIndicators() {
  mkdirSync(work, { recursive: true });
  try {
    const result = await run();
    const table = markdown(result);
    console.log(`\n${table}\n`);
    writeFileSync(join(ROOT, 'tmp', 'bench-indicators-result.json'), JSON.stringify(result, null, 2));
    if (WRITE_DOCS) await writeDocs(table);
    const missed = verdicts(result).filter((verdict) => !verdict.met);
    console.log(
      missed.length === 0
        ? 'Every indicator target met.'
        : `Indicator targets missed: ${missed.map((v) => v.name).join('; ')}`,
    );
    return missed.length === 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  benchIndicators().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
