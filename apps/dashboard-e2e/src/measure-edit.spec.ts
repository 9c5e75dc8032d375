import type { Measure } from '@leitbild-monitor/shared/contracts';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { catalogue, createMeasure, readMeasure, unique } from './support/measure-fixtures';
import { adminApi } from './support/users';

test.describe('Maßnahme anlegen und bearbeiten', () => {
  test('the form checks input before sending and shows the errors at the fields, accessibly', async ({ page }) => {
    await page.goto('/measures/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neue Maßnahme');
    await expect(page.locator('#measure-fieldOfActionId option').nth(1)).toBeAttached();

    await page.getByTestId('field-progress').fill('150');
    await page.getByTestId('field-plannedStart').fill('2027-06-01');
    await page.getByTestId('field-plannedEnd').fill('2027-05-01');
    await page.getByTestId('measure-submit').click();

    const summary = page.getByTestId('form-errors');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Titel: Bitte ausfüllen.');
    await expect(summary).toContainText('Handlungsfeld: Bitte wählen.');
    const title = page.getByTestId('field-title');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#title-error')).toHaveText('Bitte ausfüllen.');
    expect(await title.getAttribute('aria-describedby')).toContain('title-error');
    await expect(page.locator('#progress-error')).toContainText('ganze Zahl von 0 bis 100');
    await expect(page.locator('#plannedEnd-error')).toHaveText(
      'Das geplante Ende darf nicht vor dem geplanten Beginn liegen.',
    );
    await expectNoAccessibilityViolations(page);

    // A link in the summary takes the reader to the field.
    await summary.getByRole('link', { name: /Titel/ }).click();
    await expect(title).toBeFocused();
  });

  test('shows the API’s 400 messages at the field they name', async ({ page }) => {
    await page.goto('/measures/new');
    const api = await adminApi();
    const known = await catalogue(api);
    await api.dispose();

    await page.getByTestId('field-title').fill(unique('Formulartest'));
    await page.getByTestId('field-fieldOfActionId').selectOption(known.fieldsOfAction[0].id);
    // Passes the form's loose check, but the API knows that a top-level domain has at least two letters.
    await page.getByTestId('field-contactEmail').fill('anna@example.x');
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/v1/measures'));
    await page.getByTestId('measure-submit').click();
    expect((await answer).status()).toBe(400);

    await expect(page.locator('#contactEmail-error')).toHaveText('Bitte eine gültige E-Mail-Adresse eingeben.');
    await expect(page.getByTestId('field-contactEmail')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('form-errors')).toBeFocused();
    // What the user typed is still there.
    await expect(page.getByTestId('field-contactEmail')).toHaveValue('anna@example.x');
    await expectNoAccessibilityViolations(page);
  });

  test('creates a measure with guidelines and partners chosen from checkbox groups', async ({ page }) => {
    const api = await adminApi();
    const known = await catalogue(api);
    await api.dispose();
    const title = unique('Neue Maßnahme');
    const guideline = known.sections[0].guidelines[0];
    const partner = known.actors[1];

    await page.goto('/measures/new');
    await page.getByTestId('field-title').fill(title);
    await page.getByTestId('field-fieldOfActionId').selectOption(known.fieldsOfAction[1].id);
    await page.getByTestId('field-guidelineIds').getByRole('checkbox', { name: guideline.text }).check();
    await page.getByTestId('field-partnerActorIds').getByRole('checkbox', { name: partner.name, exact: true }).check();
    await page.getByTestId('field-progress').fill('0');
    await page.getByTestId('measure-submit').click();

    await expect(page).toHaveURL(/\/measures\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('announcement')).toHaveText('Die Maßnahme wurde angelegt.');
    await expect(page.getByTestId('fact-progress')).toHaveText('0 %');
    await expect(page.getByTestId('fact-partnerActors')).toHaveText(partner.name);
    await expect(page.getByTestId('measure-guidelines')).toContainText(guideline.code);
    await expect(page.getByTestId('fact-status')).toHaveText('Vorgeschlagen');
  });

  test('edits only the changed fields and says so', async ({ page }) => {
    const { measure } = await createMeasure({ description: 'Alt' });
    await page.goto(`/measures/${measure.id}`);
    await page.getByTestId('edit-measure').click();
    await expect(page).toHaveURL(new RegExp(`/measures/${measure.id}/edit$`));
    await expect(page.getByTestId('field-title')).toHaveValue(measure.title);
    await expectNoAccessibilityViolations(page);

    const patch = page.waitForRequest((request) => request.method() === 'PATCH');
    await page.getByTestId('field-description').fill('Neu');
    await page.getByTestId('measure-submit').click();

    const sent = await patch;
    expect(sent.postDataJSON()).toEqual({ description: 'Neu' });
    expect(sent.headers()['if-match']).toBe(`"${measure.version}"`);
    await expect(page.getByTestId('announcement')).toHaveText('Die Änderungen wurden gespeichert.');
    await expect(page.getByTestId('measure-description')).toHaveText('Neu');
    await expect(page.getByTestId('field-change').first()).toHaveText('Beschreibung: Alt → Neu');
  });

  test('after someone else saved, nothing typed is lost and the edit is reapplied on the new version', async ({
    browser,
  }) => {
    const { measure } = await createMeasure({ description: 'Ausgangstext' });
    const { baseURL, storageState } = test.info().project.use;
    const first = await browser.newContext({ baseURL, storageState });
    const second = await browser.newContext({ baseURL, storageState });
    try {
      const anna = await first.newPage();
      const ben = await second.newPage();
      await anna.goto(`/measures/${measure.id}/edit`);
      await ben.goto(`/measures/${measure.id}/edit`);
      await expect(anna.getByTestId('field-title')).toHaveValue(measure.title);
      await expect(ben.getByTestId('field-title')).toHaveValue(measure.title);

      const annasTitle = `${measure.title} – von Anna`;
      await anna.getByTestId('field-title').fill(annasTitle);
      await anna.getByTestId('measure-submit').click();
      await expect(anna.getByTestId('announcement')).toHaveText('Die Änderungen wurden gespeichert.');

      await ben.getByTestId('field-description').fill('Bens Beschreibung');
      await ben.getByTestId('measure-submit').click();

      const conflict = ben.getByTestId('conflict');
      await expect(conflict).toBeFocused();
      await expect(conflict).toContainText('Jemand hat diese Maßnahme inzwischen gespeichert');
      const row = conflict.locator('[data-testid="conflict-row"][data-field="title"]');
      await expect(row.getByTestId('conflict-theirs')).toHaveText(annasTitle);
      await expect(row.getByTestId('conflict-yours')).toHaveText('von Ihnen nicht geändert');
      await expect(conflict).toContainText('Beschreibung');
      // Ben's input is still in the form, now on top of Anna's version.
      await expect(ben.getByTestId('field-description')).toHaveValue('Bens Beschreibung');
      await expect(ben.getByTestId('field-title')).toHaveValue(annasTitle);
      await expectNoAccessibilityViolations(ben);

      const reapplied = ben.waitForRequest((request) => request.method() === 'PATCH');
      await ben.getByTestId('conflict-reapply').click();
      const sent = await reapplied;
      expect(sent.postDataJSON()).toEqual({ description: 'Bens Beschreibung' });
      expect(sent.headers()['if-match']).toBe(`"${measure.version + 1}"`);
      await expect(ben.getByTestId('announcement')).toHaveText('Die Änderungen wurden gespeichert.');

      const result: Measure = await readMeasure(measure.id);
      expect(result.title).toBe(annasTitle);
      expect(result.description).toBe('Bens Beschreibung');
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('discarding one’s own changes after a conflict shows the saved state', async ({ page }) => {
    const { measure } = await createMeasure({ description: 'Ausgangstext' });
    await page.goto(`/measures/${measure.id}/edit`);
    await expect(page.getByTestId('field-title')).toHaveValue(measure.title);
    const api = await adminApi();
    const saved = await api.patch(`/api/v1/measures/${measure.id}`, {
      data: { description: 'Von woanders' },
      headers: { 'If-Match': `"${measure.version}"` },
    });
    expect(saved.status()).toBe(200);
    await api.dispose();

    await page.getByTestId('field-description').fill('Meins');
    await page.getByTestId('measure-submit').click();
    const row = page.locator('[data-testid="conflict-row"][data-field="description"]');
    await expect(row.getByTestId('conflict-theirs')).toHaveText('Von woanders');
    await expect(row.getByTestId('conflict-yours')).toContainText('Meins');

    await page.getByTestId('conflict-discard').click();
    await expect(page.getByTestId('conflict')).toHaveCount(0);
    await expect(page.getByTestId('field-description')).toHaveValue('Von woanders');
    await expect(page.getByTestId('form-announcement')).toContainText('Ihre Änderungen wurden verworfen');
  });

  test('the form reflows at 320 px', async ({ page }) => {
    const { measure } = await createMeasure();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/measures/${measure.id}/edit`);
    await expect(page.getByTestId('field-title')).toHaveValue(measure.title);
    await expect(page.getByTestId('field-guidelineIds').getByRole('checkbox').first()).toBeVisible();

    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
});
