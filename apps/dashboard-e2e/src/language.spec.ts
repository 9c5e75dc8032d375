import { expect, test } from '@playwright/test';

test.describe('Sprachumschaltung', () => {
  test('switches the interface to English and back, with the document language', async ({ page }) => {
    await page.goto('/overview');
    const html = page.locator('html');
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });

    await expect(html).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'English' }).click();

    await expect(html).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveText([
      'Overview',
      'Measures',
      'Indicators',
      'Meetings',
      'Guiding principles',
      'Reports',
      'Administration',
      'Public view',
    ]);
    await expect(page.getByRole('table', { name: 'Measures by field of action' })).toBeVisible();
    await expect(page).toHaveTitle('Overview – Leitbild-Monitor');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('button', { name: 'Deutsch' }).click();

    await expect(html).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht');
    await expect(navigation.getByRole('link')).toHaveText([
      'Übersicht',
      'Maßnahmen',
      'Kennzahlen',
      'Sitzungen',
      'Leitbild',
      'Berichte',
      'Verwaltung',
      'Öffentliche Ansicht',
    ]);
  });

  test('remembers the choice on the next visit, and starts in it without errors', async ({ page }) => {
    await page.goto('/leitbild');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.reload();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Guiding principles “Living together in diversity”',
    );
    // A start in a remembered language once failed to load the default translations (TranslationLoadError).
    expect(errors).toEqual([]);
  });
});
