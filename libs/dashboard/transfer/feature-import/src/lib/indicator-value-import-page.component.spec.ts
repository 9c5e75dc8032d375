import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { IndicatorValueImportResult } from '@leitbild-monitor/shared/contracts';
import { IndicatorValueImportPageComponent } from './indicator-value-import-page.component';

const clean: IndicatorValueImportResult = {
  mode: 'dry-run',
  created: 1,
  updated: 1,
  unchanged: 0,
  errors: [],
  errorCount: 0,
  rows: [
    { row: 2, action: 'create', indicatorId: 'i-1', code: 'EA-01', date: '2025-12-31', from: null, to: 12.5 },
    { row: 3, action: 'update', indicatorId: 'i-1', code: 'EA-01', date: '2024-12-31', from: 1234, to: 1234.5 },
  ],
};

const withErrors: IndicatorValueImportResult = {
  ...clean,
  created: 0,
  updated: 0,
  errors: [
    { row: 2, column: 'Wert', message: 'not a number', code: 'not_number', params: {} },
    { row: 3, column: 'Code', message: 'unknown', code: 'unknown_reference', params: {} },
  ],
  errorCount: 2,
  rows: [
    { row: 2, action: 'error', indicatorId: 'i-1', code: 'EA-01', date: '2025-12-31', from: null, to: null },
    { row: 3, action: 'error', indicatorId: null, code: 'XX-99', date: '2025-12-31', from: null, to: null },
  ],
};

describe('IndicatorValueImportPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(IndicatorValueImportPageComponent);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) =>
      element
        .querySelector(selector)
        ?.textContent?.replace(/[\s\u00a0]+/g, ' ')
        .trim();
    const cells = (selector: string) =>
      [...element.querySelectorAll(selector)].map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/[\s\u00a0]+/g, ' ').trim()),
      );
    const choose = async (name: string) => {
      const input = element.querySelector<HTMLInputElement>('[data-testid="import-file"]');
      if (!input) throw new Error('no file input');
      Object.defineProperty(input, 'files', { value: [new File(['Code;Datum;Wert\r\n'], name)], configurable: true });
      input.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    const click = async (testId: string) => {
      element.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
      await fixture.whenStable();
    };
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { element, text, cells, choose, click, settle };
  }

  it('names the columns of the values file and links the export of all values as the template', async () => {
    const { element } = await render();
    expect(
      [...element.querySelectorAll('[data-testid="import-columns"] li')].map((item) =>
        item.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    ).toEqual(['Code (Pflicht)', 'Kennzahl', 'Datum (Pflicht)', 'Wert (Pflicht)', 'Anmerkung']);
    expect(element.querySelector('[data-testid="import-template-csv"]')?.getAttribute('href')).toBe(
      '/api/v1/indicators/values/export?format=csv',
    );
    expect(element.querySelector('[data-testid="import-template-xlsx"]')?.getAttribute('href')).toBe(
      '/api/v1/indicators/values/export?format=xlsx',
    );
  });

  it('shows a dry run’s errors by row and column in German, and offers no import', async () => {
    const { element, choose, click, text, cells, settle } = await render();
    await choose('werte.csv');
    await click('import-check');
    http.expectOne('/api/v1/indicators/values/import?mode=dry-run').flush(withErrors);
    await settle();

    expect(text('[data-testid="import-error-summary"] h3')).toBe('Die Datei enthält 2 Fehler.');
    expect(cells('[data-testid="import-error-row"]')).toEqual([
      ['2', 'Wert', 'Bitte eine Zahl eingeben.'],
      ['3', 'Code', 'Dieser Eintrag existiert nicht (mehr). Bitte neu wählen.'],
    ]);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('import-error-summary');
    expect(element.querySelector('[data-testid="import-commit"]')).toBeNull();
  });

  it('previews a clean file with old and new values in German numbers, then imports it all at once', async () => {
    const { choose, click, text, cells, settle } = await render();
    await choose('werte.xlsx');
    await click('import-check');
    http.expectOne('/api/v1/indicators/values/import?mode=dry-run').flush(clean);
    await settle();

    expect(text('[data-testid="import-ready"]')).toBe('Die Datei ist fehlerfrei: 1 neue und 1 geänderte Werte.');
    expect(cells('[data-testid="import-row"]')).toEqual([
      ['2', 'Neuer Wert', 'EA-01', '31.12.2025', '–', '12,5'],
      ['3', 'Geänderter Wert', 'EA-01', '31.12.2024', '1.234', '1.234,5'],
    ]);

    await click('import-commit');
    http.expectOne('/api/v1/indicators/values/import?mode=commit').flush({ ...clean, mode: 'commit' });
    await settle();
    expect(text('[data-testid="import-committed"]')).toContain('Importiert: 1 neue und 1 geänderte Werte.');
  });

  it('explains a refused upload', async () => {
    const { choose, click, text, settle } = await render();
    await choose('werte.csv');
    await click('import-check');
    http
      .expectOne('/api/v1/indicators/values/import?mode=dry-run')
      .flush(
        { statusCode: 400, problems: [{ field: 'file', code: 'header_missing', params: {} }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(text('[data-testid="import-failure"]')).toContain('Die Datei konnte nicht gelesen werden');
  });
});
