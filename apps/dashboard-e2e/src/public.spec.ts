import { expect, test } from '@playwright/test';
import { anonymous } from './support/session';

test.use(anonymous);

test('the public page works without signing in and requests no data', async ({ page }) => {
  const apiRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) {
      apiRequests.push(request.url());
    }
  });

  await page.goto('/public');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Öffentliche Ansicht');
  await expect(page.getByTestId('public-purpose')).toContainText('ohne Anmeldung erreichbar');
  await expect(page).toHaveTitle('Öffentliche Ansicht – Leitbild-Monitor');
  expect(apiRequests).toEqual([]);
});
