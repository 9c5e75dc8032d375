import { expect, test } from '@playwright/test';

test('an unknown path shows the not-found page with a way back', async ({ page }) => {
  await page.goto('/gibt-es-nicht/123');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await expect(page).toHaveTitle('Seite nicht gefunden – Leitbild-Monitor');

  await page.getByRole('main').getByRole('link', { name: 'Zur Übersicht' }).click();

  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht');
});
