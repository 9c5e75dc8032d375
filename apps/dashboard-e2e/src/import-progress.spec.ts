import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { catalogue, unique } from './support/measure-fixtures';
import { signInAs } from './support/users';

/** Rows enough that checking them takes several of the page's polls (every 500 ms) on any machine. */
const ROWS = 4000;

test.describe('Fortschritt eines großen Imports', () => {
  // A dry run of thousands of rows takes seconds on an idle machine and much longer on a busy one.
  test.setTimeout(300_000);

  test('a large dry run shows how many rows of how many are checked in a labelled progress bar, then the result', async ({
    page,
  }) => {
    await signInAs(page, 'editor');
    const fields = (await catalogue(page.request)).fieldsOfAction;
    const label = unique('Fortschritt');
    const lines = ['Titel;Handlungsfeld;Fortschritt'];
    for (let index = 0; index < ROWS; index++)
      lines.push(`${label} ${index + 1};${fields[index % fields.length].name};10`);

    await page.goto('/measures/import');
    await page.getByLabel('Datei (.csv oder .xlsx)').setInputFiles({
      name: 'viele-massnahmen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();

    const bar = page.getByRole('progressbar', { name: 'Fortschritt des Imports' });
    await expect(bar).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('import-progress-text')).toHaveText(/Zeile \d{1,3}(\.\d{3})? von 4\.000 geprüft/);
    await expect(bar).toHaveAttribute('max', String(ROWS));
    await expectNoAccessibilityViolations(page);

    await expect(page.getByTestId('import-ready')).toBeFocused({ timeout: 240_000 });
    await expect(page.getByTestId('import-count-created').locator('dd')).toHaveText('4.000');
    await expect(page.getByTestId('import-progress')).toHaveCount(0);
  });
});
