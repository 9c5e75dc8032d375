import type { MeasureListItem, Page as ListPage } from '@leitbild-monitor/shared/contracts';
import { APIRequestContext, Page, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { signInAs } from './support/users';

/** What the API lists for a query: the register must show exactly this. */
async function listed(request: APIRequestContext, params: Record<string, string | number>) {
  const response = await request.get('/api/v1/measures', { params });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as ListPage<MeasureListItem>;
}

const rows = (page: Page) => page.getByTestId('measure-row');
const titles = (page: Page) => page.getByTestId('measure-link');
const resultCount = (page: Page) => page.getByTestId('result-count');
const filter = (page: Page, testId: string) => page.getByTestId('measure-filters').getByTestId(testId);

function countText(total: number, pages = 1, page = 1) {
  const found =
    total === 0 ? 'Keine Maßnahme gefunden' : total === 1 ? '1 Maßnahme gefunden' : `${total} Maßnahmen gefunden`;
  return pages > 1 ? `${found} – Seite ${page} von ${pages}` : found;
}

test.describe('Maßnahmenregister', () => {
  test('is linked from the navigation and lists the measures, most recently updated first', async ({ page }) => {
    await page.goto('/overview');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Maßnahmen' }).click();

    await expect(page).toHaveURL(/\/measures$/);
    await expect(page).toHaveTitle('Maßnahmen – Leitbild-Monitor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahmenregister');
    const expected = await listed(page.request, { sort: '-updatedAt', limit: 25 });
    await expect(titles(page)).toHaveText(expected.items.map((item) => item.title));
    await expect(resultCount(page)).toHaveText(countText(expected.total, Math.ceil(expected.total / 25)));
    await expect(page.getByRole('columnheader', { name: 'Aktualität' })).toHaveAttribute('aria-sort', 'descending');
    await expect(rows(page).first().getByTestId('measure-freshness')).toHaveText(
      /^\s*zuletzt aktualisiert \S.* \(\d{2}\.\d{2}\.\d{4}\)\s*$/,
    );
    await expect(page.getByRole('link', { name: 'Neue Maßnahme', exact: true })).toHaveAttribute(
      'href',
      '/measures/new',
    );
  });

  test('filters by status in the UI: the URL changes and the list follows', async ({ page }) => {
    await page.goto('/measures');
    await expect(rows(page).first()).toBeVisible();

    await filter(page, 'filter-status').selectOption({ label: 'In Umsetzung' });

    await expect(page).toHaveURL(/\/measures\?status=in_progress$/);
    const expected = await listed(page.request, { status: 'in_progress', limit: 25 });
    expect(expected.total).toBeGreaterThan(0);
    await expect(resultCount(page)).toHaveText(countText(expected.total, Math.ceil(expected.total / 25)));
    await expect(titles(page)).toHaveText(expected.items.map((item) => item.title));
    for (const status of await page.getByTestId('measure-status').allTextContents()) {
      expect(status.trim()).toBe('In Umsetzung');
    }

    await page.goBack();
    await expect(page).toHaveURL(/\/measures$/);
    await expect(filter(page, 'filter-status')).toHaveValue('');
  });

  test('opens a shared link with its filters applied and shown', async ({ page }) => {
    const fields = (await (await page.request.get('/api/v1/fields-of-action')).json()).items as { id: string }[];
    // The field with the most measures gives the link something to show.
    const counts = await Promise.all(
      fields.map(async (field) => ({ field, total: (await listed(page.request, { fieldOfAction: field.id })).total })),
    );
    const field = counts.sort((a, b) => b.total - a.total)[0].field;

    await page.goto(`/measures?fieldOfAction=${field.id}&sort=title&limit=50&nonsense=1&status=erfunden`);

    const expected = await listed(page.request, { fieldOfAction: field.id, sort: 'title', limit: 50 });
    await expect(titles(page)).toHaveText(expected.items.map((item) => item.title));
    await expect(filter(page, 'filter-field-of-action')).toHaveValue(field.id);
    await expect(filter(page, 'filter-status')).toHaveValue('');
    await expect(page.getByTestId('page-size')).toHaveValue('50');
    await expect(page.getByRole('columnheader', { name: 'Titel' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByTestId('filters-reset')).toBeVisible();
  });

  test('sorts by a column header, both ways', async ({ page }) => {
    await page.goto('/measures');
    await expect(rows(page).first()).toBeVisible();

    await page.getByRole('button', { name: 'Fortschritt' }).click();
    await expect(page).toHaveURL(/\?sort=-progress$/);
    await expect(page.getByRole('columnheader', { name: 'Fortschritt' })).toHaveAttribute('aria-sort', 'descending');
    await expect(titles(page)).toHaveText(
      (await listed(page.request, { sort: '-progress' })).items.map((i) => i.title),
    );

    await page.getByRole('button', { name: 'Fortschritt' }).click();
    await expect(page).toHaveURL(/\?sort=progress$/);
    await expect(page.getByRole('columnheader', { name: 'Fortschritt' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(titles(page)).toHaveText((await listed(page.request, { sort: 'progress' })).items.map((i) => i.title));
    await expect(page.getByRole('table').locator('caption')).toHaveText(
      'Maßnahmen, sortiert nach Fortschritt (aufsteigend)',
    );
  });

  test('pages through the list and changes the page size', async ({ page }) => {
    await page.goto('/measures');
    const { total } = await listed(page.request, {});
    expect(total).toBeGreaterThan(25);
    const pages = Math.ceil(total / 25);
    await expect(page.getByTestId('page-position')).toHaveText(`Seite 1 von ${pages}`);
    await expect(rows(page)).toHaveCount(25);

    await page.getByTestId('page-next').click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(page.getByTestId('page-position')).toHaveText(`Seite 2 von ${pages}`);
    await expect(resultCount(page)).toHaveText(countText(total, pages, 2));
    const second = await listed(page.request, { page: 2 });
    await expect(titles(page)).toHaveText(second.items.map((item) => item.title));

    await page.getByTestId('page-size').selectOption('100');
    await expect(page).toHaveURL(/\?limit=100$/);
    await expect(rows(page)).toHaveCount(Math.min(total, 100));
    await expect(page.getByTestId('page-position')).toHaveText(`Seite 1 von ${Math.ceil(total / 100)}`);

    await page.goBack();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(page.getByTestId('page-position')).toHaveText(`Seite 2 von ${pages}`);
  });

  test('shows what changed since a date and links rows to the changes', async ({ page }) => {
    const recent = await listed(page.request, { sort: '-updatedAt', limit: 5 });
    const since = recent.items[recent.items.length - 1].updatedAt.slice(0, 10);
    const expected = await listed(page.request, { changedSince: since, limit: 25 });
    await page.goto('/measures');
    await expect(rows(page).first()).toBeVisible();

    await filter(page, 'filter-changed-since').fill(since);

    await expect(page).toHaveURL(new RegExp(`\\?changedSince=${since}$`));
    await expect(resultCount(page)).toHaveText(countText(expected.total, Math.ceil(expected.total / 25)));
    await expect(titles(page)).toHaveText(expected.items.map((item) => item.title));
    await expect(titles(page).first()).toHaveAttribute('href', `/measures/${expected.items[0].id}?since=${since}`);
  });

  test('shows an empty state whose action resets the filters', async ({ page }) => {
    await page.goto('/measures?q=Gibt%20es%20nicht%20xyz&sort=title');

    await expect(page.getByTestId('register-empty')).toContainText('Keine Maßnahme entspricht den gewählten Filtern.');
    await expect(resultCount(page)).toHaveText('Keine Maßnahme gefunden');
    await page.getByTestId('empty-reset').click();

    await expect(page).toHaveURL(/\/measures\?sort=title$/);
    await expect(filter(page, 'filter-q')).toHaveValue('');
    await expect(rows(page).first()).toBeVisible();
  });

  test('offers no "Neue Maßnahme" to the integration council', async ({ page }) => {
    await signInAs(page, 'reviewer');
    await page.goto('/measures');
    await expect(rows(page).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Neue Maßnahme', exact: true })).toHaveCount(0);
  });

  test('can be filtered and sorted with the keyboard alone', async ({ page }) => {
    await page.goto('/measures');
    await expect(rows(page).first()).toBeVisible();
    const search = filter(page, 'filter-q');

    for (let i = 0; i < 30 && !(await search.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(search).toBeFocused();
    expect(await search.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.type('Sprach');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?q=Sprach$/);
    await expect(search).toBeFocused();

    await page.keyboard.press('Tab'); // "Suchen"
    await page.keyboard.press('Tab'); // Status
    await expect(filter(page, 'filter-status')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\?q=Sprach&status=proposed$|\?status=proposed&q=Sprach$/);
    await expect(filter(page, 'filter-status')).toBeFocused();

    await page.keyboard.press('ArrowUp');
    await expect(page).toHaveURL(/\?q=Sprach$/);
    const expected = await listed(page.request, { q: 'Sprach', sort: 'title' });
    expect(expected.total).toBeGreaterThan(0);

    const sortByTitle = page.getByRole('button', { name: 'Titel' });
    for (let i = 0; i < 30 && !(await sortByTitle.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(sortByTitle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sort=title/);
    await expect(titles(page)).toHaveText(expected.items.map((item) => item.title));
    await expect(sortByTitle).toBeFocused();
  });

  test.describe('accessibility (axe)', () => {
    test('register with filters applied', async ({ page }) => {
      await page.goto('/measures?overdue=true&sort=plannedEnd');
      await expect(rows(page).first()).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });

    test('register after changing filters in the UI', async ({ page }) => {
      await page.goto('/measures');
      await expect(rows(page).first()).toBeVisible();
      await filter(page, 'filter-status').selectOption({ label: 'Abgeschlossen' });
      await expect(page).toHaveURL(/status=completed/);
      await expect(page.getByTestId('filters-reset')).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });

    test('empty state', async ({ page }) => {
      await page.goto('/measures?q=Gibt%20es%20nicht%20xyz');
      await expect(page.getByTestId('register-empty')).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });

    test('register in English', async ({ page }) => {
      await page.goto('/measures');
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure register');
      await expect(rows(page).first().getByTestId('measure-freshness')).toHaveText(
        /^\s*last updated \S.* \([A-Z][a-z]{2} \d{1,2}, \d{4}\)\s*$/,
      );
      await expectNoAccessibilityViolations(page);
    });
  });

  test.describe('at 320 px', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('reflows without horizontal page scrolling; the table scrolls in its own labelled region', async ({
      page,
    }) => {
      await page.goto('/measures?status=in_progress');
      await expect(rows(page).first()).toBeVisible();

      const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
      expect(scrollWidth).toBeLessThanOrEqual(320);
      const region = page.getByRole('region', { name: /Maßnahmen, sortiert nach/ });
      await expect(region).toHaveAttribute('tabindex', '0');
      expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    });
  });
});
