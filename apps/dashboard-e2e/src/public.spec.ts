import type { Page as ResultPage, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { anonymous } from './support/session';

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
    expect([...apiPaths].sort()).toEqual(['/api/v1/auth/me', '/api/v1/public/measures', '/api/v1/public/summary']);
    await expectNoAccessibilityViolations(page);
  });
});
