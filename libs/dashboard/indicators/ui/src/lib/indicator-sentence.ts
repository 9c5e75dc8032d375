import { Translate } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { IndicatorAssessment, IndicatorPoint } from '@leitbild-monitor/shared/contracts';
import { formatIndicatorDate, formatIndicatorValue } from './indicator-format';

/** What the sentence and the chart need of an indicator: the public one has it as well as the internal one. */
export interface AssessedIndicator extends IndicatorAssessment {
  name: string;
  unit: string;
  values: readonly IndicatorPoint[];
  goals: readonly IndicatorPoint[];
  goalLine: readonly IndicatorPoint[];
  timeResolution: 'year' | 'quarter' | 'month';
  desiredTrend: 'increase' | 'decrease';
}

type SentenceFacts = Pick<
  IndicatorAssessment,
  'state' | 'progress' | 'baseline' | 'latest' | 'finalGoal' | 'goalLineAtLatest'
> & { unit: string };

/**
 * One sentence that says where an indicator stands, the text alternative of its chart and its summary in lists:
 * "Zuletzt 412 Personen (31.12.2025); Ziel 2030: 600 Personen; auf Kurs: …". Without a value, a goal or a value after
 * the baseline, it says which is missing instead of a state.
 */
export function indicatorSentence(indicator: SentenceFacts, t: Translate, locale: string): string {
  const value = (point: IndicatorPoint | number) =>
    formatIndicatorValue(typeof point === 'number' ? point : point.value, indicator.unit, locale);
  const parts: string[] = [];
  const { latest, finalGoal } = indicator;
  if (latest) {
    parts.push(
      t('indicators.sentence.latest', { value: value(latest), date: formatIndicatorDate(latest.date, locale) }),
    );
  }
  if (finalGoal) {
    parts.push(t('indicators.sentence.goal', { year: finalGoal.date.slice(0, 4), value: value(finalGoal) }));
  }
  const percent =
    indicator.progress === null
      ? ''
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(indicator.progress / 100);
  switch (indicator.state) {
    case 'reached':
      parts.push(t('indicators.sentence.reached'));
      break;
    case 'on_track':
    case 'off_track':
      parts.push(
        t(`indicators.sentence.${indicator.state}`, {
          expected: indicator.goalLineAtLatest === null ? '' : value(indicator.goalLineAtLatest),
          progress: percent,
        }),
      );
      break;
    default:
      parts.push(
        t(
          !latest
            ? 'indicators.sentence.noValues'
            : !finalGoal
              ? 'indicators.sentence.noGoal'
              : 'indicators.sentence.onlyBaseline',
        ),
      );
  }
  return t('indicators.sentence.join', { text: parts.join('; ') });
}

/** The text alternative of a list row's trend line: from the first to the last value shown, with dates. */
export function trendLabel(trend: readonly IndicatorPoint[], unit: string, t: Translate, locale: string): string {
  if (trend.length === 0) return t('indicators.trend.none');
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (trend.length === 1) {
    return t('indicators.trend.one', {
      value: formatIndicatorValue(first.value, unit, locale),
      date: formatIndicatorDate(first.date, locale),
    });
  }
  return t('indicators.trend.range', {
    count: trend.length,
    from: formatIndicatorValue(first.value, unit, locale),
    fromDate: formatIndicatorDate(first.date, locale),
    to: formatIndicatorValue(last.value, unit, locale),
    toDate: formatIndicatorDate(last.date, locale),
    min: formatIndicatorValue(Math.min(...trend.map((point) => point.value)), unit, locale),
    max: formatIndicatorValue(Math.max(...trend.map((point) => point.value)), unit, locale),
  });
}
