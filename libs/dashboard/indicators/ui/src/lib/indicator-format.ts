import { IndicatorTimeResolution } from '@leitbild-monitor/shared/contracts';

/**
 * Formatters made once per language and kind: creating an Intl formatter costs far more than using it, and the public
 * page formats every value, goal and date of every indicator while it first renders.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** A number of an indicator in the UI language: `1.234,5` in German, `1,234.5` in English, up to 2 decimals. */
export function formatIndicatorNumber(value: number, locale: string): string {
  return formatter(`number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/**
 * A value with its unit: `412 Personen`, `12,5 %` (German) or `12.5%` (English), `1.234 EUR`. The space is a
 * no-break space, so a value and its unit are never split across lines.
 */
export function formatIndicatorValue(value: number, unit: string, locale: string): string {
  const number = formatIndicatorNumber(value, locale);
  const trimmed = unit.trim();
  if (trimmed === '') return number;
  if (trimmed === '%' && locale.startsWith('en')) return `${number}%`;
  return `${number}\u00a0${trimmed}`;
}

function utcDate(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

/** A calendar date (YYYY-MM-DD) in the UI language: `31.12.2025`, `Dec 31, 2025`. */
export function formatIndicatorDate(date: string, locale: string): string {
  return formatter(
    `date|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(utcDate(date));
}

/** The short label of a date at the indicator's resolution: `2025`, `Q4 2025`, `Dez. 2025`. */
export function periodLabel(date: string, resolution: IndicatorTimeResolution, locale: string): string {
  const year = date.slice(0, 4);
  if (resolution === 'year') return year;
  if (resolution === 'quarter') return `Q${Math.ceil(Number(date.slice(5, 7)) / 3)} ${year}`;
  return formatter(
    `month|${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(utcDate(date));
}

/**
 * Labels of a row of dates: the short period labels when they tell every date apart, else the full dates (two
 * values in one year of a yearly indicator).
 */
export function dateLabels(dates: readonly string[], resolution: IndicatorTimeResolution, locale: string): string[] {
  const short = dates.map((date) => periodLabel(date, resolution, locale));
  return new Set(short).size === short.length ? short : dates.map((date) => formatIndicatorDate(date, locale));
}
