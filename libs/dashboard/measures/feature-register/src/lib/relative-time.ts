const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60 * 60 * 1000],
  ['month', 30 * 24 * 60 * 60 * 1000],
  ['week', 7 * 24 * 60 * 60 * 1000],
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/**
 * How long ago a moment was, in the words of the locale ("vor 4 Monaten", "gestern", "4 months ago"), in the
 * largest unit that fits. Moments in the future (clock skew) read as "now".
 */
export function relativeTime(moment: string | Date, now: Date, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = Math.max(0, now.getTime() - new Date(moment).getTime());
  for (const [unit, length] of UNITS) {
    if (elapsed >= length) {
      return format.format(-Math.floor(elapsed / length), unit);
    }
  }
  return format.format(0, 'minute');
}
