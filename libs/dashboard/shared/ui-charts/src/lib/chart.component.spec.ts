import { TestBed } from '@angular/core/testing';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ChartComponent } from './chart.component';
import { ChartSeries } from './chart-model';

describe('ChartComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  afterEach(() => localStorage.clear());

  async function render(overrides: { series?: ChartSeries[]; tableOnlySeries?: ChartSeries[]; locale?: string } = {}) {
    const fixture = TestBed.createComponent(ChartComponent);
    fixture.componentRef.setInput('title', 'Mittlerer Fortschritt nach Handlungsfeld');
    fixture.componentRef.setInput('summary', 'Der mittlere Fortschritt liegt zwischen 10 % und 42,5 %.');
    fixture.componentRef.setInput('categoryHeader', 'Handlungsfeld');
    fixture.componentRef.setInput('labels', ['Antidiskriminierung', 'Ehrenamt', 'Sport']);
    fixture.componentRef.setInput(
      'series',
      overrides.series ?? [{ label: 'Mittlerer Fortschritt', values: [42.5, null, 1234] }],
    );
    fixture.componentRef.setInput('tableOnlySeries', overrides.tableOnlySeries ?? []);
    fixture.componentRef.setInput('format', 'percent');
    fixture.componentRef.setInput('locale', overrides.locale ?? 'de');
    fixture.componentRef.setInput('labelLang', 'de');
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const toggle = element.querySelector<HTMLButtonElement>('[data-testid="chart-table-toggle"]');
    const region = element.querySelector<HTMLElement>('[role="region"]');
    const cells = () =>
      [...element.querySelectorAll('[data-testid="chart-table-row"]')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
      );
    return { fixture, element, toggle, region, cells };
  }

  it('labels the canvas as one image with title and summary, and shows the summary as text', async () => {
    const { element } = await render();
    const canvas = element.querySelector('canvas');

    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe(
      'Mittlerer Fortschritt nach Handlungsfeld. Der mittlere Fortschritt liegt zwischen 10 % und 42,5 %.',
    );
    expect(element.querySelector('[data-testid="chart-summary"]')?.textContent).toBe(
      'Der mittlere Fortschritt liegt zwischen 10 % und 42,5 %.',
    );
    // Without a 2D context nothing is drawn, and nothing claims it was.
    expect(canvas?.getAttribute('data-rendered')).toBe('false');
  });

  it('keeps the data table hidden until the toggle button opens it, and closes it again', async () => {
    const { fixture, toggle, region } = await render();

    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.getAttribute('aria-controls')).toBe(region?.id);
    expect(toggle?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Datentabelle anzeigen: Mittlerer Fortschritt nach Handlungsfeld',
    );
    expect(region?.hidden).toBe(true);

    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(region?.hidden).toBe(false);
    expect(toggle?.textContent).toContain('Datentabelle ausblenden');

    toggle?.click();
    await fixture.whenStable();
    expect(region?.hidden).toBe(true);
  });

  it('writes the same numbers into the table, formatted for German, with unknown values named', async () => {
    const { element, cells, region } = await render({
      tableOnlySeries: [{ label: 'Grundlage', values: [6, 0, 2000], format: 'number' }],
    });

    expect(region?.getAttribute('aria-labelledby')).toBe(element.querySelector('caption')?.id);
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('Mittlerer Fortschritt nach Handlungsfeld');
    expect([...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
      'Handlungsfeld',
      'Mittlerer Fortschritt',
      'Grundlage',
    ]);
    expect(cells()).toEqual([
      ['Antidiskriminierung', '42,5\u00a0%', '6'],
      ['Ehrenamt', 'unbekannt', '0'],
      ['Sport', '1.234\u00a0%', '2.000'],
    ]);
    expect(element.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    expect(element.querySelector('tbody th')?.getAttribute('lang')).toBe('de');
  });

  it('names a missing value in the words the series gives, e.g. "kein Ziel"', async () => {
    const { cells } = await render({
      series: [{ label: 'Ziel', values: [null, 50, null], missing: 'kein Ziel', format: 'number' }],
    });
    expect(cells()).toEqual([
      ['Antidiskriminierung', 'kein Ziel'],
      ['Ehrenamt', '50'],
      ['Sport', 'kein Ziel'],
    ]);
  });

  it('uses English texts and number formats in the English interface', async () => {
    await TestBed.inject(LanguageService).switchTo('en');
    const { toggle, cells } = await render({ locale: 'en' });

    expect(toggle?.textContent).toContain('Show data table');
    expect(cells()[0]).toEqual(['Antidiskriminierung', '42.5%']);
    expect(cells()[1][1]).toBe('unknown');
  });

  it('says so when there is nothing to show', async () => {
    const fixture = TestBed.createComponent(ChartComponent);
    for (const [name, value] of Object.entries({
      title: 'Leer',
      summary: 'Keine Daten.',
      categoryHeader: 'Monat',
      labels: [],
      series: [{ label: 'Begonnen', values: [] }],
      locale: 'de',
    }))
      fixture.componentRef.setInput(name, value);
    await fixture.whenStable();

    const cell = (fixture.nativeElement as HTMLElement).querySelector('tbody td');
    expect(cell?.textContent?.trim()).toBe('Keine Daten vorhanden.');
    expect(cell?.getAttribute('colspan')).toBe('2');
  });
});
