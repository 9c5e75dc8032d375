import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ReportingChanges, SnapshotIndicator, SnapshotMeasure } from '@leitbild-monitor/shared/contracts';
import { ReportingChangesComponent, changeCount } from './reporting-changes.component';

function measure(id: string, title: string, overrides: Partial<SnapshotMeasure> = {}): SnapshotMeasure {
  return {
    measureId: id,
    title,
    fieldOfActionId: 'f1',
    fieldOfActionName: 'Zusammenleben in Harburg',
    status: 'in_progress',
    progress: 40,
    plannedStart: null,
    plannedEnd: '2026-06-30',
    actualStart: null,
    actualEnd: null,
    leadActorId: 'a1',
    leadActorName: 'Fachamt Sozialraummanagement',
    partnerActorNames: [],
    public: true,
    overdue: false,
    ...overrides,
  };
}

function indicator(overrides: Partial<SnapshotIndicator> = {}): SnapshotIndicator {
  return {
    indicatorId: 'i-1',
    code: 'EA-01',
    name: 'Engagierte in den Lokalen Partnerschaften',
    unit: 'Personen',
    desiredTrend: 'increase',
    fieldOfActionId: 'f2',
    fieldOfActionName: 'Ehrenamt',
    public: true,
    state: 'on_track',
    progress: 50,
    baseline: { date: '2021-12-31', value: 300 },
    latest: { date: '2025-12-31', value: 412 },
    finalGoal: { date: '2030-12-31', value: 600 },
    ...overrides,
  };
}

function changes(overrides: Partial<ReportingChanges> = {}): ReportingChanges {
  return {
    from: { id: 'rd-1', name: 'Integrationsrat März', date: '2026-03-12' },
    to: { id: null, name: 'Heute', date: '2026-11-23' },
    added: [measure('m1', 'Sprachcafé')],
    removed: [measure('m5', 'Alte Maßnahme')],
    statusChanges: [{ measure: measure('m2', 'Interkulturelle Woche'), from: 'planned', to: 'in_progress' }],
    progressChanges: [{ measure: measure('m3', 'Lotsenprojekt'), from: null, to: 40 }],
    newlyOverdue: [measure('m4', 'Beratungsstelle', { overdue: true })],
    totals: { added: 1, removed: 1, statusChanges: 1, progressChanges: 1, newlyOverdue: 1 },
    newIndicatorValues: [],
    indicatorStateChanges: [],
    ...overrides,
  };
}

