import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { leitbildSections } from '@leitbild-monitor/dashboard/catalog/data-access/testing';
import { measureListItem, measurePage } from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { MeasureListItem } from '@leitbild-monitor/shared/contracts';
import { LeitbildPageComponent } from './leitbild-page.component';

/** g-1: two active measures and a completed one; g-2: only a rejected one; g-3: one active. */
function measures(): MeasureListItem[] {
  return [
    measureListItem({ id: 'm-1', title: 'Sprachcafé', status: 'in_progress', guidelineIds: ['g-1', 'g-3'] }),
    measureListItem({ id: 'm-2', title: 'Begegnungsfest', status: 'planned', guidelineIds: ['g-1'] }),
    measureListItem({ id: 'm-3', title: 'Archiv', status: 'completed', guidelineIds: ['g-1'] }),
    measureListItem({ id: 'm-4', title: 'Abgelehnt', status: 'rejected', guidelineIds: ['g-2'] }),
  ];
}

describe('LeitbildPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const listRequest = (page = 1) =>
    http.expectOne((request) => request.url === '/api/v1/measures' && request.params.get('page') === String(page));

  async function render(items: MeasureListItem[] = measures()) {
    const fixture = TestBed.createComponent(LeitbildPageComponent);
    await fixture.whenStable();
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    listRequest().flush(measurePage(items, { limit: 100 }));
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const squash = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim();

  function guideline(element: HTMLElement, id: string) {
    const item = element.querySelector<HTMLElement>(`[data-guideline-id="${id}"]`);
    const text = (selector: string) => squash(item?.querySelector(selector)?.textContent);
    return {
      item,
      code: text('.guideline__code'),
      text: text('.guideline__text'),
      coverage: text('[data-testid="guideline-coverage"]'),
      uncovered: text('[data-testid="guideline-uncovered"]') ?? null,
      measures: [...(item?.querySelectorAll('[data-testid="guideline-measure"]') ?? [])].map((measure) => ({
        title: squash(measure.querySelector('a')?.textContent),
        href: measure.querySelector('a')?.getAttribute('href'),
        status: squash(measure.querySelector('[data-testid="guideline-measure-status"]')?.textContent),
      })),
      all: item?.querySelector('[data-testid="guideline-all-measures"]') ?? null,
    };
  }

  it('shows the sections in Leitbild order with their guidelines', async () => {
    const { element } = await render();

    const sections = [...element.querySelectorAll('[data-testid="leitbild-section"]')];
    expect(sections.map((section) => section.querySelector('h2')?.textContent)).toEqual([
      'Wer sind wir?',
      'Was tun wir?',
    ]);
    expect(sections[0].querySelector('p')?.textContent).toBe('Harburg ist vielfältig.');
    expect(
      [...sections[0].querySelectorAll('[data-testid="guideline"]')].map((item) =>
        item.getAttribute('data-guideline-id'),
      ),
    ).toEqual(['g-1', 'g-2']);
  });

  it('lists the measures serving each guideline, active ones first, with status in words and links', async () => {
    const { element } = await render();

    expect(guideline(element, 'g-1')).toMatchObject({
      code: '1.1',
      text: 'Wir sind Harburg.',
      coverage: '2 aktive Maßnahmen',
      uncovered: null,
      measures: [
        { title: 'Begegnungsfest', href: '/measures/m-2', status: 'Geplant' },
        { title: 'Sprachcafé', href: '/measures/m-1', status: 'In Umsetzung' },
        { title: 'Archiv', href: '/measures/m-3', status: 'Abgeschlossen' },
      ],
    });
    expect(guideline(element, 'g-3')).toMatchObject({ coverage: '1 aktive Maßnahme', uncovered: null });
    expect(guideline(element, 'g-1').all?.getAttribute('href')).toBe('/measures?guideline=g-1');
    expect(squash(guideline(element, 'g-1').all?.textContent)).toBe('Alle Maßnahmen zu diesem Leitsatz (1.1)');
  });

  it('marks guidelines without an active measure in words, not by colour alone', async () => {
    const { element } = await render();

    const uncovered = guideline(element, 'g-2');
    expect(uncovered.uncovered).toBe('⚠ keine aktive Maßnahme');
    expect(uncovered.item?.classList).toContain('guideline--uncovered');
    expect(uncovered.measures).toEqual([{ title: 'Abgelehnt', href: '/measures/m-4', status: 'Abgelehnt' }]);
    expect(element.querySelectorAll('[data-testid="guideline-uncovered"]')).toHaveLength(1);
  });

  it('says when no measure at all serves a guideline', async () => {
    const { element } = await render([]);

    expect(element.querySelectorAll('[data-testid="guideline-uncovered"]')).toHaveLength(3);
    expect(squash(element.querySelector('[data-testid="guideline-no-measures"]')?.textContent)).toBe(
      'Diesem Leitsatz dient noch keine Maßnahme.',
    );
  });

  it('fetches every measure in pages of 100, not one request per guideline', async () => {
    const fixture = TestBed.createComponent(LeitbildPageComponent);
    await fixture.whenStable();
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    const first = listRequest(1);
    expect(first.request.params.get('limit')).toBe('100');
    first.flush(
      measurePage(
        Array.from({ length: 100 }, (_, index) => measureListItem({ id: `x-${index}`, guidelineIds: ['g-2'] })),
        { total: 101, limit: 100 },
      ),
    );
    listRequest(2).flush(measurePage(measures().slice(0, 1), { total: 101, page: 2, limit: 100 }));
    await fixture.whenStable();

    expect(guideline(fixture.nativeElement, 'g-2').measures).toHaveLength(100);
    expect(guideline(fixture.nativeElement, 'g-3').coverage).toBe('1 aktive Maßnahme');
  });

  it('still shows the Leitbild when the measures cannot be loaded, says so and can try again', async () => {
    const fixture = TestBed.createComponent(LeitbildPageComponent);
    await fixture.whenStable();
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    listRequest().flush('down', { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelectorAll('[data-testid="guideline"]')).toHaveLength(3);
    expect(element.querySelector('[data-testid="coverage-error"]')?.textContent).toContain(
      'Die Maßnahmen je Leitsatz konnten nicht geladen werden.',
    );
    expect(element.querySelector('[data-testid="guideline-uncovered"]')).toBeNull();

    element.querySelector<HTMLButtonElement>('[data-testid="coverage-error"] button')?.click();
    listRequest().flush(measurePage(measures(), { limit: 100 }));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="coverage-error"]')).toBeNull();
    expect(guideline(element, 'g-1').coverage).toBe('2 aktive Maßnahmen');
  });

  it('shows an alert when the Leitbild cannot be loaded', async () => {
    const fixture = TestBed.createComponent(LeitbildPageComponent);
    await fixture.whenStable();
    http.expectOne('/api/v1/guidelines').flush('down', { status: 503, statusText: 'Service Unavailable' });
    listRequest().flush(measurePage(measures(), { limit: 100 }));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Die Daten konnten nicht geladen werden.');
    expect(element.querySelector('[data-testid="leitbild-section"]')).toBeNull();
  });
});
