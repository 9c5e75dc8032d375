import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { dashboardSummary } from '@leitbild-monitor/shared/contracts/testing';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { SummaryChartsComponent } from './summary-charts.component';

describe('SummaryChartsComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), provideRouter([])] });
  });

  afterEach(() => localStorage.clear());

  async function render({ showRecentChanges = false, locale = 'de' } = {}) {
    const fixture = TestBed.createComponent(SummaryChartsComponent);
    fixture.componentRef.setInput('summary', dashboardSummary());
    fixture.componentRef.setInput('locale', locale);
    fixture.componentRef.setInput('showRecentChanges', showRecentChanges);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, element, text };
  }

  it('shows three charts, each with heading, summary sentence, labelled image and a closed data table', async () => {
    const { element, text } = await render();

    expect([...element.querySelectorAll('h2')].map((h2) => h2.textContent?.trim())).toEqual([
      'Status nach Handlungsfeld',
      'Fortschritt nach Handlungsfeld',
      'Begonnen und abgeschlossen',
      'Abdeckung des Leitbilds',
    ]);
    expect(text('[data-testid="chart-status"] [data-testid="chart-summary"]')).toBe(
      'Von 1.234 Maßnahmen sind 500 in Umsetzung, 234 abgeschlossen und 300 geplant; die meisten hat das Handlungsfeld „Antidiskriminierung“ (9).',
    );
    expect(element.querySelector('[data-testid="chart-timeline"] canvas')?.getAttribute('aria-label')).toBe(
      'Begonnene und abgeschlossene Maßnahmen je Monat. Vom 01.09.2026 bis 23.11.2026 begonnene Maßnahmen: 1.237, abgeschlossene: 3; Diagramm und Tabelle zählen sie je Monat.',
    );
    expect(element.querySelectorAll('canvas[role="img"]')).toHaveLength(3);
    expect(
      [...element.querySelectorAll('[data-testid="chart-table-toggle"]')].map((b) => b.getAttribute('aria-expanded')),
    ).toEqual(['false', 'false', 'false']);
  });

  it('opens the status table with one row per field and a column per status plus the total', async () => {
    const { fixture, element } = await render();
    const chart = element.querySelector('[data-testid="chart-status"]') as HTMLElement;
    chart.querySelector<HTMLButtonElement>('[data-testid="chart-table-toggle"]')?.click();
    await fixture.whenStable();

    const rows = [...chart.querySelectorAll('[data-testid="chart-table-row"]')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Antidiskriminierung', '0', '0', '3', '4', '2', '0', '0', '9'],
      ['Ehrenamt', '2', '0', '0', '0', '0', '0', '0', '2'],
    ]);
    expect(chart.querySelector('[role="region"]')?.hasAttribute('hidden')).toBe(false);
  });

  it('lists the guidelines without and with active measures', async () => {
    const { element, text } = await render();

    expect(text('[data-testid="coverage-summary"]')).toBe(
      '2 von 3 Leitsätzen haben aktive (geplante oder laufende) Maßnahmen, 1 haben keine.',
    );
    expect(text('[data-testid="coverage-without"]')).toBe('1.2 Wir sind viele.');
    expect(
      [...element.querySelectorAll('[data-testid="coverage-with"] li')].map((li) =>
        [...li.children].map((part) => part.textContent?.trim()),
      ),
    ).toEqual([
      ['1.1', 'Wir sind Harburg.', 'Aktive Maßnahmen: 3'],
      ['2.1', 'Wir helfen einander.', 'Aktive Maßnahmen: 1'],
    ]);
  });

  it('links recent changes to their measures only when asked to', async () => {
    const { element } = await render();
    expect(element.querySelector('[data-testid="recent-changes"]')).toBeNull();

    const shown = await render({ showRecentChanges: true });
    const link = shown.element.querySelector<HTMLAnchorElement>('[data-testid="recent-change"] a');
    expect(link?.getAttribute('href')).toBe('/measures/m-1');
    expect(link?.textContent).toBe('Interkulturelle Woche im Rieckhof');
    expect(shown.text('[data-testid="recent-change"] .recent-meta')).toMatch(/^Status geändert, 20\.11\.2026, /);
  });

  it('follows a switch to English', async () => {
    await TestBed.inject(LanguageService).switchTo('en');
    const { text } = await render({ locale: 'en' });

    expect(text('[data-testid="chart-status"] [data-testid="chart-summary"]')).toBe(
      'Of 1,234 measures, 500 are in progress, 234 completed and 300 planned; the field of action “Antidiskriminierung” has the most (9).',
    );
    expect(text('[data-testid="chart-timeline"] [data-testid="chart-table-toggle"]')).toBe(
      'Show data table: Measures started and completed per month',
    );
  });
});
