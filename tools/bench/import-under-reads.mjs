// The import-under-reads scenario of `npm run bench` (issue 15: an import never freezes the product), runnable on
// its own after a build: `node tools/bench/import-under-reads.mjs [--measures=20000] [--rows=20000]`, or as part of
// the benchmark with `node tools/bench/bench.mjs --only=import`.
//
// Starts the built server on a fresh SQLite database with a generated data set, then imports a file of `rows` new
// measures — a dry run, then a commit — as a job (`Prefer: respond-async`), while 10 clients read measure pages and
// one client fetches a static file, each as fast as answers come. Reports the import's duration and the readers'
// and the static file's p50/p99, with pass/fail against the targets: import ≤ 15 s, readers' p99 ≤ 250 ms, static
// file p99 ≤ 250 ms ("served as usual"). Then, under the same readers, the other long requests of a large register:
// the export as CSV and as Excel, taking a reporting date (the snapshot) and that date's council report as PDF and
// as JSON.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSqlite } from './generate.mjs';
import { signIn, startServer } from './bench-server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name, fallback) => {
  const found = process.argv.find((value) => value === `--${name}` || value.startsWith(`--${name}=`));
  if (!found) return fallback;
  return found.includes('=') ? found.slice(found.indexOf('=') + 1) : true;
};

