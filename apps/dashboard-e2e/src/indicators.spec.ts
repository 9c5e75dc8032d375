import type { Indicator, IndicatorListItem, Page as ListPage } from '@leitbild-monitor/shared/contracts';
import { Page, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { createFieldOfAction, unique } from './support/measure-fixtures';
import { anonymous } from './support/session';
import { adminApi } from './support/users';
import { expectChartDrawn } from './support/charts';

const germanNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/**
 * Creates an indicator through the API in a field of action of its own (so the counts below belong to this test
 * alone): 300 persons at the end of 2021 rising to 412 at the end of 2025, with an interim goal of 450 for 2025 and
 * the final goal of 600 for 2030. By the shared rule it is off track (412 is behind the goal line's 450).
 */
async function createIndicator(
  options: { public?: boolean } = {},
): Promise<{ indicator: Indicator; field: { id: string; name: string } }> {
  const field = await createFieldOfAction();
  const api = await adminApi();
  try {
    const created = await api.post('/api/v1/indicators', {
      data: {
        name: unique('E2E-Kennzahl Engagierte'),
        unit: 'Personen',
        desiredTrend: 'increase',
        fieldOfActionId: field.id,
        source: 'Lokale Partnerschaften Harburg',
        public: options.public ?? false,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    let indicator = (await created.json()) as Indicator;
    const write = async (path: string, data: Record<string, unknown>) => {
      const response = await api.put(`/api/v1/indicators/${indicator.id}/${path}`, {
        data,
        headers: { 'If-Match': `"${indicator.version}"` },
      });
      expect(response.status(), await response.text()).toBe(200);
      indicator = (await response.json()) as Indicator;
    };
    for (const [date, value] of [
      ['2021-12-31', 300],
      ['2022-12-31', 330],
      ['2023-12-31', 352],
      ['2024-12-31', 380],
      ['2025-12-31', 412],
    ] as const) {
      await write(`values/${date}`, { value, note: date === '2023-12-31' ? 'Zählung im Januar nachgeholt' : null });
    }
    await write('goals/2025-12-31', { value: 450 });
    await write('goals/2030-12-31', { value: 600 });
    expect(indicator.state).toBe('off_track');
    return { indicator, field };
  } finally {
    await api.dispose();
  }
}

async function expectNoHorizontalScrolling(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  // Chart.js resizes its canvas after the viewport changed: the page settles within 320 px.
  await expect
    .poll(() => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY))
    .toBeLessThanOrEqual(320);
}

test.describe('Kennzahlen', () => {
  test('the list shows latest value, goal, state and a described trend line, filtered by the link', async ({
    page,
  }) => {
    const { indicator, field } = await createIndicator();

    await page.goto(`/indicators?fieldOfAction=${field.id}`);

    await expect(page.getByRole('heading', { level: 1, name: 'Kennzahlen' })).toBeVisible();
    await expect(page).toHaveTitle('Kennzahlen – Leitbild-Monitor');
    await expect(page.getByTestId('result-count')).toHaveText('1 Kennzahl gefunden');
    await expect(page.getByTestId('filter-field-of-action')).toHaveValue(field.id);
    const row = page.getByTestId('indicator-row');
    await expect(row.getByTestId('indicator-link')).toHaveText(indicator.name);
    await expect(row.getByTestId('indicator-latest')).toHaveText(/^\s*412\u00a0Personen\s+am 31\.12\.2025\s*$/);
    await expect(row.getByTestId('indicator-goal')).toHaveText(/^\s*600\u00a0Personen\s+am 31\.12\.2030\s*$/);
    await expect(row.getByTestId('indicator-state')).toHaveText(/Nicht auf Kurs/);
    await expect(row.getByTestId('indicator-progress')).toContainText(
      `${germanNumber.format(indicator.progress ?? 0)} %`,
    );
    await expect(row.getByRole('img')).toHaveAttribute(
      'aria-label',
      'Verlauf der letzten 5 Werte: von 300\u00a0Personen (31.12.2021) auf 412\u00a0Personen (31.12.2025); ' +
        'niedrigster Wert 300\u00a0Personen, höchster 412\u00a0Personen.',
    );

    // A state filter that does not match empties the list; the link carries it.
    await page.getByTestId('filter-state').selectOption('reached');
    await expect(page).toHaveURL(new RegExp(`/indicators\\?fieldOfAction=${field.id}&state=reached$`));
    await expect(page.getByTestId('result-count')).toHaveText('Keine Kennzahl gefunden');
    await page.getByTestId('filter-state').selectOption('');
    await expect(page.getByTestId('indicator-row')).toHaveCount(1);

    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScrolling(page);
    await expectNoAccessibilityViolations(page);
  });

  test('the indicator page charts values, goals and goal line, says where it stands and has the data tables', async ({
    page,
  }) => {
    const { indicator } = await createIndicator();

    await page.goto(`/indicators/${indicator.id}`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(indicator.name);
    const chart = page.getByTestId('indicator-chart');
    const sentence =
      'Zuletzt 412\u00a0Personen (31.12.2025); Ziel 2030: 600\u00a0Personen; nicht auf Kurs: Die Ziellinie läge zu ' +
      `diesem Datum bei 450\u00a0Personen; ${germanNumber.format(indicator.progress ?? 0)}\u00a0% des Weges vom ` +
      'Basiswert zum Ziel sind geschafft.';
    await expect(chart.getByTestId('chart-summary')).toHaveText(sentence);
    await expect(chart.getByRole('img')).toHaveAttribute('aria-label', `Verlauf: ${indicator.name}. ${sentence}`);
    await expectChartDrawn(chart.locator('canvas'));

    await chart.getByTestId('chart-table-toggle').click();
    const chartTable = chart.getByRole('table', { name: `Verlauf: ${indicator.name}` });
    await expect(chartTable.getByRole('columnheader')).toHaveText([
      'Datum',
      'Wert (Personen)',
      'Ziel (Personen)',
      'Ziellinie (Personen)',
      'Basiswert (Personen)',
    ]);
    await expect(chartTable.getByRole('rowheader')).toHaveText(['2021', '2022', '2023', '2024', '2025', '2030']);

    const entries = page.getByRole('table', { name: `Werte und Ziele von „${indicator.name}“ nach Datum` });
    await expect(entries.getByTestId('entry-row')).toHaveCount(6);
    await expect(entries.getByTestId('entry-row').first()).toContainText('Basiswert');
    await expect(entries.getByTestId('cell-note')).toContainText(['', '', 'Zählung im Januar nachgeholt']);
    await expect(entries.getByTestId('cell-goal').last()).toHaveText('600\u00a0Personen');

    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScrolling(page);
  });

  test('staff enter a value with a German decimal comma; the state, table and history follow', async ({ page }) => {
    const { indicator } = await createIndicator();
    await page.goto(`/indicators/${indicator.id}`);

    await page.getByRole('button', { name: 'Wert eintragen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Wert eintragen' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Datum').fill('2026-12-31');
    await dialog.getByLabel('Wert in Personen').fill('480,5');
    await dialog.getByLabel('Anmerkung (optional)').fill('Vorläufige Zählung');
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Wert speichern' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('announcement')).toHaveText('Der Wert vom 31.12.2026 wurde gespeichert.');
    const row = page.locator('[data-testid="entry-row"][data-date="2026-12-31"]');
    await expect(row.getByTestId('cell-value')).toHaveText('480,5\u00a0Personen');
    await expect(row.getByTestId('cell-note')).toHaveText('Vorläufige Zählung');
    await expect(page.getByTestId('chart-summary')).toContainText('Zuletzt 480,5\u00a0Personen (31.12.2026)');
    await expect(page.getByTestId('history-entry').first()).toContainText('Wert vom 31.12.2026');

    const api = await adminApi();
    const stored = (await (await api.get(`/api/v1/indicators/${indicator.id}`)).json()) as Indicator;
    await api.dispose();
    expect(stored.values.find((value) => value.date === '2026-12-31')).toMatchObject({
      value: 480.5,
      note: 'Vorläufige Zählung',
    });

    // A typo is named at its field, nothing is sent.
    await page.getByRole('button', { name: 'Wert eintragen' }).click();
    await dialog.getByLabel('Datum').fill('2027-12-31');
    await dialog.getByLabel('Wert in Personen').fill('viele');
    await dialog.getByRole('button', { name: 'Wert speichern' }).click();
    await expect(dialog.getByLabel('Wert in Personen')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toContainText('Bitte eine Zahl eingeben.');
    await expectNoAccessibilityViolations(page);
  });

  test('the overview tiles count the states per field of action and lead to the filtered list', async ({ page }) => {
    const { indicator, field } = await createIndicator();

    await page.goto(`/overview?fieldOfAction=${field.id}`);

    const tile = page.locator(`[data-testid="indicator-tile"][data-field-of-action="${field.id}"]`);
    await expect(tile.getByRole('heading', { level: 3 })).toHaveText(field.name);
    await expect(tile.getByTestId('indicator-tile-all')).toHaveText('1 Kennzahl');
    const offTrack = tile.locator('[data-testid="indicator-tile-link"][data-state="off_track"]');
    await expect(offTrack).toHaveText(/1\s+nicht auf Kurs/);
    await expect(tile.locator('[data-testid="indicator-tile-count"][data-state="on_track"]')).toHaveText(
      /0\s+auf Kurs/,
    );
    await expectNoAccessibilityViolations(page);
    await expectNoHorizontalScrolling(page);

    await offTrack.click();
    await expect(page).toHaveURL(new RegExp(`/indicators\\?fieldOfAction=${field.id}&state=off_track$`));
    await expect(page.getByTestId('filter-state')).toHaveValue('off_track');
    const listed = page.getByTestId('indicator-row');
    await expect(listed).toHaveCount(1);
    await expect(listed.getByTestId('indicator-link')).toHaveText(indicator.name);

    const api = await adminApi();
    const viaApi = (await (
      await api.get('/api/v1/indicators', { params: { fieldOfAction: field.id, state: 'off_track' } })
    ).json()) as ListPage<IndicatorListItem>;
    await api.dispose();
    expect(viaApi.items.map((item) => item.id)).toEqual([indicator.id]);
  });
});

test.describe('Kennzahlen in der öffentlichen Ansicht', () => {
  test.use(anonymous);

  test('a public indicator shows its chart, sentence and data table without signing in, and no internal note', async ({
    page,
  }) => {
    const { indicator } = await createIndicator({ public: true });
    const internal = await createIndicator();

    await page.goto('/public');
    // The indicators are drawn when the reader comes near them.
    await page.getByTestId('public-indicators-placeholder').scrollIntoViewIfNeeded();

    const article = page.getByTestId('public-indicator').filter({ hasText: indicator.name });
    await expect(article.getByRole('heading', { level: 3 })).toHaveText(indicator.name);
    await expect(article.getByTestId('indicator-state')).toHaveText(/Nicht auf Kurs/);
    await expect(article.getByTestId('chart-summary')).toContainText(
      'Zuletzt 412\u00a0Personen (31.12.2025); Ziel 2030: 600\u00a0Personen; nicht auf Kurs',
    );
    await article.getByTestId('chart-table-toggle').click();
    await expect(article.getByTestId('chart-table-row')).toHaveCount(6);
    await expect(article).toContainText('Quelle: Lokale Partnerschaften Harburg');
    await expect(page.getByTestId('public-indicators')).not.toContainText('Zählung im Januar nachgeholt');
    await expect(page.getByTestId('public-indicator').filter({ hasText: internal.indicator.name })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});
