import { expect, test } from '@playwright/test';

test('an unknown path shows the not-found page with a way back', async ({ page }) => {
  await page.goto('/gibt-es-nicht/123');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await expect(page).toHaveTitle('Seite nicht gefunden – Leitbild-Monitor');

  await page.getByRole('main').getByRole('link', { name: 'Zur Übersicht' }).click();

  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht');
});

test('a path outside the dashboard answers 404, and the page still says what happened', async ({ page }) => {
  const response = await page.goto('/sitemap.xml');

  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');

  // A dashboard page answers 200 on reload, and an unknown address inside it shows the same page.
  expect((await page.goto('/measures'))?.status()).toBe(200);
  expect((await page.goto('/gibt-es-nicht/123'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});

test('robots.txt lets search engines read the public pages only', async ({ request }) => {
  const response = await request.get('/robots.txt');

  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const rules = (await response.text()).split('\n').filter((line) => /^(Allow|Disallow):/.test(line));
  expect(rules).toContain('Allow: /public');
  expect(rules.at(-1)).toBe('Disallow: /');
});
