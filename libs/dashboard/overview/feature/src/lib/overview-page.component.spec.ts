import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { dashboardSummary } from '@leitbild-monitor/shared/contracts/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { IndicatorSummary, Meeting, NextMeeting } from '@leitbild-monitor/shared/contracts';
import { OverviewPageComponent } from './overview-page.component';

describe('OverviewPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting(),
        provideRouter([{ path: 'overview', component: OverviewPageComponent }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  const FIELDS = [
    {
      id: 'foa-antidiskriminierung',
      key: 'antidiskriminierung',
      name: 'Antidiskriminierung',
      description: null,
      position: 1,
    },
    { id: 'foa-ehrenamt', key: 'ehrenamt', name: 'Ehrenamt', description: null, position: 2 },
  ];

  const INDICATOR_SUMMARY: IndicatorSummary = {
    fieldsOfAction: [
      {
        fieldOfActionId: 'foa-antidiskriminierung',
        name: 'Antidiskriminierung',
        total: 2,
        byState: { on_track: 0, off_track: 1, reached: 0, no_data: 1 },
      },
      {
        fieldOfActionId: 'foa-ehrenamt',
        name: 'Ehrenamt',
        total: 1,
        byState: { on_track: 1, off_track: 0, reached: 0, no_data: 0 },
      },
    ],
  };

  const NO_MEETING: NextMeeting = { meeting: null, days: null, now: '2027-03-01T10:00:00.000Z' };

  async function render(url = '/overview', next: NextMeeting = NO_MEETING) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, OverviewPageComponent);
    http
      .expectOne({ method: 'GET', url: '/api/v1/fields-of-action?limit=100' })
      .flush({ items: FIELDS, total: FIELDS.length, page: 1, limit: 100 });
    http.expectOne({ method: 'GET', url: '/api/v1/indicators/summary' }).flush(INDICATOR_SUMMARY);
    http.expectOne({ method: 'GET', url: '/api/v1/meetings/next' }).flush(next);
    const fixture = harness.fixture;
    await harness.fixture.whenStable();
    const element: HTMLElement = harness.routeNativeElement as HTMLElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, element, text, harness };
  }

  function summaryRequest() {
    return http.expectOne((request) => request.method === 'GET' && request.url === '/api/v1/dashboard/summary');
  }

  async function respond(fixture: { whenStable(): Promise<unknown> }, body = dashboardSummary()) {
    summaryRequest().flush(body);
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

    expect(element.querySelectorAll('[data-testid="fields-table"] thead th[scope="col"]')).toHaveLength(6);
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
    summaryRequest().flush('down', { status: 502, statusText: 'Bad Gateway' });
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Die Daten konnten nicht geladen werden.');
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await respond(fixture);

    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(rows(element)).toHaveLength(2);
  });

  it('draws the charts and the recent changes below the key figures when the reader comes near them', async () => {
    const { fixture, element } = await render();
    await respond(fixture);

    // Far below the screen (jsdom's IntersectionObserver never reports): their headings alone, in the outline.
    expect(element.querySelector('lbm-summary-charts')).toBeNull();
    expect(
      [...element.querySelectorAll('[data-testid="overview-charts-placeholder"] h2')].map((h) => h.textContent?.trim()),
    ).toEqual([
      'Status nach Handlungsfeld',
      'Fortschritt nach Handlungsfeld',
      'Begonnen und abgeschlossen',
      'Abdeckung des Leitbilds',
      'Zuletzt geändert',
    ]);

    // The first key pressed draws them, so that Tab reaches their buttons and links in order.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="overview-charts-placeholder"]')).toBeNull();
    expect(element.querySelectorAll('lbm-chart canvas[role="img"]')).toHaveLength(3);
    expect(element.querySelector('[data-testid="coverage"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="recent-change"] a')?.getAttribute('href')).toBe('/measures/m-1');
  });

  it('asks for the summary with the filters of the link and shows them in the form', async () => {
    const { fixture, element } = await render('/overview?fieldOfAction=foa-ehrenamt&from=2026-02-01&to=2026-02-28');
    const request = summaryRequest();
    expect(request.request.params.get('fieldOfAction')).toBe('foa-ehrenamt');
    expect(request.request.params.get('from')).toBe('2026-02-01');
    expect(request.request.params.get('to')).toBe('2026-02-28');
    request.flush(dashboardSummary());
    await fixture.whenStable();

    expect(element.querySelector<HTMLSelectElement>('[data-testid="filter-field-of-action"]')?.value).toBe(
      'foa-ehrenamt',
    );
    expect(element.querySelector<HTMLSelectElement>('[data-testid="filter-period"]')?.value).toBe('custom');
    expect(element.querySelector<HTMLInputElement>('[data-testid="filter-from"]')?.value).toBe('2026-02-01');
    expect(element.querySelector<HTMLInputElement>('[data-testid="filter-to"]')?.value).toBe('2026-02-28');
    expect(element.querySelector('[data-testid="filter-invalid-link"]')).toBeNull();
  });

  it('puts the chosen filter into the link and loads the filtered summary', async () => {
    const { fixture, element } = await render();
    await respond(fixture);

    const field = element.querySelector<HTMLSelectElement>(
      '[data-testid="filter-field-of-action"]',
    ) as HTMLSelectElement;
    field.value = 'foa-antidiskriminierung';
    field.dispatchEvent(new Event('change'));
    const period = element.querySelector<HTMLSelectElement>('[data-testid="filter-period"]') as HTMLSelectElement;
    period.value = 'lastYear';
    period.dispatchEvent(new Event('change'));
    element.querySelector<HTMLButtonElement>('[data-testid="filter-apply"]')?.click();
    await fixture.whenStable();

    const year = new Date().getUTCFullYear() - 1;
    expect(TestBed.inject(Router).url).toBe(
      `/overview?fieldOfAction=foa-antidiskriminierung&from=${year}-01-01&to=${year}-12-31`,
    );
    const request = summaryRequest();
    expect(request.request.params.get('from')).toBe(`${year}-01-01`);
    request.flush(dashboardSummary());

    element.querySelector<HTMLButtonElement>('[data-testid="filter-reset"]')?.click();
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/overview');
    expect(summaryRequest().request.params.keys()).toEqual([]);
  });

  it('names missing and contradicting dates at their fields and keeps the link unchanged', async () => {
    const { fixture, element } = await render();
    await respond(fixture);

    const period = element.querySelector<HTMLSelectElement>('[data-testid="filter-period"]') as HTMLSelectElement;
    period.value = 'custom';
    period.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const from = element.querySelector<HTMLInputElement>('[data-testid="filter-from"]') as HTMLInputElement;
    const to = element.querySelector<HTMLInputElement>('[data-testid="filter-to"]') as HTMLInputElement;
    from.value = '2026-07-01';
    from.dispatchEvent(new Event('input'));
    to.value = '2026-06-30';
    to.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="filter-apply"]')?.click();
    await fixture.whenStable();

    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector(`#${from.getAttribute('aria-describedby')}`)?.textContent).toBe(
      '„Von“ darf nicht nach „Bis“ liegen.',
    );
    expect(to.hasAttribute('aria-invalid')).toBe(false);
    await Promise.resolve();
    expect(document.activeElement).toBe(from);

    to.value = '';
    to.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="filter-apply"]')?.click();
    await fixture.whenStable();
    expect(element.querySelector('#overview-filter-to-error')?.textContent).toBe('Bitte ein gültiges Datum angeben.');
    expect(TestBed.inject(Router).url).toBe('/overview');
    http.expectNone((request) => request.url === '/api/v1/dashboard/summary');
  });

  it('keeps a period chosen before the summary arrived', async () => {
    const { fixture, element } = await render();
    const period = element.querySelector<HTMLSelectElement>('[data-testid="filter-period"]') as HTMLSelectElement;
    period.value = 'custom';
    period.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="filter-from"]')).not.toBeNull();

    // The summary brings the first recorded change, on which the presets depend.
    await respond(fixture);
    expect(element.querySelector('[data-testid="filter-from"]')).not.toBeNull();
    expect(period.value).toBe('custom');
  });

  it('says so when the link had filters it cannot use, and loads without them', async () => {
    const { fixture, text } = await render('/overview?from=2026-13-01&to=2026-02-01');
    expect(summaryRequest().request.params.keys()).toEqual(['to']);
    await fixture.whenStable();

    expect(text('[data-testid="filter-invalid-link"]')).toBe(
      'Der Link enthielt ungültige Filter; sie wurden nicht angewendet.',
    );
  });

  it('names a field of action from the link that does not exist, and loads the summary of all fields', async () => {
    const { fixture, text } = await render('/overview?fieldOfAction=foa-geloescht');
    expect(summaryRequest().request.params.keys()).toEqual([]);
    await fixture.whenStable();

    expect(text('[data-testid="filter-unknown-field"]')).toBe(
      'Das Handlungsfeld aus dem Link („foa-geloescht“) gibt es nicht; es werden alle Handlungsfelder gezeigt.',
    );
    expect(text('[data-testid="load-error"]')).toBeUndefined();
  });

  it('offers the period since the first recorded change and keeps it as dates in the link', async () => {
    const { fixture, element } = await render();
    await respond(fixture, dashboardSummary());

    const period = element.querySelector<HTMLSelectElement>('[data-testid="filter-period"]') as HTMLSelectElement;
    period.value = 'sinceStart';
    period.dispatchEvent(new Event('change'));
    element.querySelector<HTMLButtonElement>('[data-testid="filter-apply"]')?.click();
    await fixture.whenStable();

    const today = TestBed.inject(Router).url.match(/to=(\d{4}-\d{2}-\d{2})/)?.[1];
    expect(TestBed.inject(Router).url).toBe(`/overview?from=2016-12-05&to=${today}`);
    const request = summaryRequest();
    expect(request.request.params.get('from')).toBe('2016-12-05');
    request.flush(dashboardSummary());
    await fixture.whenStable();
    expect(period.value).toBe('sinceStart');
  });

  it('has indicator tiles per field of action whose counts lead to the filtered indicator list', async () => {
    const { fixture, element } = await render();
    await respond(fixture);

    const tiles = [...element.querySelectorAll('[data-testid="indicator-tile"]')];
    expect(tiles.map((tile) => tile.querySelector('h3')?.textContent?.trim())).toEqual([
      'Antidiskriminierung',
      'Ehrenamt',
    ]);
    const link = tiles[0].querySelector('[data-testid="indicator-tile-link"][data-state="off_track"]');
    expect(link?.textContent?.replace(/\s+/g, ' ').trim()).toBe('1 nicht auf Kurs');
    expect(link?.getAttribute('href')).toBe('/indicators?fieldOfAction=foa-antidiskriminierung&state=off_track');
  });

  it('narrows the indicator tiles to the field of action of the link', async () => {
    const { fixture, element } = await render('/overview?fieldOfAction=foa-ehrenamt');
    await respond(fixture);
    expect(
      [...element.querySelectorAll('[data-testid="indicator-tile"] h3')].map((heading) => heading.textContent?.trim()),
    ).toEqual(['Ehrenamt']);
  });
  it('names the next meeting and the days until it, as the server counted them', async () => {
    const meeting = { id: 'm1', title: 'Sitzung des Integrationsrats' } as Meeting;
    const { fixture, text, element } = await render('/overview', {
      meeting,
      days: 12,
      now: '2027-03-01T10:00:00.000Z',
    });
    await respond(fixture);
    expect(text('[data-testid="overview-next-meeting"]')).toBe(
      'Nächste Sitzung in 12 Tagen: Sitzung des Integrationsrats',
    );
    expect(element.querySelector('[data-testid="overview-next-meeting"] a')?.getAttribute('href')).toBe('/meetings/m1');
  });
});
