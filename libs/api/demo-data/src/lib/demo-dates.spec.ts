import { HARBURG_DEMO } from './bundled-data';
import { demoRelativeTo, shiftByMonths } from './demo-dates';
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
