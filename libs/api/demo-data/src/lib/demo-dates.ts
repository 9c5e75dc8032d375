import type { DemoFile, DemoIndicatorsFile } from './seed-files';

/** `YYYY-MM-DD` moved by whole calendar months, the day kept or, in a shorter month, its last day. */
export function shiftByMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/**
 * The example data with every date moved by the same number of whole months, so that its history runs up to the
 * day before it is loaded (its latest entry within the last two months, always before today): the overview's
 * default period of the last twelve months then shows what the product does, and planned dates keep their
 * distance to the history, so the same measures are overdue whenever the data is loaded.
 */
export function demoRelativeTo(file: DemoFile, today: string): DemoFile {
  const latest = file.measures
    .flatMap((measure) => [measure.createdAt, ...measure.timeline.map((step) => step.date)])
    .reduce((max, date) => (date > max ? date : max), '0000-00-00');
  let months = monthIndex(today) - monthIndex(latest);
  // Strictly before today: the entries are stamped at office hours, which today may not have reached yet.
  if (shiftByMonths(latest, months) >= today) months -= 1;
  const move = (date: string) => shiftByMonths(date, months);
  const moveOptional = (date: string | null) => (date === null ? null : move(date));
  return {
    ...file,
    measures: file.measures.map((measure) => ({
      ...measure,
      createdAt: move(measure.createdAt),
      plannedStart: moveOptional(measure.plannedStart),
      plannedEnd: moveOptional(measure.plannedEnd),
      timeline: measure.timeline.map((step) => ({ ...step, date: move(step.date) })),
    })),
  };
}

/**
 * The example indicators with every date moved by the same number of whole years, so that their latest value is the
 * latest that lies before the day they are loaded: values at the end of a year or quarter stay there, and the goals
 * keep their distance to the values.
 */
export function demoIndicatorsRelativeTo(file: DemoIndicatorsFile, today: string): DemoIndicatorsFile {
  const latest = file.indicators
    .flatMap((indicator) => indicator.values.map((value) => value.date))
    .reduce((max, date) => (date > max ? date : max), '0000-00-00');
  let years = Number(today.slice(0, 4)) - Number(latest.slice(0, 4));
  if (shiftByMonths(latest, years * 12) >= today) years -= 1;
  const move = (date: string) => shiftByMonths(date, years * 12);
  return {
    indicators: file.indicators.map((indicator) => ({
      ...indicator,
      values: indicator.values.map((value) => ({ ...value, date: move(value.date) })),
      goals: indicator.goals.map((goal) => ({ ...goal, date: move(goal.date) })),
    })),
  };
}
