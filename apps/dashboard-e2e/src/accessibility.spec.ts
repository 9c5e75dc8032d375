import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { anonymous } from './support/session';

test.describe('WCAG 2.1 AA (axe-core)', () => {
  test('overview', async ({ page }) => {
    await page.goto('/overview');
    await expect(page.getByTestId('fields-table')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('overview in English', async ({ page }) => {
    await page.goto('/overview');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
    await expect(page.getByTestId('fields-table')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('Leitbild', async ({ page }) => {
    await page.goto('/leitbild');
    // Wait for the coverage badges, which arrive with the second request.
    await expect(
      page.locator('[data-testid="guideline-coverage"], [data-testid="guideline-uncovered"]').first(),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('reports', async ({ page }) => {
    await page.goto('/reports');
    await expect(page.getByTestId('reporting-date-form')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('measure import', async ({ page }) => {
    await page.goto('/measures/import');
    await expect(page.getByTestId('import-columns')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('not-found page', async ({ page }) => {
    await page.goto('/gibt-es-nicht');
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test.describe('without signing in', () => {
    test.use(anonymous);

    test('public page', async ({ page }) => {
      await page.goto('/public');
      await expect(page.getByTestId('public-measures')).toBeVisible();
      await expect(page.getByTestId('fields-table')).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });

    test('login page', async ({ page }) => {
      await page.goto('/login');
      await expect(page.getByTestId('login-form')).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });

    test('login page with the errors for missing input', async ({ page }) => {
      await page.goto('/login');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expectNoAccessibilityViolations(page);
    });
  });
});
