import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { dashboardSummary } from '@leitbild-monitor/shared/contracts/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { publicMeasuresPage } from '@leitbild-monitor/dashboard/public/data-access/testing';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { PublicPageComponent } from './public-page.component';

const MEASURES_URL = '/api/v1/public/measures?limit=25&sort=-updatedAt';
const INDICATORS_URL = '/api/v1/public/indicators?limit=100&sort=code';

describe('PublicPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
      // The indicators wait for the reader to come near them (a viewport trigger, which jsdom cannot fire): each
      // test says when they are drawn.
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  async function render({ summary = dashboardSummary(), measures = publicMeasuresPage() } = {}) {
    const fixture = TestBed.createComponent(PublicPageComponent);
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/v1/public/summary' }).flush(summary);
    http.expectOne({ method: 'GET', url: MEASURES_URL }).flush(measures);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, element, text };
  }

  function measureRows(element: HTMLElement): string[][] {
    return [...element.querySelectorAll('[data-testid="public-measure-row"]')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  it('explains what the public page is for', async () => {
    const { element, text } = await render();

    expect(element.querySelector('h1')?.textContent).toBe('Öffentliche Ansicht');
    expect(text('[data-testid="public-purpose"]')).toContain('ohne Anmeldung erreichbar');
    const versions = [...element.querySelectorAll('[data-testid="public-accessible-versions"] a')];
    expect(versions.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Leichte Sprache', '/leichte-sprache'],
      ['Gebärdensprache', '/gebaerdensprache'],
    ]);
  });

  it('shows the key figures and the table per field of action of the published measures', async () => {
    const { element, text } = await render();

    expect(text('[data-testid="key-figure-total"] dd')).toBe('1.234');
    expect(text('[data-testid="key-figure-overdue"] dt')).toBe('Überfällig');
    expect(element.querySelectorAll('[data-testid="field-row"]')).toHaveLength(2);
  });

  it('shows the charts of the published measures, without links to the internal measure pages', async () => {
    const { element, text } = await render();

    expect(element.querySelectorAll('lbm-chart canvas[role="img"]')).toHaveLength(3);
    expect(text('[data-testid="chart-progress"] [data-testid="chart-summary"]')).toContain('42,5 %');
    expect(element.querySelector('[data-testid="coverage"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="recent-changes"]')).toBeNull();
    expect(element.querySelector('a[href^="/measures"]')).toBeNull();
  });

  it('lists the published measures in an accessible table with German labels and formats', async () => {
    const { element, text } = await render();

    const table = element.querySelector('[data-testid="public-measures"]');
    expect(text('[data-testid="public-measures"] caption')).toBe(
      '2 von 42 veröffentlichten Maßnahmen, zuletzt aktualisierte zuerst',
    );
    expect(
      [...(table?.querySelectorAll('thead th') ?? [])].map((th) => [th.textContent?.trim(), th.getAttribute('scope')]),
    ).toEqual([
      ['Maßnahme', 'col'],
      ['Handlungsfeld', 'col'],
      ['Status', 'col'],
      ['Fortschritt', 'col'],
      ['Geplantes Ende', 'col'],
      ['Federführung', 'col'],
    ]);
    expect(measureRows(element)).toEqual([
      [
        'Interkulturelle Woche im Rieckhof',
        'Zusammenleben in Harburg',
        'In Umsetzung',
        '40 %',
        '30.09.2026',
        'Fachamt Sozialraummanagement',
      ],
      ['Sprachcafé für Neuzugewanderte', 'Deutsch als Sprache', 'Geplant', 'unbekannt', 'keine Angabe', 'keine Angabe'],
    ]);
    expect(table?.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    expect(table?.querySelector('time')?.getAttribute('datetime')).toBe('2026-09-30');
  });

  it('names every status in German', async () => {
    const statuses = {
      proposed: 'Vorgeschlagen',
      in_review: 'In Prüfung',
      planned: 'Geplant',
      in_progress: 'In Umsetzung',
      completed: 'Abgeschlossen',
      on_hold: 'Zurückgestellt',
      rejected: 'Abgelehnt',
    } as const;
    const items = Object.keys(statuses).map((status, index) => ({
      ...publicMeasuresPage().items[0],
      id: `m-${index}`,
      status: status as keyof typeof statuses,
    }));
    const { element } = await render({ measures: publicMeasuresPage({ items, total: items.length }) });

    expect(measureRows(element).map((row) => row[2])).toEqual(Object.values(statuses));
  });

  it('uses English labels and formats in the English interface', async () => {
    await TestBed.inject(LanguageService).switchTo('en');
    const { element, text } = await render();

    expect(text('[data-testid="public-measures"] caption')).toBe(
      '2 of 42 published measures, most recently updated first',
    );
    expect(measureRows(element)).toEqual([
      [
        'Interkulturelle Woche im Rieckhof',
        'Zusammenleben in Harburg',
        'In progress',
        '40%',
        'Sep 30, 2026',
        'Fachamt Sozialraummanagement',
      ],
      ['Sprachcafé für Neuzugewanderte', 'Deutsch als Sprache', 'Planned', 'unknown', 'not specified', 'not specified'],
    ]);
  });

  it('says so when nothing is published yet', async () => {
    const { element, text } = await render({ measures: publicMeasuresPage({ items: [], total: 0 }) });

    expect(element.querySelector('[data-testid="public-measures"]')).toBeNull();
    expect(text('[data-testid="public-measures-empty"]')).toBe('Es sind noch keine Maßnahmen veröffentlicht.');
  });

  it('offers a retry for each part that failed to load', async () => {
    const fixture = TestBed.createComponent(PublicPageComponent);
    await fixture.whenStable();
    http.expectOne('/api/v1/public/summary').flush(dashboardSummary());
    http.expectOne(MEASURES_URL).flush('down', { status: 502, statusText: 'Bad Gateway' });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Die Daten konnten nicht geladen werden.');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    http.expectOne(MEASURES_URL).flush(publicMeasuresPage());
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(measureRows(element)).toHaveLength(2);
  });

  it('draws nothing that data arriving later would push down: open data first, the measures after the figures', async () => {
    const fixture = TestBed.createComponent(PublicPageComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const sections = () =>
      [...element.querySelectorAll('section')].map((section) => section.getAttribute('aria-labelledby'));

    // The measures answer first; their table still waits for the figures above it.
    http.expectOne(MEASURES_URL).flush(publicMeasuresPage());
    await fixture.whenStable();
    expect(sections()).toEqual(['open-data-heading']);

    http.expectOne('/api/v1/public/summary').flush('down', { status: 502, statusText: 'Bad Gateway' });
    await fixture.whenStable();
    // The indicators come last (their heading holds their place until they are drawn): whatever they bring moves
    // nothing drawn before them.
    expect(sections()).toEqual(['open-data-heading', 'public-measures-heading', 'public-indicators-heading']);
    expect(measureRows(element)).toHaveLength(2);

    // Loading the figures again keeps the measures where they are.
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await fixture.whenStable();
    expect(measureRows(element)).toHaveLength(2);
    http.expectOne('/api/v1/public/summary').flush(dashboardSummary());
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="key-figures"]')).not.toBeNull();
    expect(measureRows(element)).toHaveLength(2);
  });

  it('loads and draws the indicators only when the reader comes near them, with their heading in place before', async () => {
    const { fixture, element, text } = await render();

    // Before: the heading alone, in the page's outline, and not one request for the indicators.
    expect(text('[data-testid="public-indicators-placeholder"] h2')).toBe('Kennzahlen');
    http.expectNone((request) => request.url.startsWith('/api/v1/public/indicators'));

    const [indicators] = await fixture.getDeferBlocks();
    await indicators.render(DeferBlockState.Complete);
    http.expectOne(INDICATORS_URL).flush({ items: [], total: 0, page: 1, limit: 100 });
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="public-indicators-placeholder"]')).toBeNull();
    expect(text('[data-testid="public-indicators"] h2')).toBe('Kennzahlen');
    expect(text('[data-testid="public-indicators-empty"]')).toBe('Es sind noch keine Kennzahlen veröffentlicht.');
  });
});

describe('PublicPageComponent with its deferred parts playing through', () => {
  it('draws the indicators at the first key pressed, so that Tab does not skip them for the footer', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PublicPageComponent);
    await fixture.whenStable();
    http.expectOne('/api/v1/public/summary').flush(dashboardSummary());
    http.expectOne(MEASURES_URL).flush(publicMeasuresPage());
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    // Far below the screen (jsdom's IntersectionObserver never reports): only the heading.
    expect(element.querySelector('[data-testid="public-indicators-placeholder"]')).not.toBeNull();
    http.expectNone((request) => request.url.startsWith('/api/v1/public/indicators'));

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await fixture.whenStable();
    http.expectOne(INDICATORS_URL).flush({ items: [], total: 0, page: 1, limit: 100 });
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="public-indicators-placeholder"]')).toBeNull();
    expect(element.querySelector('[data-testid="public-indicators-empty"]')).not.toBeNull();
    http.verify();
  });
});
