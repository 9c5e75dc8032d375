import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { dashboardSummary } from '@leitbild-monitor/dashboard/overview/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { OverviewPageComponent } from './overview-page.component';

describe('OverviewPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  async function render() {
    const fixture = TestBed.createComponent(OverviewPageComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, element, text };
  }

  async function respond(fixture: { whenStable(): Promise<unknown> }, body = dashboardSummary()) {
    http.expectOne({ method: 'GET', url: '/api/v1/dashboard/summary' }).flush(body);
    await fixture.whenStable();
  }

  function rows(element: HTMLElement): string[][] {
    return [...element.querySelectorAll('[data-testid="field-row"]')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  it('announces loading until the summary arrives', async () => {
    const { fixture, element } = await render();

    expect(element.querySelector('[role="status"]')?.textContent).toContain('Daten werden geladen');

    await respond(fixture);
    expect(element.querySelector('[role="status"]')).toBeNull();
  });

  it('shows the key figures with German number formats', async () => {
    const { fixture, text } = await render();
    await respond(fixture);

    expect(text('[data-testid="key-figure-total"] dt')).toBe('Maßnahmen insgesamt');
    expect(text('[data-testid="key-figure-total"] dd')).toBe('1.234');
    expect(text('[data-testid="key-figure-in-progress"] dt')).toBe('In Umsetzung');
    expect(text('[data-testid="key-figure-in-progress"] dd')).toBe('500');
    expect(text('[data-testid="key-figure-completed"] dt')).toBe('Abgeschlossen');
    expect(text('[data-testid="key-figure-completed"] dd')).toBe('234');
    expect(text('[data-testid="key-figure-overdue"] dt')).toBe('Überfällig');
    expect(text('[data-testid="key-figure-overdue"] dd')).toBe('17');
  });

  it('renders one table row per field of action, with "unbekannt" for unknown progress', async () => {
    const { fixture, element } = await render();
    await respond(fixture);

    expect(element.querySelectorAll('thead th[scope="col"]')).toHaveLength(6);
    expect(rows(element)).toEqual([
      ['Antidiskriminierung', '9', '4', '2', '1', '42,5 %'],
      ['Ehrenamt', '2', '0', '0', '0', 'unbekannt'],
    ]);
    expect(element.querySelector('[data-testid="field-row"] th')?.getAttribute('scope')).toBe('row');
  });

  it('says so when no field of action exists', async () => {
    const { fixture, element } = await render();
    await respond(fixture, dashboardSummary({ fieldsOfAction: [] }));

    expect(rows(element)).toEqual([]);
    expect(element.querySelector('tbody')?.textContent).toContain('Es sind noch keine Handlungsfelder angelegt.');
  });

  it('formats numbers, progress and the date for the English interface', async () => {
    await TestBed.inject(LanguageService).switchTo('en');
    const { fixture, element, text } = await render();
    await respond(fixture);

    expect(text('[data-testid="key-figure-total"] dt')).toBe('Measures in total');
    expect(text('[data-testid="key-figure-total"] dd')).toBe('1,234');
    expect(rows(element)[0][5]).toBe('42.5%');
    expect(rows(element)[1][5]).toBe('unknown');
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-23T09:30:00.000Z');
    expect(text('[data-testid="generated-at"]')).toMatch(/^As of Nov 23, 2026, /);
  });

  it('shows an alert with a working retry when the API fails', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/v1/dashboard/summary').flush('down', { status: 502, statusText: 'Bad Gateway' });
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Die Daten konnten nicht geladen werden.');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await respond(fixture);

    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(rows(element)).toHaveLength(2);
  });
});
