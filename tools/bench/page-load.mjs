// Page loads as a visitor's browser has them: Lighthouse (mobile: a mid-range phone on a slow 4G connection,
// simulated) on /public and, signed in, on /overview, each a cold load, the median of a few runs; and the bytes
// /public's first load transfers (compressed, with headers), from the same runs. Used by `npm run bench`
// (tools/bench/bench.mjs); on its own it starts a built server (dist/apps, or --dist=<folder with api/ and
// dashboard/>) on a fresh SQLite database with the demo data:
//
//   node tools/bench/page-load.mjs [--dist=dist/apps] [--runs=3] [--port=3970]
//
// Chromium: /usr/bin/chromium or CHROMIUM_PATH. The figures depend on the machine's load (Lighthouse's CPU
// throttling multiplies what the page costs here): the load average is printed with them.
import { spawn } from 'node:child_process';
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from '../../apps/api/server-node-flags.cjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { atMost, atLeast } from './verdict.mjs';

export const PAGE_LOAD_TARGETS = { performanceScore: 90, publicTransferKb: 200 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Puts the session's cookies (a `Cookie` header: `name=value; name=value`) into the browser's cookie jar for `url`.
 * Sending them as an extra request header is not enough: the dashboard reads the XSRF cookie from `document.cookie`
 * to know that there is a session, and without it shows the login page, which is then what gets measured.
 */
async function signInBrowser(port, url, cookie) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const page = await browser.newPage();
    const cookies = cookie.split(';').map((pair) => pair.trim().split(/=(.*)/s));
    await page.setCookie(...cookies.map(([name, value]) => ({ name, value, url })));
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

/**
 * One Lighthouse run of `url` (performance only, mobile defaults) in a fresh headless Chromium, signed in with the
 * session `cookie` if one is given.
 */
async function lighthouseRun(url, cookie) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
  ]);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox'],
  });
  try {
    if (cookie) await signInBrowser(chrome.port, url, cookie);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    // A page that sent the browser elsewhere (the login page, for a session that did not arrive) is not the page.
    const shown = new URL(lhr.finalDisplayedUrl).pathname;
    if (shown !== new URL(url).pathname) throw new Error(`Lighthouse on ${url} measured ${shown} instead`);
    const audit = (id) => lhr.audits[id]?.numericValue;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      transferBytes: audit('total-byte-weight'),
      firstContentfulPaintMs: Math.round(audit('first-contentful-paint')),
      largestContentfulPaintMs: Math.round(audit('largest-contentful-paint')),
      totalBlockingTimeMs: Math.round(audit('total-blocking-time')),
      unusedJavaScriptBytes: lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Lighthouse's own "run Lighthouse again" failures: on a busy machine the trace of a load now and then lacks its
 * start (NO_NAVSTART) or its first paint. Such a run is tried again, up to twice; any other failure stops.
 */
const RETRIED_LIGHTHOUSE_ERRORS = /\((NO_NAVSTART|NO_FCP|NO_LCP|NO_TRACING_STARTED|PROTOCOL_TIMEOUT)\)/;

async function lighthouseRunRetried(url, cookie, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseRun(url, cookie);
    } catch (error) {
      if (attempt >= attempts || !RETRIED_LIGHTHOUSE_ERRORS.test(String(error?.message))) throw error;
      console.error(`${error.message} — trying again`);
    }
  }
}

/** Lighthouse `runs` times on the page: the run with the median score, and every score. */
async function lighthouseMedian(url, runs, cookie) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await lighthouseRunRetried(url, cookie));
  const scores = results.map((result) => result.score);
  const chosen = results.find((result) => result.score === median(scores));
  return { ...chosen, scores, transferBytes: median(results.map((result) => result.transferBytes)) };
}

/**
 * Lighthouse on /public (anonymous) and /overview (with the session cookie `cookie`), `runs` times each; the
 * transfer of /public's first load is Lighthouse's total byte weight (every request of the load, as transferred).
 */
export async function measurePageLoads(base, { cookie, runs = 3 } = {}) {
  const publicPage = await lighthouseMedian(`${base}/public`, runs);
  const overview = cookie ? await lighthouseMedian(`${base}/overview`, runs, cookie) : null;
  return { runs, publicPage, overview, loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ')[0] };
}

/** Pass/fail rows for the bench's table: [name, measured, target, met]. */
export function pageLoadVerdicts(pageLoads) {
  const rows = [
    [
      'First load of /public, transferred',
      `${Math.round(pageLoads.publicPage.transferBytes / 1024)} kB`,
      `≤ ${PAGE_LOAD_TARGETS.publicTransferKb} kB`,
      atMost(pageLoads.publicPage.transferBytes, PAGE_LOAD_TARGETS.publicTransferKb * 1024),
    ],
    [
      'Lighthouse mobile performance, /public',
      String(pageLoads.publicPage.score),
      `≥ ${PAGE_LOAD_TARGETS.performanceScore}`,
      atLeast(pageLoads.publicPage.score, PAGE_LOAD_TARGETS.performanceScore),
    ],
  ];
  if (pageLoads.overview)
    rows.push([
      'Lighthouse mobile performance, /overview',
      String(pageLoads.overview.score),
      `≥ ${PAGE_LOAD_TARGETS.performanceScore}`,
      atLeast(pageLoads.overview.score, PAGE_LOAD_TARGETS.performanceScore),
    ]);
  return rows;
}

async function standalone() {
  const arg = (name, fallback) =>
    process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const dist = resolve(arg('dist', 'dist/apps'));
  const port = Number(arg('port', 3970));
  const runs = Number(arg('runs', 3));
  const folder = mkdtempSync(join(tmpdir(), 'lbm-page-load-'));
  const admin = { email: 'page-load@example.org', password: 'Lastmessung-im-Leitbild-7' };
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(dist, 'api/main.js')], {
    env: {
      ...SERVER_ENVIRONMENT,
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(folder, 'page-load.db')}`,
      DASHBOARD_DIR: join(dist, 'dashboard/browser'),
      DEMO_DATA: 'true',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      RATE_LIMIT_PER_MINUTE: '1000000',
      BACKUP_INTERVAL_HOURS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let waited = 0; ; waited += 100) {
      if (server.exitCode !== null) throw new Error('the server exited during its start');
      if (waited > 120_000) throw new Error('the server did not start within 2 minutes');
      if (
        await fetch(`${base}/api/v1/health`).then(
          (response) => response.ok,
          () => false,
        )
      )
        break;
      await new Promise((done) => setTimeout(done, 100));
    }
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
    const cookie = login.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const pageLoads = await measurePageLoads(base, { cookie, runs });
    console.log(JSON.stringify({ loadAtStart, ...pageLoads }, null, 2));
    for (const [name, measured, target, met] of pageLoadVerdicts(pageLoads))
      console.log(`${name.padEnd(42)} ${measured.padStart(8)}  ${target.padEnd(9)} ${met ? 'pass' : 'FAIL'}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((done) => (server.exitCode !== null ? done() : server.on('exit', done)));
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  standalone().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
