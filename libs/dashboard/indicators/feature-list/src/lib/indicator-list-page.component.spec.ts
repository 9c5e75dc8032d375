import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { leitbildSections } from '@leitbild-monitor/dashboard/catalog/data-access/testing';
import { indicatorListItem, indicatorPage } from '@leitbild-monitor/dashboard/indicators/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { FieldOfAction, IndicatorListItem, Page, UserRole } from '@leitbild-monitor/shared/contracts';
import { IndicatorListPageComponent } from './indicator-list-page.component';

const fields: FieldOfAction[] = [
  { id: 'f-1', key: 'ehrenamt', name: 'Ehrenamt', description: null, position: 1 },
  { id: 'f-2', key: 'sprache', name: 'Deutsch als Sprache', description: null, position: 2 },
];

describe('IndicatorListPageComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting(),
        provideRouter([{ path: 'indicators', component: IndicatorListPageComponent }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  const listRequest = () => http.expectOne((request) => request.url === '/api/v1/indicators');
  const pageOf = <T>(items: T[]): Page<T> => ({ items, total: items.length, page: 1, limit: 100 });
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

  async function open(url: string, role: UserRole = 'admin'): Promise<TestRequest> {
    await signInAs(http, user({ role }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, IndicatorListPageComponent);
    http.expectOne((request) => request.url === '/api/v1/fields-of-action').flush(pageOf(fields));
    http.expectOne((request) => request.url === '/api/v1/actors').flush(pageOf([]));
    http.expectOne('/api/v1/measures/statuses').flush([]);
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    return listRequest();
  }

  async function answer(request: TestRequest, page: Page<IndicatorListItem>): Promise<HTMLElement> {
    request.flush(page);
    await harness.fixture.whenStable();
    harness.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  it('reads field of action and state from the link (as the overview tiles make it) and asks the API for them', async () => {
    const request = await open('/indicators?fieldOfAction=f-1&state=off_track');
    expect(request.request.params.get('fieldOfAction')).toBe('f-1');
    expect(request.request.params.get('state')).toBe('off_track');
    expect(request.request.params.get('sort')).toBe('code');
    const element = await answer(request, indicatorPage());

    expect((element.querySelector('[data-testid="filter-field-of-action"]') as HTMLSelectElement).value).toBe('f-1');
    expect((element.querySelector('[data-testid="filter-state"]') as HTMLSelectElement).value).toBe('off_track');
    expect(text(element.querySelector('[data-testid="result-count"]'))).toBe('1 Kennzahl gefunden');
  });

  it('shows latest value with unit and date, goal, state in words, progress and a described trend line', async () => {
    const element = await answer(await open('/indicators'), indicatorPage());
    const row = element.querySelector('[data-testid="indicator-row"]');

    expect(text(row?.querySelector('[data-testid="indicator-code"]'))).toBe('EA-01');
    expect(text(row?.querySelector('[data-testid="indicator-link"]'))).toBe(
      'Engagierte in den Lokalen Partnerschaften',
    );
    expect(row?.querySelector('[data-testid="indicator-link"]')?.getAttribute('href')).toBe('/indicators/i-1');
    expect(text(row?.querySelector('[data-testid="indicator-latest"]'))).toBe('412 Personen am 31.12.2025');
    expect(text(row?.querySelector('[data-testid="indicator-goal"]'))).toBe('600 Personen am 31.12.2030');
    expect(text(row?.querySelector('[data-testid="indicator-state"]'))).toBe('⚠ Nicht auf Kurs');
    expect(text(row?.querySelector('[data-testid="indicator-progress"]'))).toBe('37,3 %');
    expect(
      row
        ?.querySelector('[data-testid="sparkline"]')
        ?.getAttribute('aria-label')
        ?.replace(/\u00a0/g, ' '),
    ).toBe(
      'Verlauf der letzten 5 Werte: von 300 Personen (31.12.2021) auf 412 Personen (31.12.2025); ' +
        'niedrigster Wert 300 Personen, höchster 412 Personen.',
    );
  });

  it('says "noch kein Wert" and "kein Ziel" instead of zero', async () => {
    const empty = indicatorListItem({
      latest: null,
      finalGoal: null,
      baseline: null,
      state: 'no_data',
      progress: null,
      trend: [],
    });
    const element = await answer(await open('/indicators'), indicatorPage([empty]));
    expect(text(element.querySelector('[data-testid="indicator-latest"]'))).toBe('noch kein Wert');
    expect(text(element.querySelector('[data-testid="indicator-goal"]'))).toBe('kein Ziel');
    expect(text(element.querySelector('[data-testid="indicator-state"]'))).toBe('– Ohne Daten');
    expect(element.querySelector('[data-testid="sparkline"]')?.getAttribute('aria-label')).toBe('Noch keine Werte.');
  });

  it('puts a chosen state into the URL and starts on page 1', async () => {
    const element = await answer(await open('/indicators?page=2'), indicatorPage([indicatorListItem()], 30));
    const select = element.querySelector('[data-testid="filter-state"]') as HTMLSelectElement;
    select.value = 'reached';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();

    expect(router.url).toBe('/indicators?state=reached');
    expect(listRequest().request.params.get('state')).toBe('reached');
  });

  it('sorts by a column on request', async () => {
    const element = await answer(await open('/indicators'), indicatorPage());
    (element.querySelector('[data-testid="sort-progress"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/indicators?sort=-progress');
    listRequest().flush(indicatorPage());
  });

  it('offers "Neue Kennzahl" and the import to staff only', async () => {
    let element = await answer(await open('/indicators', 'editor'), indicatorPage());
    expect(element.querySelector('[data-testid="create-indicator"]')?.textContent?.trim()).toBe('Neue Kennzahl');
    expect(element.querySelector('[data-testid="import-indicator-values"]')?.getAttribute('href')).toBe(
      '/indicators/import',
    );
    expect(element.querySelector('[data-testid="indicator-export-links-xlsx"]')?.getAttribute('href')).toBe(
      '/api/v1/indicators/values/export?format=xlsx',
    );

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting(),
        provideRouter([{ path: 'indicators', component: IndicatorListPageComponent }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    element = await answer(await open('/indicators', 'viewer'), indicatorPage());
    expect(element.querySelector('[data-testid="create-indicator"]')).toBeNull();
  });
});
