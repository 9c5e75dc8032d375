import type { DashboardSummary } from '@leitbild-monitor/shared/contracts';
import { expect, test } from '@playwright/test';

const DEMO_FIELDS_OF_ACTION = [
  'Antidiskriminierung',
  'Ehrenamt',
  'Zusammenleben in Harburg',
  'Deutsch als Sprache',
  'Arbeit und Bildung',
];

const germanNumber = new Intl.NumberFormat('de-DE');

test.describe('Übersicht', () => {
  test('the start page redirects to the overview', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveURL(/\/overview$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
    await expect(page).toHaveTitle('Übersicht – Leitbild-Monitor');
  });

  test('shows the key figures of the summary', async ({ page }) => {
    const summaryResponse = page.waitForResponse('**/api/v1/dashboard/summary');
    await page.goto('/overview');
    const summary = (await (await summaryResponse).json()) as DashboardSummary;

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
});
