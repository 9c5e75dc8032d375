import type { DashboardSummary } from '@leitbild-monitor/shared/contracts';
import { Page, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { signInAs } from './support/users';
import { nextJsonAnswer } from './support/json-answers';
import { expectChartDrawn } from './support/charts';

const DEMO_FIELDS_OF_ACTION = [
  'Antidiskriminierung',
  'Ehrenamt',
  'Zusammenleben in Harburg',
  'Deutsch als Sprache',
  'Arbeit und Bildung',
];

const germanNumber = new Intl.NumberFormat('de-DE');
const germanPercent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });

const isSummary = (url: URL) => url.pathname === '/api/v1/dashboard/summary';

/** Opens every chart's data table with its toggle button. */
async function openAllTables(page: Page) {
  const toggles = page.getByTestId('chart-table-toggle');
  await expect(toggles).toHaveCount(3);
  for (const toggle of await toggles.all()) {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
}

/**
 * Scrolls down to the charts, as a reader does: they are drawn (and their code loaded) only when the reader comes
 * within a screen of them. Waits for the figures first; on a short page the charts may be drawn already.
 */
async function scrollToCharts(page: Page) {
  await expect(page.getByTestId('key-figures')).toBeVisible();
  await page
    .getByTestId('overview-charts-placeholder')
    .or(page.getByTestId('chart-status'))
    .first()
    .scrollIntoViewIfNeeded();
}

function tableRows(chart: ReturnType<Page['getByTestId']>) {
  return chart.getByTestId('chart-table-row');
}

test.describe('Übersicht', () => {
  test('the start page redirects to the overview', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveURL(/\/overview$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
    await expect(page).toHaveTitle('Übersicht – Leitbild-Monitor');
  });

  test('shows the key figures of the summary', async ({ page }) => {
    const summaryAnswer = await nextJsonAnswer<DashboardSummary>(page, (url) => isSummary(url));
    await page.goto('/overview');
    const summary = (await summaryAnswer.answer).body;

    const figures = page.getByTestId('key-figures');
    await expect(figures).toBeVisible();
    expect(summary.totals.total).toBeGreaterThan(0);
    await expect(page.getByTestId('key-figure-total').locator('dd')).toHaveText(
      germanNumber.format(summary.totals.total),
    );
    await expect(page.getByTestId('key-figure-in-progress').locator('dd')).toHaveText(
      germanNumber.format(summary.totals.byStatus.in_progress),
    );
    await expect(page.getByTestId('key-figure-completed').locator('dd')).toHaveText(
      germanNumber.format(summary.totals.byStatus.completed),
    );
    await expect(page.getByTestId('key-figure-overdue').locator('dd')).toHaveText(
      germanNumber.format(summary.totals.overdue),
    );
  });

  test('has one table row per field of action of the demo data', async ({ page }) => {
    await page.goto('/overview');

    const table = page.getByRole('table', { name: 'Maßnahmen nach Handlungsfeld' });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Handlungsfeld',
      'Insgesamt',
      'In Umsetzung',
      'Abgeschlossen',
      'Überfällig',
      'Mittlerer Fortschritt',
    ]);
    await expect(table.getByTestId('field-row')).toHaveCount(DEMO_FIELDS_OF_ACTION.length);
    await expect(table.getByRole('rowheader')).toHaveText(DEMO_FIELDS_OF_ACTION);
    // Mean progress is a German percentage or "unbekannt", never a raw number.
    for (const cell of await table.getByTestId('field-row').locator('td:last-child').all()) {
      await expect(cell).toHaveText(/^\s*(\d{1,3}(,\d)?\s%|unbekannt)\s*$/);
    }
  });

  test("a viewer reads the key figures and finds the same numbers in a chart's data table", async ({ page }) => {
    await signInAs(page, 'viewer');
    const summaryAnswer = await nextJsonAnswer<DashboardSummary>(page, (url) => isSummary(url));
    await page.goto('/overview');
    const summary = (await summaryAnswer.answer).body;

    await expect(page.getByTestId('key-figure-total').locator('dd')).toHaveText(
      germanNumber.format(summary.totals.total),
    );
    await scrollToCharts(page);
    const status = page.getByTestId('chart-status');
    await expect(status.getByRole('img')).toHaveAttribute(
      'aria-label',
      /^Maßnahmen je Status und Handlungsfeld\. Von /,
    );
    await expect(status.getByTestId('chart-summary')).toContainText(
      `Von ${germanNumber.format(summary.totals.total)} Maßnahmen sind ${germanNumber.format(summary.totals.byStatus.in_progress)} in Umsetzung`,
    );
    // Chart.js drew the chart (it loads lazily, when the first chart comes near the screen).
    await expectChartDrawn(status.locator('canvas'));

    const toggle = status.getByTestId('chart-table-toggle');
    await expect(toggle).toHaveText(/Datentabelle anzeigen/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(status.getByRole('table')).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveText(/Datentabelle ausblenden/);
    const table = status.getByRole('table', { name: 'Maßnahmen je Status und Handlungsfeld' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Handlungsfeld',
      'Vorgeschlagen',
      'In Prüfung',
      'Geplant',
      'In Umsetzung',
      'Abgeschlossen',
      'Zurückgestellt',
      'Abgelehnt',
      'Insgesamt',
    ]);
    const statuses = ['proposed', 'in_review', 'planned', 'in_progress', 'completed', 'on_hold', 'rejected'] as const;
    await expect(tableRows(status)).toHaveCount(summary.fieldsOfAction.length);
    for (const [index, field] of summary.fieldsOfAction.entries()) {
      await expect(tableRows(status).nth(index).locator('th, td')).toHaveText([
        field.name,
        ...statuses.map((key) => germanNumber.format(field.byStatus[key])),
        germanNumber.format(field.total),
      ]);
    }

    const progress = page.getByTestId('chart-progress');
    await progress.getByRole('button', { name: /Datentabelle anzeigen/ }).click();
    for (const [index, field] of summary.fieldsOfAction.entries()) {
      await expect(tableRows(progress).nth(index).locator('th, td')).toHaveText([
        field.name,
        field.meanProgress === null ? 'unbekannt' : germanPercent.format(field.meanProgress / 100),
        germanNumber.format(field.progressBasis),
      ]);
    }

    const timeline = page.getByTestId('chart-timeline');
    await timeline.getByRole('button', { name: /Datentabelle anzeigen/ }).click();
    await expect(tableRows(timeline)).toHaveCount(12);
    const started = summary.timeline.bins.reduce((sum, bin) => sum + bin.started, 0);
    // The demo history runs up to the day before the server started: the default period shows it.
    expect(started + summary.timeline.bins.reduce((sum, bin) => sum + bin.completed, 0)).toBeGreaterThan(0);
    await expect(timeline.getByTestId('chart-summary')).toContainText(
      `begonnene Maßnahmen: ${germanNumber.format(started)},`,
    );
    await expect(tableRows(timeline).last().locator('td').first()).toHaveText(
      germanNumber.format(summary.timeline.bins[11].started),
    );

    const uncovered = summary.guidelines.filter((guideline) => guideline.activeMeasures === 0);
    await expect(page.getByTestId('coverage-without').locator('li')).toHaveCount(Math.max(uncovered.length, 1));
    const firstChange = page.getByTestId('recent-change').first().getByRole('link');
    await expect(firstChange).toHaveAttribute('href', `/measures/${summary.recentChanges[0].measureId}`);
  });

  test("takes field of action and period from the link, and writes the form's choice back into it", async ({
    page,
  }) => {
    const fields = (await (await page.request.get('/api/v1/fields-of-action')).json()) as {
      items: { id: string; name: string }[];
    };
    const field = fields.items[0];
    const filtered = await nextJsonAnswer<DashboardSummary>(
      page,
      (url) => isSummary(url) && url.searchParams.get('fieldOfAction') === field.id,
    );
    // Last year, whichever year the test runs in.
    const lastYear = new Date().getUTCFullYear() - 1;
    await page.goto(`/overview?fieldOfAction=${field.id}&from=${lastYear}-01-01&to=${lastYear}-12-31`);
    const summary = (await filtered.answer).body;
    expect(summary.fieldsOfAction.map((entry) => entry.fieldOfActionId)).toEqual([field.id]);

    await expect(page.getByLabel('Handlungsfeld', { exact: true })).toHaveValue(field.id);
    await expect(page.getByLabel('Zeitraum', { exact: true })).toHaveValue('lastYear');
    await expect(page.getByTestId('key-figure-total').locator('dd')).toHaveText(
      germanNumber.format(summary.totals.total),
    );
    await expect(page.getByTestId('fields-table').getByRole('rowheader')).toHaveText([field.name]);
    const timeline = page.getByTestId('chart-timeline');
    await timeline.getByRole('button', { name: /Datentabelle anzeigen/ }).click();
    await expect(tableRows(timeline).locator('th')).toHaveText(
      [
        'Januar',
        'Februar',
        'März',
        'April',
        'Mai',
        'Juni',
        'Juli',
        'August',
        'September',
        'Oktober',
        'November',
        'Dezember',
      ].map((month) => `${month} ${lastYear}`),
    );

    await page.getByLabel('Handlungsfeld', { exact: true }).selectOption('');
    await page.getByLabel('Zeitraum', { exact: true }).selectOption('custom');
    await page.getByLabel('Von', { exact: true }).fill(`${lastYear}-03-01`);
    await page.getByLabel('Bis', { exact: true }).fill(`${lastYear}-05-31`);
    const custom = await nextJsonAnswer<DashboardSummary>(
      page,
      (url) => isSummary(url) && url.searchParams.get('from') === `${lastYear}-03-01`,
    );
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect(page).toHaveURL(new RegExp(`/overview\\?from=${lastYear}-03-01&to=${lastYear}-05-31$`));
    expect((await custom.answer).body.timeline.bins).toHaveLength(3);
    await expect(page.getByTestId('fields-table').getByTestId('field-row')).toHaveCount(DEMO_FIELDS_OF_ACTION.length);

    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect(page).toHaveURL(/\/overview$/);
  });

  test('shows the years since the first recorded change, as chart sentence and table say', async ({ page }) => {
    await page.goto('/overview');
    await scrollToCharts(page);
    await expect(page.getByTestId('chart-timeline')).toBeVisible();
    await page.getByLabel('Zeitraum', { exact: true }).selectOption('sinceStart');
    const longRange = await nextJsonAnswer<DashboardSummary>(
      page,
      (url) => isSummary(url) && url.searchParams.has('from'),
    );
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    const summary = (await longRange.answer).body;
    expect(summary.timeline.from).toBe(summary.timeline.firstRecorded);
    expect(summary.timeline.resolution).toBe('year');
    await expect(page).toHaveURL(new RegExp(`/overview\\?from=${summary.timeline.from}&to=${summary.timeline.to}$`));
    await expect(page.getByLabel('Zeitraum', { exact: true })).toHaveValue('sinceStart');

    const timeline = page.getByTestId('chart-timeline');
    await expect(timeline.getByTestId('chart-summary')).toContainText('zählen sie je Jahr');
    await timeline.getByRole('button', { name: /Datentabelle anzeigen/ }).click();
    await expect(tableRows(timeline).locator('th')).toHaveText(summary.timeline.bins.map((bin) => bin.key));
    const started = summary.timeline.bins.reduce((sum, bin) => sum + bin.started, 0);
    await expect(timeline.getByTestId('chart-summary')).toContainText(
      `begonnene Maßnahmen: ${germanNumber.format(started)},`,
    );
    await expectNoAccessibilityViolations(page);
  });

  test('names a field of action from a link that does not exist instead of failing', async ({ page }) => {
    await page.goto('/overview?fieldOfAction=kein-handlungsfeld');
    await expect(page.getByTestId('filter-unknown-field')).toHaveText(
      'Das Handlungsfeld aus dem Link („kein-handlungsfeld“) gibt es nicht; es werden alle Handlungsfelder gezeigt.',
    );
    await expect(page.getByTestId('load-error')).toHaveCount(0);
    await expect(page.getByTestId('fields-table').getByTestId('field-row')).toHaveCount(DEMO_FIELDS_OF_ACTION.length);
  });

  test('names a start after the end at the field, accessibly', async ({ page }) => {
    await page.goto('/overview');
    // The filter takes its period from the link when the first navigation ends: a choice made before that is reset.
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await page.getByLabel('Zeitraum', { exact: true }).selectOption('custom');
    await page.getByLabel('Von', { exact: true }).fill('2026-06-01');
    await page.getByLabel('Bis', { exact: true }).fill('2026-05-01');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();

    const from = page.getByLabel('Von', { exact: true });
    await expect(from).toBeFocused();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription('„Von“ darf nicht nach „Bis“ liegen.');
    await expect(page).toHaveURL(/\/overview$/);
    await expectNoAccessibilityViolations(page);
  });

  test('has no accessibility violations with every data table open', async ({ page }) => {
    await page.goto('/overview');
    await scrollToCharts(page);
    await expectChartDrawn(page.getByTestId('chart-status').locator('canvas'));
    await openAllTables(page);
    await expectNoAccessibilityViolations(page);
  });

  test('draws the charts when the page is printed before the reader scrolled to them', async ({ page }) => {
    await page.goto('/overview');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await expect(page.getByTestId('overview-charts-placeholder')).toBeAttached();
    // Their code is fetched once the page is idle; the browser lays the page out for paper right after the event.
    // eslint-disable-next-line playwright/no-networkidle -- what is awaited is the idle-time fetch of the charts' code
    await page.waitForLoadState('networkidle');
    const drawnAtOnce = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('[data-testid="chart-status"] canvas').length;
    });
    expect(drawnAtOnce).toBe(1);
  });

  test('a data table can be reached and toggled with the keyboard alone', async ({ page }) => {
    await page.goto('/overview');
    const toggle = page.getByTestId('chart-status').getByTestId('chart-table-toggle');
    await expect(page.getByTestId('key-figures')).toBeVisible();

    // Tab on, one stop per poll, until the toggle has the focus: the first key pressed draws the charts, which are
    // far below the first screen, so that Tab reaches them in order.
    await expect
      .poll(
        async () => {
          await page.keyboard.press('Tab');
          return toggle.evaluate((element) => element === document.activeElement);
        },
        { intervals: [0], timeout: 15_000 },
      )
      .toBe(true);
    const outline = await toggle.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('chart-status').getByRole('table')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('chart-status').getByRole('table')).toBeHidden();
  });

  test.describe('at 320 px', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('reflows with charts, filter and open tables without horizontal scrolling', async ({ page }) => {
      await page.goto('/overview');
      await scrollToCharts(page);
      await expectChartDrawn(page.getByTestId('chart-timeline').locator('canvas'));
      await page.getByLabel('Zeitraum', { exact: true }).selectOption('custom');
      await openAllTables(page);

      const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
      expect(scrollWidth).toBeLessThanOrEqual(320);
    });
  });
});
