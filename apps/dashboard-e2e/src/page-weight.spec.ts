import { expect, test } from '@playwright/test';
import { anonymous } from './support/session';

test.use(anonymous);

/**
 * What a first visit to /public costs on the wire: every response of the load as transferred (headers and the
 * compressed body), with an empty cache. The target (≤ 200 kB) is measured by Lighthouse in `npm run bench`;
 * this budget catches what would undo the work — a file or answer sent uncompressed (the load was 820 kB so), a
 * library pulled into the page that it does not use.
 */
const PUBLIC_FIRST_LOAD_BUDGET_KB = 260;

test.describe('Gewicht der öffentlichen Ansicht', () => {
  test('loads /public compressed, within its budget, and keeps hashed files for a year', async ({ page }) => {
    const responses: { url: string; bytes: number; encoding?: string; type: string; cacheControl?: string }[] = [];
    page.on('requestfinished', async (request) => {
      const response = await request.response();
      if (!response) return;
      const sizes = await request.sizes();
      const headers = await response.allHeaders();
      responses.push({
        url: new URL(request.url()).pathname,
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        encoding: headers['content-encoding'],
        type: headers['content-type'] ?? '',
        cacheControl: headers['cache-control'],
      });
    });
    await page.goto('/public');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await expect(page.getByTestId('chart-status').locator('canvas')).toHaveAttribute('data-rendered', 'true');
    // What is measured is everything the first load fetches, so the test waits until the network is quiet rather
    // than for one element.
    // eslint-disable-next-line playwright/no-networkidle
    await page.waitForLoadState('networkidle');

    // Every script, style sheet, translation and JSON answer above 1 kB arrived compressed with brotli.
    const text = responses.filter(
      (response) => /javascript|css|json|html/.test(response.type) && response.bytes > 1024 + 600,
    );
    expect(text.length).toBeGreaterThan(5);
    expect(text.filter((response) => response.encoding !== 'br').map((response) => response.url)).toEqual([]);

    // Hashed scripts and styles are kept for a year; the page itself and the translations are revalidated.
    const hashed = responses.filter((response) => /-[A-Z0-9]{8}\.(js|css)$/.test(response.url));
    expect(hashed.length).toBeGreaterThan(3);
    for (const response of hashed)
      expect([response.url, response.cacheControl]).toEqual([response.url, 'public, max-age=31536000, immutable']);
    expect(responses.find((response) => response.url === '/public')?.cacheControl).toBe('no-cache');
    expect(responses.find((response) => response.url.startsWith('/i18n/'))?.cacheControl).toBe('no-cache');

    const totalKb = responses.reduce((sum, response) => sum + response.bytes, 0) / 1024;
    test.info().annotations.push({ type: 'transferred', description: `${totalKb.toFixed(1)} kB` });
    expect(totalKb).toBeLessThanOrEqual(PUBLIC_FIRST_LOAD_BUDGET_KB);
  });
});
