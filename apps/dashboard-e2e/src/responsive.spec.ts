import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 320, height: 640 } });

for (const path of ['/overview', '/leitbild']) {
  test(`${path} reflows at 320 px without horizontal scrolling`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-testid="fields-table"], [data-testid="guideline"]').first()).toBeVisible();

    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
}
