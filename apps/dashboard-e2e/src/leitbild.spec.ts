import type { DashboardSummary, MeasureListItem, Page } from '@leitbild-monitor/shared/contracts';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';

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
    const summary = (await (await page.request.get('/api/v1/dashboard/summary')).json()) as DashboardSummary;
    await page.goto('/leitbild');

    const guidelines = page.getByTestId('guideline');
    await expect(guidelines.first()).toBeVisible();
    const uncoveredIds = summary.guidelines.filter((g) => g.activeMeasures === 0).map((g) => g.guidelineId);

    const uncovered = page.getByTestId('guideline-uncovered');
    await expect(uncovered).toHaveCount(uncoveredIds.length);
    await expect(uncovered.first()).toHaveText('⚠ keine aktive Maßnahme');
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

  test('lists the measures serving each guideline with their status, fetched in a few list requests', async ({
    page,
  }) => {
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/v1/measures') listRequests.push(request.url());
    });
    await page.goto('/leitbild');
    const guideline = page
      .getByTestId('guideline')
      .filter({ has: page.getByTestId('guideline-measure') })
      .first();
    await expect(guideline).toBeVisible();

    const id = await guideline.getAttribute('data-guideline-id');
    const expected = (
      (await (
        await page.request.get('/api/v1/measures', { params: { guideline: id ?? '', limit: 100 } })
      ).json()) as Page<MeasureListItem>
    ).items;
    const measures = guideline.getByTestId('guideline-measure');
    await expect(measures).toHaveCount(expected.length);
    const first = measures.first().getByRole('link');
    const firstTitle = ((await first.textContent()) ?? '').trim();
    const measure = expected.find((item) => item.title === firstTitle);
    expect(measure).toBeDefined();
    await expect(first).toHaveAttribute('href', `/measures/${measure?.id}`);
    await expect(measures.first().getByTestId('guideline-measure-status')).not.toBeEmpty();

    const { total } = (await (await page.request.get('/api/v1/measures')).json()) as Page<MeasureListItem>;
    expect(listRequests).toHaveLength(Math.ceil(total / 100));
    for (const url of listRequests) expect(new URL(url).searchParams.get('limit')).toBe('100');
  });

  test('links each guideline to the register filtered by it', async ({ page }) => {
    await page.goto('/leitbild');
    const guideline = page
      .getByTestId('guideline')
      .filter({ has: page.getByTestId('guideline-measure') })
      .first();
    const id = await guideline.getAttribute('data-guideline-id');
    const count = await guideline.getByTestId('guideline-measure').count();

    await guideline.getByRole('link', { name: /Alle Maßnahmen zu diesem Leitsatz/ }).click();

    await expect(page).toHaveURL(`/measures?guideline=${id}`);
    await expect(page.getByTestId('measure-filters').getByTestId('filter-guideline')).toHaveValue(id ?? '');
    await expect(page.getByTestId('measure-row')).toHaveCount(Math.min(count, 25));
  });

  test('has no WCAG violations with the measures shown', async ({ page }) => {
    await page.goto('/leitbild');
    await expect(page.getByTestId('guideline-measure').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
