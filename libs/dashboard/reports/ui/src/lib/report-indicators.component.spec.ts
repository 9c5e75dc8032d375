import { TestBed } from '@angular/core/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ReportingIndicatorField, SnapshotIndicator } from '@leitbild-monitor/shared/contracts';
import { ReportIndicatorsComponent } from './report-indicators.component';

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
    state: 'off_track',
    progress: 37.3,
    baseline: { date: '2021-12-31', value: 300 },
    latest: { date: '2025-12-31', value: 412 },
    finalGoal: { date: '2030-12-31', value: 600 },
    ...overrides,
  };
}

const fields: ReportingIndicatorField[] = [
  {
    fieldOfActionId: 'f2',
    name: 'Ehrenamt',
    total: 2,
    byState: { on_track: 0, off_track: 1, reached: 0, no_data: 1 },
    indicators: [
      indicator(),
      indicator({
        indicatorId: 'i-2',
        name: 'Anteil Ausbildungsplätze',
        unit: '%',
        state: 'no_data',
        progress: null,
        latest: null,
        baseline: null,
        finalGoal: { date: '2030-12-31', value: 12.5 },
      }),
    ],
  },
];

const clean = (text: string | null | undefined) => text?.replace(/[\s\u00a0]+/g, ' ').trim();

describe('ReportIndicatorsComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideI18nTesting()] }));

  it('shows per field of action the counts by state and each indicator with value, goal, state and progress', async () => {
    const fixture = TestBed.createComponent(ReportIndicatorsComponent);
    fixture.componentRef.setInput('fields', fields);
    fixture.componentRef.setInput('locale', 'de');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(clean(element.querySelector('h3')?.textContent)).toBe('Ehrenamt');
    expect(clean(element.querySelector('[data-testid="report-indicator-counts"]')?.textContent)).toBe(
      '2 Kennzahlen: 0 auf Kurs, 1 nicht auf Kurs, 0 Ziel erreicht, 1 ohne Daten',
    );
    const rows = [...element.querySelectorAll('[data-testid="report-indicator-row"]')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => clean(cell.textContent)),
    );
    expect(rows).toEqual([
      [
        'Engagierte in den Lokalen Partnerschaften',
        '412 Personen (31.12.2025)',
        '600 Personen (31.12.2030)',
        '⚠ Nicht auf Kurs',
        '37,3 %',
      ],
      ['Anteil Ausbildungsplätze', 'noch kein Wert', '12,5 % (31.12.2030)', '– Ohne Daten', '–'],
    ]);
    expect(clean(element.querySelector('caption')?.textContent)).toBe('Kennzahlen im Handlungsfeld „Ehrenamt“');
  });
});
