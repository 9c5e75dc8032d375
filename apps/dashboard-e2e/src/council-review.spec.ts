import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { createMeasure, unique } from './support/measure-fixtures';
import { signInAs } from './support/users';

test.describe('Stellungnahmen des Integrationsrats', () => {
  test('a council member reads the measure without edit controls, writes a comment and corrects it', async ({
    page,
  }) => {
    const { measure } = await createMeasure({}, 'planned');
    await signInAs(page, 'reviewer');
    await page.goto(`/measures/${measure.id}`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(measure.title);
    await expect(page.getByTestId('edit-measure')).toHaveCount(0);
    await expect(page.getByTestId('open-status-dialog')).toHaveCount(0);
    await expect(page.getByTestId('open-progress-dialog')).toHaveCount(0);
    await expect(page.getByTestId('review-empty')).toHaveText('Zu dieser Maßnahme gibt es noch keine Stellungnahme.');

    // An empty comment is explained at the field, not sent.
    await page.getByTestId('review-submit').click();
    await expect(page.locator('#review-new-error')).toHaveText('Bitte schreiben Sie Ihre Stellungnahme.');
    await expect(page.getByTestId('review-new-text')).toBeFocused();
    await expectNoAccessibilityViolations(page);

    const text = unique('Der Integrationsrat empfiehlt Abendtermine.');
    await page.getByTestId('review-new-text').fill(text);
    await page.getByTestId('review-submit').click();

    await expect(page.getByTestId('review-announcement')).toHaveText('Ihre Stellungnahme wurde gespeichert.');
    // The measure is new: its only comment is this one (the editing form replaces the text while open).
    const comment = page.getByTestId('review-comment').first();
    await expect(comment).toContainText(text);
    await expect(comment).toContainText('Rana Integrationsrat');
    await expect(page.getByTestId('review-new-text')).toHaveValue('');

    await comment.getByTestId('review-edit').click();
    await expect(comment.getByTestId('review-edit-text')).toBeFocused();
    await comment.getByTestId('review-edit-text').fill(`${text} Korrigiert.`);
    await comment.getByTestId('review-edit-save').click();
    await expect(page.getByTestId('review-announcement')).toHaveText('Ihre Korrektur wurde gespeichert.');
    await expect(page.getByTestId('review-comment').filter({ hasText: 'Korrigiert.' })).toContainText('bearbeitet');
    await expectNoAccessibilityViolations(page);
  });

  test('viewers read the comments but cannot write any; editors neither', async ({ page }) => {
    const { measure } = await createMeasure();
    await signInAs(page, 'reviewer');
    const text = unique('Bitte mit dem Sportverein abstimmen.');
    const written = await page.request.post(`/api/v1/measures/${measure.id}/comments`, {
      data: { text },
      headers: { 'X-XSRF-TOKEN': (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' },
    });
    expect(written.status(), await written.text()).toBe(201);

    for (const role of ['viewer', 'editor'] as const) {
      await signInAs(page, role);
      await page.goto(`/measures/${measure.id}`);
      await expect(page.getByTestId('review-comment').filter({ hasText: text })).toBeVisible();
      await expect(page.getByTestId('review-form')).toHaveCount(0);
      await expect(page.getByTestId('review-edit')).toHaveCount(0);
    }
    // A viewer sees no edit controls either.
    await signInAs(page, 'viewer');
    await page.goto(`/measures/${measure.id}`);
    await expect(page.getByTestId('measure')).toBeVisible();
    await expect(page.getByTestId('edit-measure')).toHaveCount(0);
  });

  test('the edit form is not offered to council members', async ({ page }) => {
    const { measure } = await createMeasure();
    await signInAs(page, 'reviewer');
    await page.goto(`/measures/${measure.id}/edit`);

    await expect(page.getByTestId('measure-form')).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/measures/${measure.id}/edit$`));
  });
});
