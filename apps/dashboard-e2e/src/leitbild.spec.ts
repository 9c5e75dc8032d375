import type { DashboardSummary } from '@leitbild-monitor/shared/contracts';
import { expect, test } from '@playwright/test';

test.describe('Leitbild', () => {
  test('shows the five sections of the Leitbild in order', async ({ page }) => {
    await page.goto('/leitbild');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leitbild „Zusammenleben in Vielfalt“');
    await expect(page.getByTestId('leitbild-section').getByRole('heading', { level: 2 })).toHaveText([
      'Wer sind wir?',
      'Was machen wir?',
      'Wie machen wir das?',
      '„Integration“ – Was heißt das für uns?',
      'Und Du?',
    ]);
  });

  test('states for every guideline how many active measures serve it and marks the uncovered ones', async ({
    page,
  }) => {
    const summaryResponse = page.waitForResponse('**/api/v1/dashboard/summary');
    await page.goto('/leitbild');
    const summary = (await (await summaryResponse).json()) as DashboardSummary;

    const guidelines = page.getByTestId('guideline');
    await expect(guidelines.first()).toBeVisible();
    const uncoveredIds = summary.guidelines.filter((g) => g.activeMeasures === 0).map((g) => g.guidelineId);

    const uncovered = page.getByTestId('guideline-uncovered');
    await expect(uncovered).toHaveCount(uncoveredIds.length);
    await expect(uncovered.first()).toHaveText('keine aktive Maßnahme');
    for (const id of uncoveredIds) {
      await expect(page.locator(`[data-guideline-id="${id}"]`).getByTestId('guideline-uncovered')).toBeVisible();
    }

    for (const coverage of summary.guidelines.filter((g) => g.activeMeasures > 0)) {
      await expect(
        page.locator(`[data-guideline-id="${coverage.guidelineId}"]`).getByTestId('guideline-coverage'),
      ).toHaveText(coverage.activeMeasures === 1 ? '1 aktive Maßnahme' : `${coverage.activeMeasures} aktive Maßnahmen`);
    }
    await expect(guidelines).toHaveCount(summary.guidelines.length);
  });
});
