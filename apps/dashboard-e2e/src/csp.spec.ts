import { expect, test } from '@playwright/test';

/** The policy the deployment will send; the dashboard must not need inline scripts or event handlers. */
const SCRIPT_POLICY = "script-src 'self'; object-src 'none'; base-uri 'self'";

test('the dashboard works under a strict script policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      violations.push(message.text());
    }
  });
  // The server does not send the policy yet, so add it to the HTML document here.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') {
      return route.continue();
    }
    const response = await route.fetch();
    return route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': SCRIPT_POLICY },
    });
  });

  await page.goto('/overview');
  await expect(page.getByTestId('fields-table')).toBeVisible();
  // The global stylesheet is applied (not left on media="print" by a blocked onload handler).
  await expect(page.locator('header.site-header')).toHaveCSS('background-color', 'rgb(11, 58, 102)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  expect(violations).toEqual([]);
});
