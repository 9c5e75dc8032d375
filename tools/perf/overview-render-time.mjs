// How long the overview takes until its charts are drawn, on localhost with the demo data, compared with a page
// without charts (the Leitbild page) measured in the same run. A report, not a test: timings vary by machine.
//
//   npm run build && node tools/perf/overview-render-time.mjs [--runs=5] [--port=3199]
// Needs the built API and dashboard (dist/) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { spawn } from 'node:child_process';
import { SERVER_ENVIRONMENT, SERVER_NODE_FLAGS } from '../../apps/api/server-node-flags.cjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const option = (name, fallback) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const runs = option('runs', 5);
const port = option('port', 3199);
const base = `http://127.0.0.1:${port}`;
// The password may not contain the address or its name (the start's password rules), so it shares no word with it.
const admin = { email: 'perf-admin@example.org', password: 'Messlauf-Uebersicht-2026' };

const dataDir = mkdtempSync(join(tmpdir(), 'lbm-perf-'));
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'dist/apps/api/main.js'], {
  env: {
    ...SERVER_ENVIRONMENT,
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `sqlite:${join(dataDir, 'perf.db')}`,
    DEMO_DATA: 'true',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

async function waitForHealth() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the API did not start');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds from the start of navigation until `ready` holds in the page. */
async function timeTo(page, path, ready) {
  const started = Date.now();
  await page.goto(`${base}${path}`);
  await page.waitForFunction(ready, undefined, { timeout: 15_000, polling: 'raf' });
  return Date.now() - started;
}

let browser;
try {
  await waitForHealth();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const login = await context.request.post(`${base}/api/v1/auth/login`, { data: admin });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`browser console: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));

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
  const leitbild = () => document.querySelectorAll('[data-testid="guideline"]').length > 0;

  // One warm-up each, so both pages are measured with a warm HTTP cache as a returning user has it.
  await timeTo(page, '/overview', charts);
  await timeTo(page, '/leitbild', leitbild);
  const overview = [];
  const baseline = [];
  for (let run = 0; run < runs; run++) {
    overview.push(await timeTo(page, '/overview', charts));
    baseline.push(await timeTo(page, '/leitbild', leitbild));
  }
  const result = {
    runs,
    overviewChartsRenderedMs: median(overview),
    baselineLeitbildMs: median(baseline),
    ratio: Number((median(overview) / median(baseline)).toFixed(2)),
    withinOneSecond: median(overview) <= 1000,
    samples: { overview, baseline },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser?.close();
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
