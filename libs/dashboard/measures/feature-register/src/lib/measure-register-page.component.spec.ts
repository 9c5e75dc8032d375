import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { leitbildSections } from '@leitbild-monitor/dashboard/catalog/data-access/testing';
import { measureListItem, measurePage } from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { Actor, FieldOfAction, MeasureListItem, Page, UserRole } from '@leitbild-monitor/shared/contracts';
import { MeasureRegisterPageComponent } from './measure-register-page.component';

const fields: FieldOfAction[] = [
  { id: 'f-1', key: 'sprache', name: 'Sprache und Bildung', description: null, position: 1 },
  { id: 'f-2', key: 'ehrenamt', name: 'Ehrenamt', description: null, position: 2 },
];
const actors: Actor[] = [{ id: 'a-1', name: 'Fachamt Sozialraummanagement', type: 'administration' }];

function rows(count: number, offset = 0): MeasureListItem[] {
  return Array.from({ length: count }, (_, index) =>
    measureListItem({ id: `m-${offset + index}`, title: `Maßnahme ${offset + index}` }),
  );
}

describe('MeasureRegisterPageComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting(),
        provideRouter([{ path: 'measures', component: MeasureRegisterPageComponent }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  const listRequest = () => http.expectOne((request) => request.url === '/api/v1/measures');

  /** Opens the register at `url` as `role`, answers the catalogue requests and returns the list request. */
  async function open(url: string, role: UserRole = 'admin'): Promise<TestRequest> {
    await signInAs(http, user({ role }));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, MeasureRegisterPageComponent);
    http.expectOne((request) => request.url === '/api/v1/fields-of-action').flush(measurePageOf(fields));
    http.expectOne((request) => request.url === '/api/v1/actors').flush(measurePageOf(actors));
    http.expectOne('/api/v1/measures/statuses').flush([]);
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    return listRequest();
  }

  function measurePageOf<T>(items: T[]): Page<T> {
    return { items, total: items.length, page: 1, limit: 100 };
  }

  async function answer(request: TestRequest, page: Page<MeasureListItem>): Promise<HTMLElement> {
    request.flush(page);
    await harness.fixture.whenStable();
    harness.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

  it('reads filters, sort and page from the URL, asks the API for them and shows them', async () => {
    const request = await open(
      '/measures?status=in_progress&fieldOfAction=f-2&q=Sprache&overdue=true&changedSince=2026-10-01&sort=title&page=2&limit=50',
    );
    expect(request.request.params.keys().sort()).toEqual(
      ['changedSince', 'fieldOfAction', 'limit', 'overdue', 'page', 'q', 'sort', 'status'].sort(),
    );
    expect(request.request.params.get('status')).toBe('in_progress');
    expect(request.request.params.get('page')).toBe('2');
    const element = await answer(request, measurePage(rows(50, 50), { total: 120, page: 2, limit: 50 }));

    expect((element.querySelector('[data-testid="filter-status"]') as HTMLSelectElement).value).toBe('in_progress');
    expect((element.querySelector('[data-testid="filter-field-of-action"]') as HTMLSelectElement).value).toBe('f-2');
    expect((element.querySelector('[data-testid="filter-q"]') as HTMLInputElement).value).toBe('Sprache');
    expect((element.querySelector('[data-testid="filter-overdue"]') as HTMLInputElement).checked).toBe(true);
    expect((element.querySelector('[data-testid="filter-changed-since"]') as HTMLInputElement).value).toBe(
      '2026-10-01',
    );
    expect((element.querySelector('[data-testid="page-size"]') as HTMLSelectElement).value).toBe('50');
    expect(text(element.querySelector('[data-testid="result-count"]'))).toBe('120 Maßnahmen gefunden – Seite 2 von 3');
    expect(text(element.querySelector('[data-testid="page-position"]'))).toBe('Seite 2 von 3');
    expect(element.querySelectorAll('[data-testid="measure-row"]')).toHaveLength(50);
    expect(element.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('ascending');
    expect(text(element.querySelector('caption'))).toBe('Maßnahmen, sortiert nach Titel (aufsteigend)');
  });

  it('drops invalid query values and asks with the defaults', async () => {
    const request = await open('/measures?status=done&page=-3&sort=contactEmail&limit=7&changedSince=2026-02-30');
    expect(request.request.params.toString()).toBe('sort=-updatedAt&page=1&limit=25');
    const element = await answer(request, measurePage(rows(2)));

    expect((element.querySelector('[data-testid="filter-status"]') as HTMLSelectElement).value).toBe('');
    expect(element.querySelector('[data-testid="filters-reset"]')).toBeNull();
  });

  it('puts a chosen filter into the URL, starting again on page 1, and asks again', async () => {
    const element = await answer(await open('/measures?page=2'), measurePage(rows(25), { total: 40, page: 2 }));

    const status = element.querySelector('[data-testid="filter-status"]') as HTMLSelectElement;
    status.value = 'planned';
    status.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();

    expect(router.url).toBe('/measures?status=planned');
    expect(listRequest().request.params.get('status')).toBe('planned');
  });

  it('sorts by a column header and toggles the direction', async () => {
    const element = await answer(await open('/measures'), measurePage(rows(3)));
    expect(element.querySelector('th[aria-sort]')?.textContent).toContain('Aktualität');

    (element.querySelector('[data-testid="sort-title"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/measures?sort=title');
    const sorted = await answer(listRequest(), measurePage(rows(3)));
    expect(sorted.querySelector('th[aria-sort]')?.textContent).toContain('Titel');

    (sorted.querySelector('[data-testid="sort-title"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/measures?sort=-title');
    listRequest().flush(measurePage(rows(3)));
  });

  it('pages forward and changes the page size', async () => {
    const element = await answer(await open('/measures'), measurePage(rows(25), { total: 60 }));
    expect(element.querySelector('[data-testid="page-previous"]')?.getAttribute('aria-disabled')).toBe('true');

    (element.querySelector('[data-testid="page-next"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/measures?page=2');
    const second = await answer(listRequest(), measurePage(rows(25, 25), { total: 60, page: 2 }));

    const size = second.querySelector('[data-testid="page-size"]') as HTMLSelectElement;
    size.value = '100';
    size.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(router.url).toBe('/measures?limit=100');
    listRequest().flush(measurePage(rows(60), { total: 60, limit: 100 }));
  });

  it('shows an empty state whose action resets the filters but keeps the sort order', async () => {
    const element = await answer(await open('/measures?status=rejected&sort=title'), measurePage([]));

    expect(text(element.querySelector('[data-testid="register-empty"] p'))).toBe(
      'Keine Maßnahme entspricht den gewählten Filtern.',
    );
    expect(text(element.querySelector('[data-testid="result-count"]'))).toBe('Keine Maßnahme gefunden');
    (element.querySelector('[data-testid="empty-reset"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();

    expect(router.url).toBe('/measures?sort=title');
    listRequest().flush(measurePage(rows(1)));
  });

  it('links rows to the measure, asking it to highlight changes when a changed-since date is set', async () => {
    const element = await answer(await open('/measures?changedSince=2026-10-01'), measurePage(rows(1)));

    expect(element.querySelector('[data-testid="measure-link"]')?.getAttribute('href')).toBe(
      '/measures/m-0?since=2026-10-01',
    );
  });

  it('offers "Neue Maßnahme" to editors and admins only', async () => {
    const element = await answer(await open('/measures', 'editor'), measurePage(rows(1)));
    expect(element.querySelector('[data-testid="create-measure"]')?.getAttribute('href')).toBe('/measures/new');
  });

  it('offers no "Neue Maßnahme" to reviewers', async () => {
    const element = await answer(await open('/measures', 'reviewer'), measurePage(rows(1)));
    expect(element.querySelector('[data-testid="create-measure"]')).toBeNull();
  });

  it('drops a catalogue entry the link names but that does not exist', async () => {
    await answer(await open('/measures?fieldOfAction=gone&status=planned'), measurePage([]));

    expect(router.url).toBe('/measures?status=planned');
    listRequest().flush(measurePage([]));
  });

  it('goes to the last page when the page asked for lies beyond it', async () => {
    await answer(await open('/measures?page=9'), measurePage([], { total: 30, page: 9 }));

    expect(router.url).toBe('/measures?page=2');
    listRequest().flush(measurePage(rows(5), { total: 30, page: 2 }));
  });

  it('shows an alert with a retry when the list cannot be loaded', async () => {
    const request = await open('/measures');
    request.flush('down', { status: 503, statusText: 'Service Unavailable' });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;

    expect(text(element.querySelector('[role="alert"]'))).toContain('Die Daten konnten nicht geladen werden.');
    expect(element.querySelector('[data-testid="measure-table"]')).toBeNull();
  });
});
