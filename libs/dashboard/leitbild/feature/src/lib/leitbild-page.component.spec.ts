import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { dashboardSummary } from '@leitbild-monitor/dashboard/overview/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { leitbildSections } from '@leitbild-monitor/dashboard/catalog/data-access/testing';
import { LeitbildPageComponent } from './leitbild-page.component';

describe('LeitbildPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(LeitbildPageComponent);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function guideline(element: HTMLElement, id: string) {
    const item = element.querySelector<HTMLElement>(`[data-guideline-id="${id}"]`);
    const text = (selector: string) => item?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return {
      item,
      code: text('.guideline__code'),
      text: text('.guideline__text'),
      coverage: text('[data-testid="guideline-coverage"]'),
      uncovered: item?.querySelector('[data-testid="guideline-uncovered"]') ?? null,
    };
  }

  it('shows the sections in Leitbild order with their guidelines and the active measures of each', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    http.expectOne('/api/v1/dashboard/summary').flush(dashboardSummary());
    await fixture.whenStable();

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

    expect(guideline(element, 'g-1')).toMatchObject({
      code: '1.1',
      text: 'Wir sind Harburg.',
      coverage: '3 aktive Maßnahmen',
      uncovered: null,
    });
    expect(guideline(element, 'g-3')).toMatchObject({ code: '2.1', coverage: '1 aktive Maßnahme', uncovered: null });
  });

  it('marks a guideline without active measures in words, not by colour alone', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    http.expectOne('/api/v1/dashboard/summary').flush(dashboardSummary());
    await fixture.whenStable();

    const uncovered = guideline(element, 'g-2');
    expect(uncovered.uncovered?.textContent?.trim()).toBe('keine aktive Maßnahme');
    expect(uncovered.item?.classList).toContain('guideline--uncovered');
    expect(element.querySelectorAll('[data-testid="guideline-uncovered"]')).toHaveLength(1);
  });

  it('treats a guideline the summary leaves out as having no active measure', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    http.expectOne('/api/v1/dashboard/summary').flush(dashboardSummary({ guidelines: [] }));
    await fixture.whenStable();

    expect(element.querySelectorAll('[data-testid="guideline-uncovered"]')).toHaveLength(3);
  });

  it('still shows the Leitbild when the coverage cannot be loaded, and says so', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    http.expectOne('/api/v1/dashboard/summary').flush('down', { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();

    expect(element.querySelectorAll('[data-testid="guideline"]')).toHaveLength(3);
    expect(element.querySelector('[data-testid="coverage-error"]')?.textContent).toContain(
      'Die Zahl der aktiven Maßnahmen je Leitsatz konnte nicht geladen werden.',
    );
    expect(element.querySelector('[data-testid="guideline-uncovered"]')).toBeNull();
  });

  it('shows an alert when the Leitbild cannot be loaded', async () => {
    const { fixture, element } = await render();
    http.expectOne('/api/v1/guidelines').flush('down', { status: 503, statusText: 'Service Unavailable' });
    http.expectOne('/api/v1/dashboard/summary').flush(dashboardSummary());
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Die Daten konnten nicht geladen werden.');
    expect(element.querySelector('[data-testid="leitbild-section"]')).toBeNull();
  });
});
