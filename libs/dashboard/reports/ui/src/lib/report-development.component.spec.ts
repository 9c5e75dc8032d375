import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { MeasureStatus, ReportingDevelopment, ReportingFigures } from '@leitbild-monitor/shared/contracts';
import { developmentCharts } from './report-development';
import { ReportDevelopmentComponent } from './report-development.component';

function figures(byStatus: Partial<Record<MeasureStatus, number>>, meanProgress: number | null, overdue = 0) {
  const counts = { proposed: 0, in_review: 0, planned: 0, in_progress: 0, completed: 0, on_hold: 0, rejected: 0 };
  Object.assign(counts, byStatus);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return { total, byStatus: counts, meanProgress, progressBasis: total, overdue } satisfies ReportingFigures;
}

/** Three sessions: 1 of 10 measures completed in March, 2 of 8 in September; mean progress 30 % → 42 %. */
const DEVELOPMENT: ReportingDevelopment = {
  fieldsOfAction: [
    { fieldOfActionId: 'f1', name: 'Sprache und Bildung' },
    { fieldOfActionId: 'f2', name: 'Arbeit' },
  ],
  points: [
    {
      reportingDate: { id: 'r1', name: 'Sitzung im März', date: '2025-03-12' },
      summary: figures({ in_progress: 9, completed: 1 }, 30),
      fieldsOfAction: [
        { fieldOfActionId: 'f1', ...figures({ in_progress: 9, completed: 1 }, 30) },
        { fieldOfActionId: 'f2', ...figures({}, null) },
      ],
    },
    {
      reportingDate: { id: 'r2', name: 'Sitzung im Juni', date: '2025-06-18' },
      summary: figures({ in_progress: 8, completed: 1 }, 35, 1),
      fieldsOfAction: [
        { fieldOfActionId: 'f1', ...figures({ in_progress: 7, completed: 1 }, 40) },
        { fieldOfActionId: 'f2', ...figures({ in_progress: 1 }, 10, 1) },
      ],
    },
    {
      reportingDate: { id: 'r3', name: 'Sitzung im September', date: '2025-09-30' },
      summary: figures({ in_progress: 6, completed: 2 }, 42.5, 2),
      fieldsOfAction: [
        { fieldOfActionId: 'f1', ...figures({ in_progress: 5, completed: 2 }, 50) },
        { fieldOfActionId: 'f2', ...figures({ in_progress: 1 }, 5, 2) },
      ],
    },
  ],
};