export const IMPORT_TARGETS = { importSeconds: 15, readerP99Ms: 250, staticP99Ms: 250, peakMemoryMb: 250 };
// `--readers=0` measures the import alone (its CPU per row without the readers' and the static file's share).
const READERS = Number(arg('readers', 10));
// The password policy refuses one that contains parts of the e-mail address ("bench").
const ADMIN = { email: 'bench-admin@example.org', password: 'Lindenblatt-Abendsonne-83' };
const log = (message) => console.log(`[bench:import ${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function percentile(values, share) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] * 10) / 10;
}

// `--profile-server=DIR` writes a CPU profile of the server (open it in Chrome's DevTools) to DIR: where an
// import's time goes.
const profileDir = arg('profile-server', null);
const profiling = typeof profileDir === 'string' ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : [];
// `--server-node-flags="<flags>"`: the server's Node flags instead of production's (as in bench.mjs); "" for none.
const serverFlags = arg('server-node-flags', null);
const serverStart = {
  nodeArgs: profiling,
  ...(serverFlags === null
    ? {}
    : {
        nodeFlags: String(serverFlags === true ? '' : serverFlags)
          .split(' ')
          .filter(Boolean),
      }),
};

/**
 * CPU time the process has used so far, in ms (Linux: user + system from /proc; null elsewhere). The server's CPU
 * per imported row is a figure a busy machine does not distort the way it distorts durations.
 */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Clients that each send one request after the other until `stop()`, timing every answer. */
function readers(count, next, headers) {
  const latencies = [];
  const statuses = {};
  let running = true;
  const loops = Array.from({ length: count }, async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(next(), { headers });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return {
        requests: latencies.length,
        p50: percentile(latencies, 0.5),
        p99: percentile(latencies, 0.99),
        statuses,
      };
    },
  };
}

/** One import as a job, polled until it ends; resolves with its duration and its end. */
async function importJob(base, session, mode, file) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'text/csv' }), 'massnahmen.csv');
  const started = performance.now();
  const accepted = await fetch(`${base}/api/v1/measures/import?mode=${mode}`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-xsrf-token': session.csrf, prefer: 'respond-async' },
    body: form,
  });
  if (accepted.status !== 202) throw new Error(`import ${mode}: ${accepted.status} ${await accepted.text()}`);
  const location = accepted.headers.get('location');
  for (;;) {
    const job = await (await fetch(`${base}${location}`, { headers: { cookie: session.cookie } })).json();
    if (job.state === 'done' || job.state === 'failed') {
      return { seconds: Math.round((performance.now() - started) / 100) / 10, job };
    }
    await sleep(100);
  }
}

/** Runs the scenario against a built server in `build` (`main`, `hasDashboard`); returns the figures. */
export async function benchImportUnderReads({ main, hasDashboard, work, port, measures, rows, leitbildFile }) {
  const databasePath = join(work, 'import-bench.db');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: `sqlite:${databasePath}`,
    DEMO_DATA: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '1000000000',
    BACKUP_INTERVAL_HOURS: '0',
    AUDIT_KEY: randomBytes(32).toString('hex'),
    AUDIT_ANCHOR_FILE: join(work, 'import-bench-anchors.log'),
    ...(leitbildFile ? { LEITBILD_FILE: leitbildFile } : {}),
  };
  const base = `http://127.0.0.1:${port}`;
  await (await startServer(main, env, { port, ...serverStart })).stop();
  log(`generating ${measures} measures`);
  generateSqlite(databasePath, {
    measures,
    history: measures * 10,
    actors: 300,
    seed: 20261123,
    anchor: new Date().toISOString().slice(0, 10),
  });
  const server = await startServer(main, env, { port, ...serverStart });
  try {
    const session = await signIn(base, ADMIN);
    const fields = (
      await (await fetch(`${base}/api/v1/fields-of-action?limit=100`, { headers: { cookie: session.cookie } })).json()
    ).items;
    const ids = (
      await (
        await fetch(`${base}/api/v1/measures?limit=100&sort=-updatedAt`, { headers: { cookie: session.cookie } })
      ).json()
    ).items.map((item) => item.id);
    const lines = ['Titel;Handlungsfeld;Fortschritt'];
    for (let index = 0; index < rows; index++) {
      lines.push(`Importierte Maßnahme ${index + 1};${fields[index % fields.length].name};${index % 100}`);
    }
    const file = Buffer.from(lines.join('\n'), 'utf8');
    const staticPath = hasDashboard ? '/favicon.ico' : '/robots.txt';
    const result = { rows, measures, staticPath };
    for (const mode of ['dry-run', 'commit']) {
      let turn = 0;
      const reading = readers(READERS, () => `${base}/api/v1/measures/${ids[turn++ % ids.length]}`, {
        cookie: session.cookie,
      });
      const fetchingStatic = readers(READERS > 0 ? 1 : 0, () => `${base}${staticPath}`, {});
      log(`${mode}: importing ${rows} rows while ${READERS} clients read measure pages`);
      const cpuBefore = cpuMsOf(server.pid);
      const imported = await importJob(base, session, mode, file);
      const cpuAfter = cpuMsOf(server.pid);
      const read = await reading.stop();
      const stat = await fetchingStatic.stop();
      result[mode] = {
        seconds: imported.seconds,
        state: imported.job.state,
        statusCode: imported.job.statusCode,
        created: imported.job.result?.created ?? null,
        // Includes serving the readers meanwhile.
        serverCpuMs: cpuBefore === null || cpuAfter === null ? null : Math.round(cpuAfter - cpuBefore),
        readers: read,
        static: stat,
      };
      log(
        `${mode}: ${imported.seconds} s (${imported.job.state} ${imported.job.statusCode}), server CPU ` +
          `${result[mode].serverCpuMs} ms; readers ${read.requests} ` +
          `requests p50 ${read.p50} p99 ${read.p99} ms; static p99 ${stat.p99} ms`,
      );
    }
    // The import's server counts towards "server peak memory through the whole benchmark" too.
    result.peakMemoryMb = peakMemoryMb(server.pid);
    log(`server peak memory through the imports ${result.peakMemoryMb} MB`);
    // Other long requests under the same readers: exports of the whole register and the council report's PDF
    // (issue 15: "the same holds for the council report's PDF and for exports of a large register").
    const headers = { cookie: session.cookie, 'x-xsrf-token': session.csrf };
    const long = async (label, send) => {
      let turn = 0;
      const reading = readers(READERS, () => `${base}/api/v1/measures/${ids[turn++ % ids.length]}`, {
        cookie: session.cookie,
      });
      const fetchingStatic = readers(READERS > 0 ? 1 : 0, () => `${base}${staticPath}`, {});
      const started = performance.now();
      const response = await send();
      const body = Buffer.from(await response.arrayBuffer());
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      const read = await reading.stop();
      const stat = await fetchingStatic.stop();
      if (!response.ok) throw new Error(`${label}: ${response.status} ${body.toString('utf8').slice(0, 300)}`);
      // The peak so far after each step: the step that raises it is the one to look at.
      const peakMb = peakMemoryMb(server.pid);
      log(
        `${label}: ${seconds} s, ${body.length} bytes; readers p99 ${read.p99} ms; static p99 ${stat.p99} ms; ` +
          `server peak so far ${peakMb} MB`,
      );
      return { label, seconds, bytes: body.length, readers: read, static: stat, peakMb, body };
    };
    result.long = [];
    for (const format of ['csv', 'xlsx']) {
      const exported = await long(`Export of the register (${format})`, () =>
        fetch(`${base}/api/v1/measures/export?format=${format}`, { headers }),
      );
      result.long.push({ ...exported, body: undefined });
    }
    const taken = await long('Reporting date taken (snapshot of the register)', () =>
      fetch(`${base}/api/v1/reporting-dates`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Benchmark ${Date.now()}`, date: new Date().toISOString().slice(0, 10) }),
      }),
    );
    result.long.push({ ...taken, body: undefined });
    const reportingDateId = JSON.parse(taken.body.toString('utf8')).id;
    const pdf = await long("Council report's PDF", () =>
      fetch(`${base}/api/v1/reporting-dates/${reportingDateId}/report.pdf`, { headers }),
    );
    result.long.push({ ...pdf, body: undefined });
    // The same report as JSON: as the printable page asks for it (as many entries per list as the PDF prints) and
    // with the API's default (the most it answers per list).
    for (const [label, query] of [
      ['Council report as JSON (the printable page: 100 per list)', '?limit=100'],
      ['Council report as JSON (the default: 1,000 per list)', ''],
    ]) {
      const report = await long(label, () =>
        fetch(`${base}/api/v1/reporting-dates/${reportingDateId}/report${query}`, { headers }),
      );
      result.long.push({ ...report, body: undefined });
    }
    result.longPeakMemoryMb = peakMemoryMb(server.pid);
    log(`server peak memory through the exports and the report ${result.longPeakMemoryMb} MB`);
    return result;
  } finally {
    await server.stop();
  }
}

/** Peak resident memory (VmHWM) of a process in MB (Linux /proc); null elsewhere. */
function peakMemoryMb(pid) {
  try {
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

/** Rows for the pass/fail table: [what, measured, target, met]. */
export function importVerdicts(result) {
  const rows = [];
  for (const mode of ['dry-run', 'commit']) {
    const figures = result[mode];
    rows.push(
      [
        `Import of ${result.rows.toLocaleString('en')} rows (${mode})`,
        `${figures.seconds} s`,
        `≤ ${IMPORT_TARGETS.importSeconds} s`,
        figures.state === 'done' && figures.statusCode === 200 && figures.seconds <= IMPORT_TARGETS.importSeconds,
      ],
      [
        `Measure pages p99 during the ${mode} (${READERS} readers)`,
        `${figures.readers.p99} ms`,
        `≤ ${IMPORT_TARGETS.readerP99Ms} ms`,
        figures.readers.p99 !== null && figures.readers.p99 <= IMPORT_TARGETS.readerP99Ms,
      ],
      [
        `Static file p99 during the ${mode}`,
        `${figures.static.p99} ms`,
        `≤ ${IMPORT_TARGETS.staticP99Ms} ms`,
        figures.static.p99 !== null && figures.static.p99 <= IMPORT_TARGETS.staticP99Ms,
      ],
    );
  }
  for (const request of result.long ?? []) {
    rows.push(
      [
        `Measure pages p99 during: ${request.label}, ${request.seconds} s (${READERS} readers)`,
        `${request.readers.p99} ms`,
        `≤ ${IMPORT_TARGETS.readerP99Ms} ms`,
        request.readers.p99 !== null && request.readers.p99 <= IMPORT_TARGETS.readerP99Ms,
      ],
      [
        `Static file p99 during: ${request.label}`,
        `${request.static.p99} ms`,
        `≤ ${IMPORT_TARGETS.staticP99Ms} ms`,
        request.static.p99 !== null && request.static.p99 <= IMPORT_TARGETS.staticP99Ms,
      ],
    );
  }
  if (result.peakMemoryMb !== null)
    rows.push([
      'Server peak memory through the imports (VmHWM)',
      `${result.peakMemoryMb} MB`,
      `≤ ${IMPORT_TARGETS.peakMemoryMb} MB`,
      result.peakMemoryMb <= IMPORT_TARGETS.peakMemoryMb,
    ]);
  if (result.longPeakMemoryMb !== null && result.longPeakMemoryMb !== undefined)
    rows.push([
      'Server peak memory through the exports, the snapshot and the report (VmHWM)',
      `${result.longPeakMemoryMb} MB`,
      `≤ ${IMPORT_TARGETS.peakMemoryMb} MB`,
      result.longPeakMemoryMb <= IMPORT_TARGETS.peakMemoryMb,
    ]);
  return rows;
}

/** Builds aside, runs the scenario, prints the figures with pass/fail; returns the exit code. */
export async function runImportBench() {
  const work = join(ROOT, 'tmp', `bench-import-${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const api = join(ROOT, 'dist/apps/api');
    if (!existsSync(join(api, 'main.js'))) throw new Error('dist/apps/api/main.js is missing: run `npx nx build api`');
    cpSync(api, join(work, 'build/api'), { recursive: true });
    const dashboard = join(ROOT, 'dist/apps/dashboard/browser');
    const hasDashboard = existsSync(join(dashboard, 'index.html'));
    if (hasDashboard) cpSync(dashboard, join(work, 'build/dashboard/browser'), { recursive: true });
    const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const result = await benchImportUnderReads({
      main: join(work, 'build/api/main.js'),
      hasDashboard,
      work,
      port: Number(arg('port', 3970)),
      measures: Number(arg('measures', 20_000)),
      rows: Number(arg('rows', 20_000)),
    });
    const loadAtEnd = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    console.log(
      `\nImport under reads, ${result.measures.toLocaleString('en')} measures; load average ${loadAtStart} → ${loadAtEnd}`,
    );
    console.log('| Target | Measured | Target | Met |\n| --- | --- | --- | --- |');
    for (const [name, measured, target, met] of importVerdicts(result)) {
      console.log(`| ${name} | ${measured} | ${target} | ${met ? 'pass' : '**FAIL**'} |`);
    }
    writeFileSync(join(ROOT, 'tmp', 'bench-import-result.json'), JSON.stringify(result, null, 2));
    return 0;
  } catch (error) {
    console.error(error);
    return 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Run on its own.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exit(await runImportBench());
}
