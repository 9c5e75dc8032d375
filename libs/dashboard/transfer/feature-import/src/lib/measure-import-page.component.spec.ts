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
  errorCount: 0,
  rows: [
    { row: 2, action: 'create', measureId: null, title: 'Sprachcafé', changedFields: [], changes: [] },
    {
      row: 3,
      action: 'update',
      measureId: 'm1',
      title: 'Lotsenprojekt',
      changedFields: ['progress', 'status'],
      changes: [
        { column: 'Fortschritt', field: 'progress', from: null, to: '20' },
        { column: 'Status', field: 'status', from: 'Vorgeschlagen', to: 'In Prüfung' },
      ],
    },
  ],
};
/** A file of a measure register saved as Windows-1252: the names lost their letters. */
const damaged: ImportResult = {
  mode: 'dry-run',
  created: 0,
  updated: 0,
  unchanged: 1,
  errors: [
    {
      row: 3,
      column: 'Name der Ansprechperson',
      code: 'characters_lost',
      params: {},
      message: 'the cell "Name der Ansprechperson" lost characters when the file was saved: …',
    },
  ],
  errorCount: 1,
  rows: [
    { row: 2, action: 'unchanged', measureId: 'm2', title: 'Sprachcafé', changedFields: [], changes: [] },
    {
      row: 3,
      action: 'error',
      measureId: 'm1',
      title: 'Iftar für alle',
      changedFields: ['contact.name'],
      changes: [{ column: 'Name der Ansprechperson', field: 'contact.name', from: 'Ayşe Yılmaz', to: 'Ay?e Y?lmaz' }],
    },
  ],
};
const unchanged: ImportResult = {
  mode: 'dry-run',
  created: 0,
  updated: 0,
  unchanged: 2,
  errors: [],
  errorCount: 0,
  rows: [
    { row: 2, action: 'unchanged', measureId: 'm2', title: 'Sprachcafé', changedFields: [], changes: [] },
    { row: 3, action: 'unchanged', measureId: 'm1', title: 'Lotsenprojekt', changedFields: [], changes: [] },
  ],
};
const withErrors: ImportResult = {
  ...clean,
  created: 0,
  updated: 0,
  errors: [
    { row: 3, column: 'Fortschritt', message: '"200" is too large', code: 'too_large', params: { max: 100 } },
    { row: 4, column: 'Handlungsfeld', message: '"Gibt es nicht" is unknown', code: 'unknown_reference', params: {} },
  ],
  errorCount: 2,
  rows: [
    { ...clean.rows[0] },
    { row: 3, action: 'error', measureId: null, title: 'Lotsenprojekt', changedFields: [], changes: [] },
  ],
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

  it('shows how many rows of how many a large dry run has checked, as a labelled progress bar, and announces it by quarters', async () => {
    const { element, choose, click, text, settle } = await render();
    await choose('massnahmen.csv');
    await click('import-check');
    const upload = http.expectOne({ method: 'POST', url: '/api/v1/measures/import?mode=dry-run' });
    expect(upload.request.headers.get('Prefer')).toBe('respond-async');
    const job = {
      id: '6f1c2a44-2b7e-4d55-9a61-1f0c6a8e2b10',
      mode: 'dry-run',
      state: 'running',
      rowsDone: 4000,
      rowsTotal: 20000,
      createdAt: '2026-12-06T10:00:00.000Z',
      finishedAt: null,
      statusCode: null,
      result: null,
      error: null,
    };
    upload.flush(job, { status: 202, statusText: 'Accepted' });
    await settle();

    expect(text('[data-testid="import-progress-text"]')).toBe('Zeile 4.000 von 20.000 geprüft');
    const bar = element.querySelector('[data-testid="import-progress"] progress');
    expect(bar?.getAttribute('aria-label')).toBe('Fortschritt des Imports');
    expect(bar?.getAttribute('max')).toBe('20000');
    expect(bar?.getAttribute('value')).toBe('4000');
    expect(text('[role="status"]')).toBe('Zeile 4.000 von 20.000 geprüft');

    // The next poll: further, but within the same quarter — the bar moves, the live region stays.
    await new Promise((resolve) => setTimeout(resolve, 550));
    http.expectOne('/api/v1/imports/6f1c2a44-2b7e-4d55-9a61-1f0c6a8e2b10').flush({ ...job, rowsDone: 4500 });
    await settle();
    expect(text('[data-testid="import-progress-text"]')).toBe('Zeile 4.500 von 20.000 geprüft');
    expect(text('[role="status"]')).toBe('Zeile 4.000 von 20.000 geprüft');

    await new Promise((resolve) => setTimeout(resolve, 550));
    http.expectOne('/api/v1/imports/6f1c2a44-2b7e-4d55-9a61-1f0c6a8e2b10').flush({
      ...job,
      state: 'done',
      rowsDone: 20000,
      statusCode: 200,
      finishedAt: '2026-12-06T10:00:09.000Z',
      result: clean,
    });
    await settle();
    await settle();
    expect(element.querySelector('[data-testid="import-progress"]')).toBeNull();
    expect(element.querySelector('[data-testid="import-result"]')).not.toBeNull();
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
      ['3', 'Fortschritt', 'Höchstens 100.'],
      ['4', 'Handlungsfeld', 'Dieser Eintrag existiert nicht (mehr). Bitte neu wählen.'],
    ]);
    expect(text('[data-testid="import-count-errors"] dd')).toBe('2');
    expect(element.querySelector('[data-testid="import-commit"]')).toBeNull();
  });

  it('counts every error of a long list and says how many more there are than it shows', async () => {
    const { element, choose, click, text, settle } = await render();
    await choose('massnahmen.csv');
    await click('import-check');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush({ ...withErrors, errorCount: 4_812 });
    await settle();

    expect(text('[data-testid="import-error-summary"] h3')).toBe('Die Datei enthält 4.812 Fehler.');
    expect(text('[data-testid="import-count-errors"] dd')).toBe('4.812');
    expect(element.querySelectorAll('[data-testid="import-error-row"]')).toHaveLength(2);
    expect(text('[data-testid="import-errors-more"]')).toBe(
      '… und 4.810 weitere Fehler, die hier nicht aufgeführt sind. Korrigieren Sie die genannten und prüfen Sie die ' +
        'Datei erneut.',
    );
  });

  it('says nothing of more errors when the list is complete', async () => {
    const { element, choose, click, settle } = await render();
    await choose('massnahmen.csv');
    await click('import-check');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush(withErrors);
    await settle();
    expect(element.querySelector('[data-testid="import-errors-more"]')).toBeNull();
  });

  it('explains an import refused while another of the same user runs, and a file with too many columns', async () => {
    const { choose, click, text, settle } = await render();
    await choose('massnahmen.csv');
    await click('import-check');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush(
      {
        statusCode: 429,
        message: 'An import of yours is still running',
        problems: [{ field: null, code: 'import_in_progress', params: {} }],
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle();
    expect(text('[data-testid="import-failure"]')).toBe(
      'Es läuft bereits ein Import von Ihnen. Bitte warten Sie, bis er abgeschlossen ist, und versuchen Sie es dann erneut.',
    );

    await click('import-check');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush(
      {
        statusCode: 413,
        message: 'file: the first row has 200000 columns',
        problems: [{ field: 'file', code: 'too_many_columns', params: { max: 64 } }],
      },
      { status: 413, statusText: 'Payload Too Large' },
    );
    await settle();
    expect(text('[data-testid="import-failure"]')).toBe(
      'Die erste Zeile hat mehr als 64 Spalten. Das Importformat hat 22 Spalten – bitte entfernen Sie die überzähligen.',
    );
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

  it('shows every changed cell of a row with its stored and its new value, in a table per row', async () => {
    const { element, choose, click, settle } = await render();
    await choose('massnahmen.csv');
    await click('import-check');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush(clean);
    await settle();

    const tables = [...element.querySelectorAll<HTMLTableElement>('[data-testid="import-change-table"]')];
    expect(tables).toHaveLength(1);
    const table = tables[0];
    expect(table.caption?.textContent?.trim()).toBe('Zeile 3: Lotsenprojekt');
    expect([...table.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim())).toEqual([
      'Spalte',
      'Bisher',
      'Neu',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Fortschritt', '(leer)', '20'],
      ['Status', 'Vorgeschlagen', 'In Prüfung'],
    ]);
    expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    // The scrolling region is named by the table's caption.
    const region = table.closest('[role="region"]');
    expect(region?.getAttribute('aria-labelledby')).toBe(table.caption?.id);
  });

  it('names lost characters in the interface language and shows the damaged values, without offering the import', async () => {
    const { element, choose, click, text, cells, settle } = await render();
    await choose('massnahmen.csv');
    await click('import-check');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush(damaged);
    await settle();

    expect(cells('[data-testid="import-error-row"]')).toEqual([
      [
        '3',
        'Name der Ansprechperson',
        'Zeichen gingen beim Speichern verloren – bitte als CSV UTF-8 speichern (Excel: „CSV UTF-8 (durch ' +
          'Trennzeichen getrennt)“, LibreOffice: Zeichensatz „Unicode (UTF-8)“) und erneut prüfen.',
      ],
    ]);
    const changed = [...element.querySelectorAll('[data-testid="import-change-table"] tbody tr > *')];
    expect(changed.map((cell) => cell.textContent?.trim())).toEqual([
      'Name der Ansprechperson',
      'Ayşe Yılmaz',
      'Ay?e Y?lmaz',
    ]);
    expect(element.querySelector('[data-testid="import-commit"]')).toBeNull();
  });

  it('offers no import when every row is unchanged, and says there is nothing to import', async () => {
    const { element, choose, click, text, settle } = await render();
    await choose('massnahmen.csv');
    await click('import-check');
    http.expectOne('/api/v1/measures/import?mode=dry-run').flush(unchanged);
    await settle();

    expect(text('[data-testid="import-ready"]')).toBe(
      'Die Datei ist fehlerfrei, ändert aber nichts: Alle 2 Maßnahmen sind bereits so gespeichert. Es gibt nichts zu importieren.',
    );
    expect(element.querySelector('[data-testid="import-commit"]')).toBeNull();
    expect(element.querySelector('[data-testid="import-changes"]')).toBeNull();
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
