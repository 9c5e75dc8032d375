import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { IndicatorPoint, IndicatorTrend } from '@leitbild-monitor/shared/contracts';
import { assessIndicator, goalLineOf } from '@leitbild-monitor/shared/domain';
import { AssessedIndicator, indicatorSentence, trendLabel } from './indicator-sentence';
import { indicatorChart } from './indicator-chart';

const VALUES: IndicatorPoint[] = [
  { date: '2021-12-31', value: 300 },
  { date: '2022-12-31', value: 330 },
  { date: '2023-12-31', value: 352 },
  { date: '2024-12-31', value: 380 },
  { date: '2025-12-31', value: 412 },
];

/** What the sentence and chart take, assessed by the shared rule (the page gets the same from the API). */
function indicator(
  overrides: { values?: IndicatorPoint[]; goals?: IndicatorPoint[]; desiredTrend?: IndicatorTrend; unit?: string } = {},
): AssessedIndicator {
  const series = {
    desiredTrend: overrides.desiredTrend ?? 'increase',
    values: overrides.values ?? VALUES,
    goals: overrides.goals ?? [
      { date: '2025-12-31', value: 450 },
      { date: '2030-12-31', value: 600 },
    ],
  };
  return {
    ...assessIndicator(series),
    ...series,
    name: 'Engagierte in den Lokalen Partnerschaften',
    unit: overrides.unit ?? 'Personen',
    timeResolution: 'year',
    goalLine: goalLineOf(series),
  };
}

describe('indicator sentence, trend label and chart', () => {
  let t: (key: string, params?: Record<string, unknown>) => string;
  let english: (key: string, params?: Record<string, unknown>) => string;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    const transloco = TestBed.inject(TranslocoService);
    await new Promise<void>((resolve) => transloco.load('de').subscribe(() => resolve()));
    await new Promise<void>((resolve) => transloco.load('en').subscribe(() => resolve()));
    t = (key, params) => transloco.translate(key, params, 'de');
    english = (key, params) => transloco.translate(key, params, 'en');
  });

  it('says where an indicator stands: latest value, final goal, state against the goal line', () => {
    // 300 → 412 by 2025; the goal line from 300 (2021) to 450 (2025) stands at 450 at the end of 2025: behind it.
    expect(indicatorSentence(indicator(), t, 'de')).toBe(
      'Zuletzt 412\u00a0Personen (31.12.2025); Ziel 2030: 600\u00a0Personen; nicht auf Kurs: Die Ziellinie läge zu ' +
        'diesem Datum bei 450\u00a0Personen; 37,3\u00a0% des Weges vom Basiswert zum Ziel sind geschafft.',
    );
    const onTrack = indicator({ goals: [{ date: '2030-12-31', value: 500 }] });
    expect(onTrack.state).toBe('on_track');
    expect(indicatorSentence(onTrack, t, 'de')).toContain('auf Kurs: Die Ziellinie liegt zu diesem Datum bei');
  });

  it('names what is missing instead of a state', () => {
    expect(indicatorSentence(indicator({ values: [] }), t, 'de')).toBe(
      'Ziel 2030: 600\u00a0Personen; Es gibt noch keine Werte; der Stand kann nicht bewertet werden.',
    );
    expect(indicatorSentence(indicator({ goals: [] }), t, 'de')).toBe(
      'Zuletzt 412\u00a0Personen (31.12.2025); Es ist noch kein Ziel festgelegt; der Stand kann nicht bewertet werden.',
    );
  });

  it('says a reached goal, also for a decrease, in English too', () => {
    const fewer = indicator({
      desiredTrend: 'decrease',
      unit: 'Fälle',
      values: [
        { date: '2022-12-31', value: 40 },
        { date: '2024-12-31', value: 0 },
      ],
      goals: [{ date: '2030-12-31', value: 10 }],
    });
    expect(fewer.state).toBe('reached');
    expect(indicatorSentence(fewer, t, 'de')).toBe(
      'Zuletzt 0\u00a0Fälle (31.12.2024); Ziel 2030: 10\u00a0Fälle; Ziel erreicht.',
    );
    expect(indicatorSentence(fewer, english, 'en')).toBe(
      'Latest 0\u00a0Fälle (Dec 31, 2024); goal 2030: 10\u00a0Fälle; goal reached.',
    );
  });

  it('describes a trend line from its first to its last value', () => {
    const trend = indicator().values.map(({ date, value }) => ({ date, value }));
    expect(trendLabel(trend, 'Personen', t, 'de')).toBe(
      'Verlauf der letzten 5 Werte: von 300\u00a0Personen (31.12.2021) auf 412\u00a0Personen (31.12.2025); ' +
        'niedrigster Wert 300\u00a0Personen, höchster 412\u00a0Personen.',
    );
    expect(trendLabel([], 'Personen', t, 'de')).toBe('Noch keine Werte.');
  });

  it('charts values, goals, the goal line from the baseline and the baseline, one row per date', () => {
    const view = indicatorChart(indicator(), t, 'de');
    expect(view.kind).toBe('line');
    expect(view.labels).toEqual(['2021', '2022', '2023', '2024', '2025', '2030']);
    expect(view.series.map((series) => series.missing)).toEqual(['kein Wert', 'kein Ziel', '–', '–']);
    expect(view.series.map((series) => [series.label, series.style ?? 'line', series.values])).toEqual([
      ['Wert (Personen)', 'line', [300, 330, 352, 380, 412, null]],
      ['Ziel (Personen)', 'points', [null, null, null, null, 450, 600]],
      ['Ziellinie (Personen)', 'guide', [300, 337.47, 374.95, 412.53, 450, 600]],
      ['Basiswert (Personen)', 'marker', [300, null, null, null, null, null]],
    ]);
    expect(view.summary).toBe(indicatorSentence(indicator(), t, 'de'));
    expect(view.title).toBe('Verlauf: Engagierte in den Lokalen Partnerschaften');
  });

  it('leaves a missing value a gap, never zero', () => {
    const values = indicator().values.filter((value) => value.date !== '2023-12-31');
    const view = indicatorChart(indicator({ values }), t, 'de');
    expect(view.labels).toEqual(['2021', '2022', '2024', '2025', '2030']);
    expect(view.series[0].values).toEqual([300, 330, 380, 412, null]);
  });
});
