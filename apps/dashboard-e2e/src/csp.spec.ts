import { expect, test } from '@playwright/test';

/** The script-src directive of a Content-Security-Policy header, or undefined. */
function scriptSource(policy: string | undefined): string | undefined {
  return (policy ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src '));
}

test('the dashboard works under the strict policy the server sends', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      violations.push(message.text());
    }
  });

  // No inline scripts or event-handler attributes may be needed: script-src allows only the origin's files.
  const document = await page.request.get('/overview');
  expect(scriptSource(document.headers()['content-security-policy'])).toBe("script-src 'self'");

  await page.goto('/overview');
  await expect(page.getByTestId('fields-table')).toBeVisible();
  // The global stylesheet is applied (not left on media="print" by a blocked onload handler).
  await expect(page.locator('header.site-header')).toHaveCSS('background-color', 'rgb(11, 58, 102)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A deep link several levels down still finds its scripts and styles, although base-uri 'none' makes the
  // browser ignore <base href="/">.
  await page.goto('/gibt-es-nicht/noch/tiefer');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page.locator('header.site-header')).toHaveCSS('background-color', 'rgb(11, 58, 102)');

  expect(violations).toEqual([]);
});
