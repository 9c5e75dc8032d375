import { HARBURG_DEMO, HARBURG_DEMO_INDICATORS } from './bundled-data';
import { demoIndicatorsRelativeTo, demoRelativeTo, shiftByMonths } from './demo-dates';
import type { DemoFile } from './seed-files';

function allDates(file: DemoFile): string[] {
  return file.measures.flatMap((measure) => [measure.createdAt, ...measure.timeline.map((step) => step.date)]);
}

describe('demo dates', () => {
  it('moves dates by whole months, keeping the day or taking the last day of a shorter month', () => {
    expect(shiftByMonths('2026-10-05', 2)).toBe('2026-12-05');
    expect(shiftByMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftByMonths('2027-11-15', -13)).toBe('2026-10-15');
    expect(shiftByMonths('2016-12-05', 0)).toBe('2016-12-05');
  });

  it.each(['2026-12-06', '2026-12-01', '2030-06-30', '2031-03-14', '2025-02-03'])(
    'lets the history run up to the day before %s',
    (today) => {
      const moved = demoRelativeTo(HARBURG_DEMO, today);
      const latest = allDates(moved).sort().at(-1) as string;
      expect(latest < today).toBe(true);
      // The latest entry lies within the last two months: the default period of twelve months shows the history.
      expect(shiftByMonths(latest, 2) > today).toBe(true);
    },
  );

  it('keeps the order and the distances in months of every measure', () => {
    const moved = demoRelativeTo(HARBURG_DEMO, '2030-06-30');
    const original = HARBURG_DEMO.measures[0];
    const measure = moved.measures[0];
    const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
    const shift = months(measure.createdAt) - months(original.createdAt);
    expect(shift).toBeGreaterThan(0);
    expect(months(measure.plannedEnd as string) - months(original.plannedEnd as string)).toBe(shift);
    expect(measure.timeline.map((step) => step.date)).toEqual([...measure.timeline.map((step) => step.date)].sort());
    expect(moved.measures.map((entry) => entry.title)).toEqual(HARBURG_DEMO.measures.map((entry) => entry.title));
  });
});

describe('demo indicator dates', () => {
  const values = (today: string) =>
    demoIndicatorsRelativeTo(HARBURG_DEMO_INDICATORS, today).indicators.flatMap((indicator) => indicator.values);

  it.each(['2026-12-06', '2027-01-05', '2029-08-20', '2025-06-01'])(
    'moves them by whole years so that the latest value lies before %s, less than a year ago',
    (today) => {
      const latest = values(today)
        .map((value) => value.date)
        .sort()
        .at(-1) as string;
      expect(latest < today).toBe(true);
      expect(shiftByMonths(latest, 12) >= today).toBe(true);
      // Year-end values stay at the end of the year.
      expect(latest.slice(5)).toBe('12-31');
    },
  );

  it('keeps values, goals and their distances', () => {
    const original = HARBURG_DEMO_INDICATORS.indicators[0];
    const moved = demoIndicatorsRelativeTo(HARBURG_DEMO_INDICATORS, '2029-08-20').indicators[0];
    expect(moved.values.map((value) => value.value)).toEqual(original.values.map((value) => value.value));
    expect(moved.goals[0].date).toBe(shiftByMonths(original.goals[0].date, 36));
    expect(moved.values[0].date).toBe(shiftByMonths(original.values[0].date, 36));
  });
});
