import { Page, expect, test } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';
import { expectNoAccessibilityViolations } from './support/axe';
import { anonymous } from './support/session';

test.use({ viewport: { width: 390, height: 844 } });

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menü' });
const navigation = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });

/** Tabs forward until the element with this accessible text has the focus. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim());
    if (focused === name) return;
  }
  throw new Error(`"${name}" never got the focus`);
}

test.describe('Kopfzeile auf dem Telefon', () => {
  test('folds the navigation into a menu button, so the content starts near the top', async ({ page }) => {
    await page.goto('/overview');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht');

    const header = await page.getByTestId('site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(120);
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(navigation(page)).toBeHidden();
    await expect(page.getByTestId('sign-out')).toBeHidden();
    await page.screenshot({ path: `${workspaceRoot}/tmp/e2e/phone-header-closed.png` });
    await expectNoAccessibilityViolations(page);

    await menuButton(page).click();

    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(navigation(page)).toBeVisible();
    await expect(page.getByTestId('sign-out')).toBeVisible();
    await expect(page.getByTestId('language-en')).toBeVisible();
    await page.screenshot({ path: `${workspaceRoot}/tmp/e2e/phone-header-open.png` });
    await expectNoAccessibilityViolations(page);
  });

  test('works with the keyboard: open, follow a link, close with Escape', async ({ page }) => {
    await page.goto('/overview');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht');

    await tabTo(page, 'Menü');
    await page.keyboard.press('Enter');
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');

    await tabTo(page, 'Maßnahmen');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/measures$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahmenregister');
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(navigation(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();

    await page.keyboard.press('Space');
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    await tabTo(page, 'English');
    await page.keyboard.press('Escape');

    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(menuButton(page)).toBeFocused();
    await expect(navigation(page)).toBeHidden();
  });

  test('keeps the language switch within reach', async ({ page }) => {
    await page.goto('/overview');
    // The page is shown once the first navigation has ended: a menu opened before that is closed by it.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht');
    await menuButton(page).click();
    await page.getByTestId('language-en').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByTestId('language-de').click();
    await expect(menuButton(page)).toBeVisible();
  });

  test.describe('signed out', () => {
    test.use(anonymous);

    test('offers signing in from the menu of the public page', async ({ page }) => {
      await page.goto('/public');
      // The page is shown once the first navigation has ended: a menu opened before that is closed by it.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Öffentliche Ansicht');
      await menuButton(page).click();

      await page.getByTestId('sign-in-link').click();

      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
      await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    });
  });
});
