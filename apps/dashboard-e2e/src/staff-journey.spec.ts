import { Page, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { createFieldOfAction, createMeasure, readMeasure } from './support/measure-fixtures';
import { signInAs } from './support/users';

const germanNumber = new Intl.NumberFormat('de-DE');

/** The overview's "in progress" figure, filtered to one field of action so that other specs cannot change it. */
async function inProgressFigure(page: Page, fieldOfActionId: string): Promise<number> {
  await page.goto(`/overview?fieldOfAction=${fieldOfActionId}`);
  const figure = page.getByTestId('key-figure-in-progress').locator('dd');
  await expect(figure).toHaveText(/\d/);
  return Number((await figure.textContent())?.replace(/\D/g, ''));
}

/** Presses Tab until the element has focus (keyboard users reach everything this way). */
async function tabTo(page: Page, testId: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByTestId(testId).evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${testId} was not reached with the Tab key`);
}

test.describe('Redaktion: Status einer Maßnahme ändern', () => {
  test('an editor starts a planned measure with a note, keyboard only, and the overview counts it', async ({
    page,
  }) => {
    const fieldOfAction = await createFieldOfAction();
    const { measure } = await createMeasure({ fieldOfActionId: fieldOfAction.id }, 'planned');
    await signInAs(page, 'editor');
    const before = await inProgressFigure(page, fieldOfAction.id);
    expect(before).toBe(0);

    await page.goto(`/measures/${measure.id}`);
    await expect(page.getByTestId('fact-status')).toHaveText('Geplant');
    await tabTo(page, 'open-status-dialog');
    await page.keyboard.press('Enter');

    const dialog = page.getByTestId('status-dialog');
    await expect(dialog).toBeVisible();
    // Only the transitions the lifecycle allows from "Geplant".
    await expect(dialog.getByRole('radio')).toHaveCount(3);
    await expect(dialog.getByRole('radio', { name: 'In Umsetzung' })).toBeFocused();
    await expectNoAccessibilityViolations(page);

    await page.keyboard.press('Space');
    await expect(dialog.getByRole('radio', { name: 'In Umsetzung' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('status-note')).toBeFocused();
    await page.keyboard.type('Auftaktveranstaltung hat stattgefunden.');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('status-submit')).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('announcement')).toHaveText('Der Status ist jetzt „In Umsetzung“.');
    await expect(page.getByTestId('open-status-dialog')).toBeFocused();
    await expect(page.getByTestId('fact-status')).toHaveText('In Umsetzung');
    const entry = page.getByTestId('status-entry').first();
    await expect(entry).toContainText('Geplant → In Umsetzung');
    await expect(entry).toContainText('von Erika Redaktion');
    await expect(entry).toContainText('Auftaktveranstaltung hat stattgefunden.');
    expect((await readMeasure(measure.id)).status).toBe('in_progress');

    const after = await inProgressFigure(page, fieldOfAction.id);
    expect(after).toBe(before + 1);
    await expect(page.getByTestId('key-figure-in-progress').locator('dd')).toHaveText(germanNumber.format(after));
  });

  test('on hold needs a reason; the dialog says so at the field', async ({ page }) => {
    const { measure } = await createMeasure({}, 'planned');
    await signInAs(page, 'editor');
    await page.goto(`/measures/${measure.id}`);
    await page.getByTestId('open-status-dialog').click();
    const dialog = page.getByTestId('status-dialog');
    await dialog.getByRole('radio', { name: 'Zurückgestellt' }).check();
    await expect(dialog.getByLabel('Begründung (erforderlich)')).toBeVisible();
    await page.getByTestId('status-submit').click();

    await expect(page.locator('#status-note-error')).toHaveText('Bitte geben Sie eine Begründung an.');
    await expect(page.getByTestId('status-note')).toBeFocused();
    await expect(page.getByTestId('status-note')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAccessibilityViolations(page);

    await page.getByTestId('status-note').fill('Förderung steht noch aus.');
    await page.getByTestId('status-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('fact-status')).toHaveText('Zurückgestellt');
    await expect(page.getByTestId('fact-statusNote')).toHaveText('Förderung steht noch aus.');
  });

  test('a status change based on an old version is refused, and the page shows the current state', async ({ page }) => {
    const { measure } = await createMeasure({}, 'planned');
    await signInAs(page, 'editor');
    await page.goto(`/measures/${measure.id}`);
    await expect(page.getByTestId('fact-status')).toHaveText('Geplant');

    // A colleague starts the measure meanwhile.
    const api = await import('./support/users').then((m) => m.adminApi());
    const changed = await api.post(`/api/v1/measures/${measure.id}/status`, {
      data: { status: 'in_progress' },
      headers: { 'If-Match': `"${measure.version}"` },
    });
    expect(changed.status()).toBe(200);
    await api.dispose();

    await page.getByTestId('open-status-dialog').click();
    await page.getByTestId('status-dialog').getByRole('radio', { name: 'Zurückgestellt' }).check();
    await page.getByTestId('status-note').fill('Pause');
    await page.getByTestId('status-submit').click();

    await expect(page.getByTestId('status-dialog-error')).toContainText(
      'Jemand hat die Maßnahme inzwischen gespeichert',
    );
    await expect(page.getByTestId('status-dialog-error')).toBeFocused();
    await expect(page.getByTestId('fact-status')).toHaveText('In Umsetzung');
    // The choices now start from the current status.
    await expect(page.getByTestId('status-dialog').getByRole('radio')).toHaveCount(2);
  });

  test('a progress report with a note and a new value appears in the list of reports', async ({ page }) => {
    const { measure } = await createMeasure({ progress: null }, 'in_progress');
    await signInAs(page, 'editor');
    await page.goto(`/measures/${measure.id}`);
    await page.getByTestId('open-progress-dialog').click();
    await page.getByTestId('progress-value').fill('35');
    await page.getByTestId('progress-submit').click();
    await expect(page.locator('#progress-note-error')).toHaveText('Bitte beschreiben Sie den Fortschritt.');

    await page.getByTestId('progress-note').fill('Erste Kurse laufen.');
    await page.getByTestId('progress-submit').click();

    await expect(page.getByTestId('announcement')).toHaveText('Die Fortschrittsmeldung wurde gespeichert.');
    await expect(page.getByTestId('fact-progress')).toHaveText('35 %');
    const report = page.getByTestId('progress-entry').first();
    await expect(report).toContainText('Erste Kurse laufen.');
    await expect(report).toContainText('Fortschritt: unbekannt → 35 %');
  });
});
