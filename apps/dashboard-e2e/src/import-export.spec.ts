import type { MeasureListItem, Page as ListPage } from '@leitbild-monitor/shared/contracts';
import { APIRequestContext, Page, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { catalogue, unique } from './support/measure-fixtures';
import { anonymous } from './support/session';
import { signInAs } from './support/users';

/** A CSV as German Excel saves it: UTF-8 with BOM, semicolons, CRLF. */
function germanCsv(rows: string[][]): Buffer {
  const text = rows.map((row) =>
    row.map((cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(';'),
  );
  return Buffer.from(`\uFEFF${text.join('\r\n')}\r\n`, 'utf8');
}

/** Parses the CSV export (`;`, quotes, BOM) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function listedIds(request: APIRequestContext, params: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const response = await request.get('/api/v1/measures', { params: { ...params, limit: 100, page } });
    expect(response.ok(), await response.text()).toBe(true);
    const body = (await response.json()) as ListPage<MeasureListItem>;
    ids.push(...body.items.map((item) => item.id));
    if (page * body.limit >= body.total) return ids;
  }
}

async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await page.getByLabel('Datei (.csv oder .xlsx)').setInputFiles({ name, mimeType, buffer });
}

test.describe('Import und Export', () => {
  test('an editor finds the import from the register; a file with an error is explained by row and column and cannot be imported; the fixed file is imported and its measures are in the register', async ({
    page,
  }) => {
    await signInAs(page, 'editor');
    const field = (await catalogue(page.request)).fieldsOfAction[0];
    const first = unique('Import-Maßnahme A');
    const second = unique('Import-Maßnahme B');

    await page.goto('/measures');
    await page.getByRole('link', { name: 'Maßnahmen importieren' }).click();
    await expect(page).toHaveURL(/\/measures\/import$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahmen importieren');
    await expect(page.getByTestId('import-columns')).toContainText('Titel');
    await expect(page.getByTestId('import-columns')).toContainText('Handlungsfeld');
    await expect(page.getByTestId('import-template-csv')).toHaveAttribute('href', '/api/v1/measures/export?format=csv');

    // Row 3 (the header is row 1) has a progress the import cannot read.
    await chooseFile(
      page,
      'massnahmen.csv',
      germanCsv([
        ['Titel', 'Handlungsfeld', 'Fortschritt'],
        [first, field.name, '50'],
        [second, field.name, 'zweihundert'],
      ]),
    );
    await page.getByRole('button', { name: 'Datei prüfen' }).click();

    const summary = page.getByTestId('import-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAttribute('role', 'alert');
    await expect(summary).toContainText('Die Datei enthält 1 Fehler.');
    const errorRows = page.getByTestId('import-error-row');
    await expect(errorRows).toHaveCount(1);
    await expect(errorRows.first().locator('td').nth(0)).toHaveText('3');
    await expect(errorRows.first().locator('td').nth(1)).toHaveText('Fortschritt');
    await expect(page.getByTestId('import-count-errors').locator('dd')).toHaveText('1');
    await expect(page.getByRole('button', { name: 'Import ausführen' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await chooseFile(
      page,
      'massnahmen-korrigiert.csv',
      germanCsv([
        ['Titel', 'Handlungsfeld', 'Fortschritt'],
        [first, field.name, '50'],
        [second, field.name, '20'],
      ]),
    );
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.getByTestId('import-ready')).toBeFocused();
    await expect(page.getByTestId('import-count-created').locator('dd')).toHaveText('2');
    await expect(page.getByTestId('import-row')).toHaveCount(2);
    await expect(page.getByTestId('import-row').first()).toContainText('Neu');
    // The dry run wrote nothing.
    expect(await listedIds(page.request, { q: first })).toEqual([]);

    // By keyboard: the commit button is reachable and runs on Enter.
    await page.getByRole('button', { name: 'Import ausführen' }).focus();
    await page.keyboard.press('Enter');
    const done = page.getByTestId('import-committed');
    await expect(done).toBeFocused();
    await expect(done).toContainText('Import abgeschlossen: 2 Maßnahmen angelegt, 0 geändert.');

    await page.getByRole('link', { name: 'Zum Maßnahmenregister', exact: true }).click();
    await expect(page).toHaveURL(/\/measures$/);
    await page.goto(`/measures?q=${encodeURIComponent(first)}`);
    await expect(page.getByTestId('measure-link')).toHaveText([first]);
  });

  test('files of another kind are refused with a clear message before anything is sent', async ({ page }) => {
    await signInAs(page, 'editor');
    await page.goto('/measures/import');
    await chooseFile(page, 'notizen.txt', Buffer.from('Titel\nEtwas'), 'text/plain');
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.getByTestId('import-failure')).toHaveText(
      /Bitte wählen Sie eine CSV-Datei \(\.csv\) oder eine Excel-Datei \(\.xlsx\)\./,
    );
  });

  test('readers without the right to edit see no import link, and the address shows why', async ({ page }) => {
    await signInAs(page, 'viewer');
    await page.goto('/measures');
    await expect(page.getByTestId('result-count')).toContainText('gefunden');
    await expect(page.getByRole('link', { name: 'Maßnahmen importieren' })).toHaveCount(0);
    await page.goto('/measures/import');
    await expect(page.getByRole('heading', { name: 'Maßnahmen importieren' })).toHaveCount(0);
  });

  test('the CSV export carries the register filter and lists exactly the measures the register finds', async ({
    page,
  }) => {
    await page.goto('/measures?status=in_progress');
    const link = page.getByTestId('register-export-links-csv');
    // The register's order goes along, so the file lists the measures as the register does.
    const query = 'sort=-updatedAt&status=in_progress';
    await expect(link).toHaveAttribute('href', `/api/v1/measures/export?format=csv&${query}`);
    await expect(page.getByTestId('register-export-links-xlsx')).toHaveAttribute(
      'href',
      `/api/v1/measures/export?format=xlsx&${query}`,
    );
    await expect(page.getByTestId('register-export-links-json')).toHaveAttribute(
      'href',
      `/api/v1/measures/export?format=json&${query}`,
    );

    const downloading = page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const rows = parseCsv(Buffer.concat(chunks).toString('utf8')).filter((row) => row.some((cell) => cell !== ''));
    const [header, ...data] = rows;
    const idColumn = header.indexOf('ID');
    const statusColumn = header.indexOf('Status');
    expect(idColumn).toBeGreaterThanOrEqual(0);

    const expected = await listedIds(page.request, { status: 'in_progress' });
    expect(expected.length).toBeGreaterThan(0);
    expect(data.map((row) => row[idColumn]).sort()).toEqual([...expected].sort());
    for (const row of data) expect(row[statusColumn]).toBe('In Umsetzung');
  });

  test.describe('open data on the public page', () => {
    test.use(anonymous);

    test('links the published measures as CSV and JSON and says what they contain', async ({ page }) => {
      await page.goto('/public');
      const section = page.getByTestId('open-data');
      await expect(section.getByRole('heading', { name: 'Offene Daten' })).toBeVisible();
      await expect(section).toContainText('Namen und E-Mail-Adressen von Ansprechpersonen sind nicht enthalten');
      const csv = page.getByTestId('open-data-links-csv');
      const json = page.getByTestId('open-data-links-json');
      await expect(csv).toHaveAttribute('href', '/api/v1/public/measures/export?format=csv');
      await expect(json).toHaveAttribute('href', '/api/v1/public/measures/export?format=json');

      const csvResponse = await page.request.get((await csv.getAttribute('href')) ?? '');
      expect(csvResponse.status()).toBe(200);
      expect(csvResponse.headers()['content-type']).toMatch(/text\/csv/);
      const jsonResponse = await page.request.get((await json.getAttribute('href')) ?? '');
      expect(jsonResponse.status()).toBe(200);
      expect(Array.isArray(await jsonResponse.json())).toBe(true);
      await expectNoAccessibilityViolations(page);
    });
  });
});
