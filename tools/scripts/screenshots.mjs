// `npm run screenshots`: German screenshots (1280×800, full page) of every dashboard view, for the docs.
//
// Builds nothing: run `npm run build` first. Starts the built product (`dist/apps/api/main.js`, which also serves
// the dashboard) on a free port with a throw-away SQLite database and the demo data, signs in as a temporary
// administrator, saves one PNG per view into docs/screenshots/ and stops the server again. A view whose route
// the build does not have yet is skipped with a note. Uses the system Chromium (/usr/bin/chromium, or the path in
// CHROMIUM_PATH); no browser is downloaded.
//
// Options: --out <dir> (default docs/screenshots), --server <main.js> (default dist/apps/api/main.js).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    server: { type: 'string', default: 'dist/apps/api/main.js' },
  },
});
const serverMain = resolve(options.server);
const outDir = resolve(options.out);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(serverMain)) {
  console.error(`screenshots: ${options.server} is missing. Run \`npm run build\` first.`);
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(`screenshots: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseURL, server, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server stopped with exit code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`no answer from ${baseURL}/api/v1/health within ${timeoutMs / 1000} s`);
}

/** The views, in reading order. `signedIn: false` views are taken without a session. */
const VIEWS = [
  { file: '01-login.png', title: 'Anmeldung', path: '/login', signedIn: false },
  { file: '02-overview.png', title: 'Übersicht', path: '/overview' },
  { file: '03-measures.png', title: 'Maßnahmenregister', path: '/measures' },
  { file: '04-measure.png', title: 'Seite einer Maßnahme', path: ({ measureId }) => `/measures/${measureId}` },
  {
    file: '05-measure-edit.png',
    title: 'Bearbeitungsformular einer Maßnahme',
    path: ({ measureId }) => measureId && `/measures/${measureId}/edit`,
  },
  { file: '06-leitbild.png', title: 'Leitbild', path: '/leitbild' },
  { file: '07-reports.png', title: 'Berichte: Stichtage und Vergleich', path: '/reports' },
  {
    file: '07b-report.png',
    title: 'Bericht zu einem Stichtag (Druckansicht)',
    path: ({ reportingDateId }) => reportingDateId && `/reports/${reportingDateId}`,
  },
  { file: '07c-measure-import.png', title: 'Maßnahmen importieren', path: '/measures/import' },
  { file: '08-admin-users.png', title: 'Verwaltung: Benutzerkonten', path: '/admin/users' },
  {
    file: '09-admin-user-dialog.png',
    title: 'Verwaltung: Benutzerkonto bearbeiten (Dialog)',
    path: '/admin/users',
    // The modal dialog and its backdrop cover the viewport, so this one is taken without scrolling.
    fullPage: false,
    then: async (page) => {
      await page.getByTestId('user-edit').first().click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { file: '10-admin-fields-of-action.png', title: 'Verwaltung: Handlungsfelder', path: '/admin/fields-of-action' },
  { file: '11-admin-actors.png', title: 'Verwaltung: Akteure', path: '/admin/actors' },
  { file: '12-account.png', title: 'Mein Konto: Passwort und API-Tokens', path: '/account' },
  { file: '13-public.png', title: 'Öffentliche Ansicht', path: '/public', signedIn: false },
];

/** One account per role besides the administrator, so the user list shows what an installation looks like. */
async function addPeople(api) {
  const state = await api.storageState();
  const xsrf = state.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const actors = await api.get('/api/v1/actors', { params: { limit: 1 } });
  const actorId = actors.ok() ? (await actors.json()).items?.[0]?.id : undefined;
  const people = [
    { name: 'Erika Redaktion', email: 'redaktion@example.org', role: 'editor', actorId },
    { name: 'Rana Integrationsrat', email: 'integrationsrat@example.org', role: 'reviewer' },
    { name: 'Paul Politik', email: 'bezirksversammlung@example.org', role: 'viewer' },
  ];
  for (const person of people) {
    const password = randomBytes(18).toString('base64url');
    const response = await api.post('/api/v1/users', {
      data: { ...person, password },
      headers: { 'X-XSRF-TOKEN': xsrf },
    });
    if (!response.ok()) console.log(`screenshots: could not add ${person.email} (${response.status()})`);
  }
}

/** Waits until the page has loaded its data: no request in flight and no loading notice left. */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => !document.querySelector('[data-testid="loading"]'), null, { timeout: 15_000 })
    .catch(() => undefined);
  // Charts draw when they come near the screen (lbm-chart): the full-page picture shows them drawn, so each is
  // scrolled to first, and the page back to its top.
  for (const canvas of await page.locator('lbm-chart canvas').all()) {
    await canvas.scrollIntoViewIfNeeded().catch(() => undefined);
    await page
      .waitForFunction((element) => element?.getAttribute('data-rendered') === 'true', await canvas.elementHandle(), {
        timeout: 10_000,
      })
      .catch(() => undefined);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
}

async function main() {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'leitbild-monitor-screenshots-'));
  const admin = { email: 'screenshots@example.org', password: randomBytes(18).toString('base64url') };
  const server = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dataDir, 'leitbild-monitor.db')}`,
      DEMO_DATA: 'true',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopServer = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.on('SIGINT', () => {
    stopServer();
    process.exit(130);
  });

  const taken = [];
  const skipped = [];
  let browser;
  try {
    await waitForHealth(baseURL, server);
    console.log(`screenshots: server on ${baseURL}`);
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--lang=de-DE'],
    });
    const contextOptions = {
      baseURL,
      viewport: { width: 1280, height: 800 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      reducedMotion: 'reduce',
    };
    const anonymous = await browser.newContext(contextOptions);
    const signedIn = await browser.newContext(contextOptions);
    const login = await signedIn.request.post('/api/v1/auth/login', { data: admin });
    if (!login.ok()) throw new Error(`sign-in failed with ${login.status()}`);
    await addPeople(signedIn.request);
    const measures = await signedIn.request.get('/api/v1/measures', { params: { limit: 1 } });
    const measureId = measures.ok() ? (await measures.json()).items?.[0]?.id : undefined;
    // A reporting date, so that the reports page and the printable report have something to show.
    const xsrf = (await signedIn.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const reportingDate = await signedIn.request.post('/api/v1/reporting-dates', {
      data: { name: 'Integrationsrat, Sitzung', date: new Date().toISOString().slice(0, 10) },
      headers: { 'X-XSRF-TOKEN': xsrf },
    });
    const reportingDateId = reportingDate.ok() ? (await reportingDate.json()).id : undefined;

    mkdirSync(outDir, { recursive: true });
    for (const view of VIEWS) {
      const path = typeof view.path === 'function' ? view.path({ measureId, reportingDateId }) : view.path;
      if (!path) {
        skipped.push(`${view.file} (${view.title}): nothing to show`);
        continue;
      }
      const page = await (view.signedIn === false ? anonymous : signedIn).newPage();
      try {
        await page.goto(path);
        await settle(page);
        if (await page.getByTestId('not-found').count()) {
          skipped.push(`${view.file} (${view.title}): ${path} does not exist in this build`);
          continue;
        }
        if (view.then) {
          await view.then(page);
          await settle(page);
        }
        await page.screenshot({ path: join(outDir, view.file), fullPage: view.fullPage ?? true });
        taken.push(view.file);
        console.log(`screenshots: ${view.file}  ${path}`);
      } catch (error) {
        skipped.push(`${view.file} (${view.title}): ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser?.close();
    stopServer();
    await new Promise((done) => (server.exitCode === null ? server.once('exit', done) : done()));
    rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(`screenshots: ${taken.length} saved in ${options.out}`);
  for (const note of skipped) console.log(`screenshots: skipped ${note}`);
  if (taken.length === 0) process.exit(1);
}

main().catch((error) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