describe('ReportDevelopmentComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
  });

  async function render(development: ReportingDevelopment) {
    const fixture = TestBed.createComponent(ReportDevelopmentComponent);
    fixture.componentRef.setInput('development', development);
    fixture.componentRef.setInput('locale', TestBed.inject(LanguageService).language());
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) =>
      [...element.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    return { fixture, element, text };
  }

  it('says in German how the share of completed measures and the mean progress moved since the first date', async () => {
    const { text } = await render(DEVELOPMENT);
    expect(text('[data-testid="chart-summary"]')).toEqual([
      'Seit dem 12.03.2025 (3 Stichtage) ist der Anteil abgeschlossener Maßnahmen von 10 % auf 25 % gestiegen.',
      'Seit dem 12.03.2025 (3 Stichtage) ist der mittlere Fortschritt von 30 % auf 42,5 % gestiegen.',
    ]);
    expect(text('h3')).toEqual([
      'Maßnahmen nach Status je Stichtag – Alle Handlungsfelder',
      'Mittlerer Fortschritt je Stichtag – Alle Handlungsfelder',
    ]);
  });

  it('has a complete data table: every date with every status, the total and overdue, the mean and its basis', async () => {
    const { element } = await render(DEVELOPMENT);
    const [status, progress] = [...element.querySelectorAll('[data-testid="chart-table"]')];
    const cells = (table: Element) =>
      [...table.querySelectorAll('tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
      );
    expect(cells(status)).toEqual([
      [
        'Stichtag',
        'Vorgeschlagen',
        'In Prüfung',
        'Geplant',
        'In Umsetzung',
        'Abgeschlossen',
        'Zurückgestellt',
        'Abgelehnt',
        'Maßnahmen insgesamt',
        'Überfällig',
      ],
      ['12.03.2025', '0', '0', '0', '9', '1', '0', '0', '10', '0'],
      ['18.06.2025', '0', '0', '0', '8', '1', '0', '0', '9', '1'],
      ['30.09.2025', '0', '0', '0', '6', '2', '0', '0', '8', '2'],
    ]);
    expect(cells(progress)).toEqual([
      ['Stichtag', 'Mittlerer Fortschritt', 'Maßnahmen mit bekanntem Fortschritt'],
      ['12.03.2025', '30 %', '10'],
      ['18.06.2025', '35 %', '9'],
      ['30.09.2025', '42,5 %', '8'],
    ]);
  });

  it('shows one field of action when it is chosen, with its own sentence and table', async () => {
    const { fixture, element, text } = await render(DEVELOPMENT);
    const select = element.querySelector<HTMLSelectElement>('[data-testid="development-field"]');
    expect([...(select?.options ?? [])].map((option) => option.textContent?.trim())).toEqual([
      'Alle Handlungsfelder',
      'Sprache und Bildung',
      'Arbeit',
    ]);
    expect(element.querySelector(`label[for="${select?.id}"]`)?.textContent).toContain('Handlungsfeld');
    if (!select) throw new Error('no field selector');
    select.value = 'f2';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text('[data-testid="chart-summary"]')).toEqual([
      'Seit dem 12.03.2025 (3 Stichtage) lässt sich der Anteil abgeschlossener Maßnahmen nicht vergleichen: Am ' +
        'ersten oder am letzten Stichtag gab es keine Maßnahmen.',
      'Seit dem 12.03.2025 (3 Stichtage) lässt sich der mittlere Fortschritt nicht vergleichen: Am ersten oder am ' +
        'letzten Stichtag war er unbekannt (unbekannt, 5 %).',
    ]);
    expect(text('h3')[0]).toBe('Maßnahmen nach Status je Stichtag – Arbeit');
    const rows = [...element.querySelectorAll('[data-testid="chart-table-row"]')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()).join(' '),
    );
    expect(rows.slice(0, 3)).toEqual([
      '12.03.2025 0 0 0 0 0 0 0 0 0',
      '18.06.2025 0 0 0 1 0 0 0 1 1',
      '30.09.2025 0 0 0 1 0 0 0 1 2',
    ]);
  });

  it('speaks English in the English interface, with English number and date formats', async () => {
    await TestBed.inject(LanguageService).switchTo('en');
    const { text } = await render(DEVELOPMENT);
    expect(text('[data-testid="chart-summary"]')).toEqual([
      'Since Mar 12, 2025 (3 reporting dates), the share of completed measures has risen from 10% to 25%.',
      'Since Mar 12, 2025 (3 reporting dates), mean progress has risen from 30% to 42.5%.',
    ]);
  });

  it('words a fall, no change, a single reporting date and none at all', async () => {
    const t = (key: string, params?: Record<string, unknown>) =>
      TestBed.inject(TranslocoService).translate(key, params).replace(/\s/g, ' ');
    await render(DEVELOPMENT); // loads the translations
    const [march, june] = DEVELOPMENT.points;
    const fell = developmentCharts(
      { ...DEVELOPMENT, points: [june, { ...march, summary: figures({ in_progress: 9 }, 35) }] },
      null,
      t,
      'de',
    );
    expect(fell.status.summary).toBe(
      'Seit dem 18.06.2025 (2 Stichtage) ist der Anteil abgeschlossener Maßnahmen von 11,1 % auf 0 % gesunken.',
    );
    expect(fell.progress.summary).toBe(
      'Seit dem 18.06.2025 (2 Stichtage) ist der mittlere Fortschritt bei 35 % geblieben.',
    );
    const single = developmentCharts({ ...DEVELOPMENT, points: [march] }, 'f1', t, 'de');
    expect(single.status.summary).toBe(
      'Bisher gibt es einen Stichtag (12.03.2025): Abgeschlossen sind 10 % der Maßnahmen.',
    );
    expect(single.progress.summary).toBe(
      'Bisher gibt es einen Stichtag (12.03.2025): Der mittlere Fortschritt beträgt 30 %.',
    );
    const none = await render({ fieldsOfAction: [], points: [] });
    expect(none.text('[data-testid="development-empty"]')).toEqual(['Es gibt noch keinen Stichtag.']);
  });
});