describe('ReportingChangesComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), provideRouter([])] });
  });

  async function render(value: ReportingChanges, linkMeasures = true) {
    const fixture = TestBed.createComponent(ReportingChangesComponent);
    fixture.componentRef.setInput('changes', value);
    fixture.componentRef.setInput('locale', TestBed.inject(LanguageService).language());
    fixture.componentRef.setInput('linkMeasures', linkMeasures);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const text = (selector: string) =>
      [...element.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    return { element, text };
  }

  it('counts every kind of change', () => {
    expect(changeCount(changes())).toBe(5);
  });

  it('lists each kind of change under its heading, in German, with links to the measures', async () => {
    const { element, text } = await render(changes());

    expect(text('[data-testid="changes-intro"]')).toEqual([
      'Von „Integrationsrat März“ (12.03.2026) bis „heute“ (23.11.2026):',
    ]);
    expect(text('h3')).toEqual([
      'Neu (1)',
      'Statuswechsel (1)',
      'Fortschritt geändert (1)',
      'Neu überfällig (1)',
      'Entfernt (1)',
    ]);
    expect(text('[data-testid="changes-status"] li')).toEqual([
      'Interkulturelle Woche – von Geplant nach In Umsetzung',
    ]);
    expect(text('[data-testid="changes-progress"] li')).toEqual(['Lotsenprojekt – von unbekannt auf 40 %']);
    expect(text('[data-testid="changes-overdue"] li')).toEqual([
      'Beratungsstelle – geplantes Ende 30.06.2026 – Fachamt Sozialraummanagement',
    ]);
    expect(element.querySelector('[data-testid="changes-status"] a')?.getAttribute('href')).toBe('/measures/m2');
    // A removed measure may no longer exist: no link.
    expect(element.querySelector('[data-testid="changes-removed"] a')).toBeNull();
  });

  it('counts cut lists in full and says how many of them it names', async () => {
    const cut = changes({
      totals: { added: 2_500, removed: 1, statusChanges: 1, progressChanges: 1, newlyOverdue: 1_200 },
    });
    const { text } = await render(cut);
    expect(text('h3')).toEqual([
      'Neu (2.500)',
      'Statuswechsel (1)',
      'Fortschritt geändert (1)',
      'Neu überfällig (1.200)',
      'Entfernt (1)',
    ]);
    expect(text('[data-testid="changes-added"] [data-testid="list-cut"]')).toEqual([
      'Die Liste nennt die ersten 1 von 2.500 Maßnahmen; alle enthält der Export des Maßnahmenregisters (CSV oder Excel).',
    ]);
    expect(text('[data-testid="changes-overdue"] [data-testid="list-cut"]')).toEqual([
      'Die Liste nennt die ersten 1 von 1.200 Maßnahmen; alle enthält der Export des Maßnahmenregisters (CSV oder Excel).',
    ]);
    // Whole lists say nothing of the kind.
    expect(text('[data-testid="list-cut"]')).toHaveLength(2);
    expect(changeCount(cut)).toBe(2_500 + 1 + 1 + 1_200 + 1);

    await TestBed.inject(LanguageService).switchTo('en');
    const english = await render(cut);
    expect(english.text('[data-testid="changes-added"] [data-testid="list-cut"]')).toEqual([
      'The list names the first 1 of 2,500 measures; the export of the measure register (CSV or Excel) has all of them.',
    ]);
  });

  it('says so when nothing changed, and links nothing where links are not wanted', async () => {
    const none = changes({
      added: [],
      removed: [],
      statusChanges: [],
      progressChanges: [],
      newlyOverdue: [],
      totals: { added: 0, removed: 0, statusChanges: 0, progressChanges: 0, newlyOverdue: 0 },
    });
    const { element, text } = await render(none, false);
    expect(text('[data-testid="changes-none"]')).toEqual(['Keine Änderungen.']);
    expect(element.querySelectorAll('h3')).toHaveLength(0);

    const linked = await render(changes(), false);
    expect(linked.element.querySelector('a')).toBeNull();
  });

  it('speaks English in the English interface', async () => {
    await TestBed.inject(LanguageService).switchTo('en');
    const { text } = await render(changes());
    expect(text('[data-testid="changes-status"] li')).toEqual(['Interkulturelle Woche – from Planned to In progress']);
  });

  it('lists new and corrected indicator values with their units and the indicators whose state changed', async () => {
    const { element, text } = await render(
      changes({
        newIndicatorValues: [
          { indicator: indicator(), date: '2025-12-31', from: null, to: 412 },
          { indicator: indicator(), date: '2024-12-31', from: 1234, to: 1234.5 },
        ],
        indicatorStateChanges: [{ indicator: indicator({ state: 'off_track' }), from: 'on_track', to: 'off_track' }],
      }),
    );
    expect(text('[data-testid="changes-indicator-values"] h3')).toEqual([
      'Neue oder korrigierte Werte von Kennzahlen (2)',
    ]);
    expect(
      text('[data-testid="changes-indicator-values"] [data-testid="change"]').map((line) =>
        line?.replace(/\u00a0/g, ' '),
      ),
    ).toEqual([
      'Engagierte in den Lokalen Partnerschaften – neuer Wert vom 31.12.2025: 412 Personen',
      'Engagierte in den Lokalen Partnerschaften – Wert vom 31.12.2024 korrigiert: 1.234 Personen → 1.234,5 Personen',
    ]);
    expect(text('[data-testid="changes-indicator-states"] [data-testid="change-detail"]')).toEqual([
      '– von Auf Kurs nach Nicht auf Kurs',
    ]);
    expect(element.querySelector('[data-testid="change-indicator"]')?.getAttribute('href')).toBe('/indicators/i-1');
    expect(
      changeCount(
        changes({
          newIndicatorValues: [{ indicator: indicator(), date: '2025-12-31', from: null, to: 412 }],
        }),
      ),
    ).toBe(6);
  });
});
