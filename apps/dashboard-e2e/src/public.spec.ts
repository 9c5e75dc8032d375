import type { DashboardSummary, Page as ResultPage, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { anonymous } from './support/session';
import { adminApi } from './support/users';
import { expectChartDrawn } from './support/charts';

test.use(anonymous);

const STATUS_LABELS: Record<PublicMeasure['status'], string> = {
  proposed: 'Vorgeschlagen',
  in_review: 'In Prüfung',
  planned: 'Geplant',
  in_progress: 'In Umsetzung',
  completed: 'Abgeschlossen',
  on_hold: 'Zurückgestellt',
  rejected: 'Abgelehnt',
};

test.describe('Öffentliche Ansicht', () => {
  test('shows the published measures without signing in, and no e-mail address anywhere', async ({ page }) => {
    const apiPaths = new Set<string>();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) {
        apiPaths.add(pathname);
      }
    });
    const measuresResponse = page.waitForResponse((response) =>
      new URL(response.url()).pathname.endsWith('/api/v1/public/measures'),
    );

    await page.goto('/public');
    const measures = (await (await measuresResponse).json()) as ResultPage<PublicMeasure>;

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Öffentliche Ansicht');
    await expect(page).toHaveTitle('Öffentliche Ansicht – Leitbild-Monitor');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await expect(page.getByTestId('fields-table')).toBeVisible();

    expect(measures.items.length).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: /veröffentlichten Maßnahmen/ });
    await expect(table.getByTestId('public-measure-row')).toHaveCount(measures.items.length);
    await expect(table.getByRole('rowheader')).toHaveText(measures.items.map((measure) => measure.title));
    await expect(table.getByTestId('public-measure-row').locator('td:nth-child(3)')).toHaveText(
      measures.items.map((measure) => STATUS_LABELS[measure.status]),
    );
    // Progress is a German percentage or "unbekannt", never a raw number.
    for (const cell of await table.getByTestId('public-measure-row').locator('td:nth-child(4)').all()) {
      await expect(cell).toHaveText(/^\s*(\d{1,3}\s%|unbekannt)\s*$/);
    }

    expect(await page.locator('body').textContent()).not.toContain('@');
    // Anonymous visitors are not asked who they are (GET /auth/me would answer 401, an error in their console): the
    // page asks the public endpoints only — summary, measures, and, once the reader comes near them, the public
    // indicators with their values.
    await page.getByTestId('public-indicators-placeholder').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('public-indicators')).toBeVisible();
    const paths = [...apiPaths].sort();
    expect(paths.filter((path) => !/^\/api\/v1\/public\/indicators\/[\w-]+$/.test(path))).toEqual([
      '/api/v1/public/indicators',
      '/api/v1/public/measures',
      '/api/v1/public/summary',
    ]);
    await expectNoAccessibilityViolations(page);
  });

  test('draws the indicators far below when the reader comes near them, or at once for a keyboard user', async ({
    page,
  }) => {
    await page.goto('/public');
    await expect(page.getByTestId('public-measures')).toBeVisible();
    await expect(page.getByTestId('public-indicators-placeholder')).toHaveText('Kennzahlen');
    await expect(page.getByTestId('public-indicators')).toHaveCount(0);

    // The first key pressed draws them, so that Tab from the measures table reaches their links, not the footer.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('public-indicators').getByTestId('public-indicator').first()).toBeAttached();
    await expect(page.getByTestId('public-indicators-placeholder')).toHaveCount(0);
  });

  test('shows the charts of the published measures, and no internal data or edit controls', async ({ page }) => {
    const summaryResponse = page.waitForResponse((response) =>
      new URL(response.url()).pathname.endsWith('/api/v1/public/summary'),
    );
    await page.goto('/public');
    const summary = (await (await summaryResponse).json()) as DashboardSummary;

    const status = page.getByTestId('chart-status');
    await expectChartDrawn(status.locator('canvas'));
    await expect(status.getByTestId('chart-summary')).toContainText(
      `Von ${new Intl.NumberFormat('de-DE').format(summary.totals.total)} Maßnahmen`,
    );
    for (const toggle of await page.getByTestId('chart-table-toggle').all()) await toggle.click();
    await expect(status.getByTestId('chart-table-row')).toHaveCount(summary.fieldsOfAction.length);
    await expect(page.getByTestId('coverage')).toBeVisible();

    // Nothing that leads to or changes internal data.
    await expect(page.getByTestId('recent-changes')).toHaveCount(0);
    await expect(page.locator('a[href^="/measures"], a[href^="/admin"], a[href^="/reports"]')).toHaveCount(0);
    await expect(page.locator('main input, main textarea, main form')).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: /^(bearbeiten|löschen|speichern|anlegen|status ändern|kommentieren)/i }),
    ).toHaveCount(0);

    // Only published measures: every title in the table is one the public API lists.
    const published = (await (
      await page.request.get('/api/v1/public/measures?limit=100')
    ).json()) as ResultPage<PublicMeasure>;
    const titles = new Set(published.items.map((measure) => measure.title));
    for (const title of await page.getByTestId('public-measure-row').getByRole('rowheader').allTextContents()) {
      expect(titles.has(title.trim())).toBe(true);
    }
    const internal = (await (await (await adminApi()).get('/api/v1/measures?limit=100')).json()) as {
      items: { title: string; public: boolean }[];
    };
    const hidden = internal.items.filter((measure) => !measure.public);
    expect(hidden.length).toBeGreaterThan(0);
    const text = await page.locator('body').innerText();
    for (const measure of hidden) expect(text).not.toContain(measure.title);
    expect(text).not.toContain('@');
    await expectNoAccessibilityViolations(page);
  });

  test.describe('at 320 px', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('reflows with charts and open tables without horizontal scrolling', async ({ page }) => {
      await page.goto('/public');
      await expectChartDrawn(page.getByTestId('chart-status').locator('canvas'));
      for (const toggle of await page.getByTestId('chart-table-toggle').all()) await toggle.click();

      const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
      expect(scrollWidth).toBeLessThanOrEqual(320);
    });
  });

  // Lighthouse measured a layout shift of 0.38 here: the open data was drawn first and then pushed down by the data.
  // The answers are held back so the page is painted before either arrives, the measures before the figures.
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`keeps still while its data arrives, and logs no error (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const apiPaths: string[] = [];
      page.on('request', (request) => apiPaths.push(new URL(request.url()).pathname));
      const holdBack = (milliseconds: number) => async (route: import('@playwright/test').Route) => {
        await new Promise((resolve) => setTimeout(resolve, milliseconds));
        await route.continue();
      };
      await page.route('**/api/v1/public/measures?*', holdBack(400));
      await page.route('**/api/v1/public/summary*', holdBack(1200));
      await page.addInitScript(() => {
        const state = window as unknown as { layoutShift: number };
        state.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) state.layoutShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });

      await page.goto('/public');
      await expect(page.getByTestId('open-data-links')).toBeVisible();
      await expect(page.getByTestId('public-measure-row').first()).toBeVisible();
      // Scrolling is not a layout shift; each chart is drawn in the box it was given before Chart.js arrived.
      for (const canvas of await page.locator('canvas').all()) await expectChartDrawn(canvas);
      // Layout shifts are reported after the frame that caused them.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      const layoutShift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
      test.info().annotations.push({ type: 'layout shift', description: layoutShift.toFixed(4) });
      expect(layoutShift).toBeLessThan(0.1);
      expect(apiPaths.filter((path) => path.startsWith('/api/v1/auth/'))).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
