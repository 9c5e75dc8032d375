import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ImportResult, TRANSFER_COLUMNS } from '@leitbild-monitor/shared/contracts';
import { MeasureImportPageComponent } from './measure-import-page.component';

const clean: ImportResult = {
  mode: 'dry-run',
  created: 1,
  updated: 1,
  unchanged: 0,
  errors: [],
  rows: [
    { row: 2, action: 'create', measureId: null, title: 'Sprachcafé', changedFields: [] },
    { row: 3, action: 'update', measureId: 'm1', title: 'Lotsenprojekt', changedFields: ['Fortschritt', 'Status'] },
  ],
};
const withErrors: ImportResult = {
  ...clean,
  created: 0,
  updated: 0,
  errors: [
    { row: 3, column: 'Fortschritt', message: 'Fortschritt muss eine ganze Zahl von 0 bis 100 sein' },
    { row: 4, column: 'Handlungsfeld', message: 'Handlungsfeld „Gibt es nicht“ ist unbekannt' },
  ],
  rows: [{ ...clean.rows[0] }, { row: 3, action: 'error', measureId: null, title: 'Lotsenprojekt', changedFields: [] }],
};

describe('MeasureImportPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(MeasureImportPageComponent);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const cells = (selector: string) =>
      [...element.querySelectorAll(selector)].map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
      );
    const choose = async (name: string, content = 'Titel;Handlungsfeld\r\n') => {
      const input = element.querySelector<HTMLInputElement>('[data-testid="import-file"]');
      if (!input) throw new Error('no file input');
      Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
      input.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    const click = async (testId: string) => {
      element.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
      await fixture.whenStable();
    };
    // The page awaits the upload's promise: let that continuation run, then render.
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, element, text, cells, choose, click, settle };
  }

  it('lists the columns of the format with the German headers and marks those new measures need', async () => {
    const { element } = await render();
    const items = [...element.querySelectorAll('[data-testid="import-columns"] li')].map((item) =>
      item.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toHaveLength(TRANSFER_COLUMNS.length);
    expect(items).toContain('Titel (Pflicht für neue Maßnahmen)');
    expect(items).toContain('Fortschritt');
    expect(element.querySelector('[data-testid="import-template-csv"]')?.getAttribute('href')).toBe(
      '/api/v1/measures/export?format=csv',
    );
  });

  it('asks for a file before checking', async () => {
    const { element, click, text } = await render();
    await click('import-check');
    expect(text('[data-testid="import-file-error"]')).toBe('Bitte wählen Sie eine Datei aus.');
    expect(element.querySelector('[data-testid="import-file"]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the errors of a dry run by row and column, announced, and offers no import', async () => {
    const { element, choose, click, text, cells, settle } = await render();
    await choose('massnahmen.csv');
    await click('import-check');
    http.expectOne({ method: 'POST', url: '/api/v1/measures/import?mode=dry-run' }).flush(withErrors);
    await settle();

    expect(element.querySelector('[data-testid="import-error-summary"]')?.getAttribute('role')).toBe('alert');
    expect(text('[data-testid="import-error-summary"] h3')).toBe('Die Datei enthält 2 Fehler.');
    expect(cells('[data-testid="import-error-row"]')).toEqual([
      ['3', 'Fortschritt', 'Fortschritt muss eine ganze Zahl von 0 bis 100 sein'],
      ['4', 'Handlungsfeld', 'Handlungsfeld „Gibt es nicht“ ist unbekannt'],
    ]);
    expect(text('[data-testid="import-count-errors"] dd')).toBe('2');
    expect(element.querySelector('[data-testid="import-commit"]')).toBeNull();
  });

  it('previews a clean file row by row, imports it on request and links the register', async () => {
    const { element, choose, click, text, cells, settle } = await render();
    await choose('massnahmen.xlsx');
    await click('import-check');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush(clean);
    await settle();

    expect(text('[data-testid="import-ready"]')).toBe(
      'Die Datei ist fehlerfrei. Der Import würde 1 Maßnahmen anlegen und 1 ändern.',
    );
    expect(cells('[data-testid="import-row"]')).toEqual([
      ['2', 'Neu', 'Sprachcafé', ''],
      ['3', 'Geändert', 'Lotsenprojekt', 'Fortschritt, Status'],
    ]);

    await click('import-commit');
    http.expectOne({ method: 'POST', url: '/api/v1/measures/import?mode=commit' }).flush({ ...clean, mode: 'commit' });
    await settle();

    expect(text('[data-testid="import-committed"] p')).toBe('Import abgeschlossen: 1 Maßnahmen angelegt, 1 geändert.');
    expect(element.querySelector('[data-testid="import-to-register"]')?.getAttribute('href')).toBe('/measures');
    expect(element.querySelector('[data-testid="import-commit"]')).toBeNull();
  });

  it('explains a file that is too large or of another kind', async () => {
    const { choose, click, text, settle } = await render();
    await choose('notizen.txt');
    expect(text('[data-testid="import-failure"]')).toContain('Bitte wählen Sie eine CSV-Datei (.csv)');

    await choose('massnahmen.csv');
    await click('import-check');
    http
      .expectOne('/api/v1/measures/import?mode=dry-run')
      .flush({ statusCode: 413, message: 'file too large' }, { status: 413, statusText: 'Payload Too Large' });
    await settle();
    expect(text('[data-testid="import-failure"]')).toBe(
      'Die Datei ist zu groß. Erlaubt sind höchstens 5 MB – bitte teilen Sie die Datei auf.',
    );
  });
});
