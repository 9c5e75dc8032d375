import { expect, test } from '@playwright/test';

test.describe('Tastaturbedienung', () => {
  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/overview');
    await expect(page.getByTestId('fields-table')).toBeVisible();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press('Enter');

    await expect(page.locator('main#main')).toBeFocused();
    await expect(page).toHaveURL(/\/overview$/);

    // Reading continues inside the main content, not in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
  });

  test('every navigation link, the language switch and sign-out are reachable and show a focus outline', async ({
    page,
  }) => {
    await page.goto('/public');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const stops: { name: string; outline: string }[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          return {
            name: element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            outline: getComputedStyle(element).outlineStyle,
          };
        }),
      );
    }

    // The header's task link shows the administrator's count, which depends on the data: compared without it.
    expect(stops.map((stop) => stop.name.replace(/^Zu erledigen \d+$/, 'Zu erledigen'))).toEqual([
      'Zum Inhalt springen',
      'Leitbild-Monitor Bezirksamt Harburg',
      'Deutsch',
      'English',
      'Zu erledigen',
      'Mein Konto',
      'Abmelden',
      'Übersicht',
      'Maßnahmen',
      'Kennzahlen',
      'Sitzungen',
      'Leitbild',
      'Berichte',
      'Verwaltung',
      'Öffentliche Ansicht',
    ]);
    for (const stop of stops) {
      expect(stop.outline, `focus outline of "${stop.name}"`).not.toBe('none');
    }
  });
});
