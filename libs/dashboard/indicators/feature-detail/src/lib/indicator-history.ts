import { Translate } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { formatIndicatorDate, formatIndicatorValue } from '@leitbild-monitor/dashboard/indicators/ui';
import { FieldChange, IndicatorHistoryEntry } from '@leitbild-monitor/shared/contracts';

/** Names the page knows for the ids an indicator refers to. */
export interface IndicatorNames {
  readonly fieldsOfAction: ReadonlyMap<string, string>;
  readonly actors: ReadonlyMap<string, string>;
  /** Guideline id → its code (e.g. "1.2"). */
  readonly guidelines: ReadonlyMap<string, string>;
  /** Measure id → its title. */
  readonly measures: ReadonlyMap<string, string>;
}

/** One change of a history entry in words: "Einheit: Personen → Engagierte". */
export interface ChangeLine {
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

/** What an entry is about: "Wert vom 31.12.2025", "Angaben geändert". */
export function historyTitle(entry: IndicatorHistoryEntry, t: Translate, locale: string): string {
  return t(`indicators.history.${entry.kind}`, { date: entry.date ? formatIndicatorDate(entry.date, locale) : '' });
}

const KEYED: Readonly<Record<string, string>> = {
  desiredTrend: 'indicators.desiredTrend.',
  timeResolution: 'indicators.timeResolution.',
  dueEvery: 'indicators.dueEvery.',
};

/**
 * A change in words: numbers of values and goals with the unit, ids as names, keys translated, yes/no, and
 * "keine Angabe" for empty. Unknown ids stay visible as themselves.
 */
export function changeLine(
  change: FieldChange,
  unit: string,
  names: IndicatorNames,
  t: Translate,
  locale: string,
): ChangeLine {
  const idNames: Readonly<Record<string, ReadonlyMap<string, string>>> = {
    fieldOfActionId: names.fieldsOfAction,
    responsibleActorId: names.actors,
    guidelineIds: names.guidelines,
    measureIds: names.measures,
    progressMeasureIds: names.measures,
  };
  const words = (value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      return t('indicators.history.none');
    }
    if (Array.isArray(value)) return value.map((item) => words(item)).join(', ');
    if ((change.field === 'value' || change.field === 'goal') && typeof value === 'number') {
      return formatIndicatorValue(value, unit, locale);
    }
    if (change.field === 'baselineDate' && typeof value === 'string') return formatIndicatorDate(value, locale);
    if (typeof value === 'boolean') return t(value ? 'measure.value.yes' : 'measure.value.no');
    if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    const text = String(value);
    const keyed = KEYED[change.field];
    if (keyed) return t(keyed + text);
    return idNames[change.field]?.get(text) ?? text;
  };
  const label = change.field in KEYED || change.field in idNames || FIELD_LABELS.has(change.field);
  return {
    label: label ? t(`indicators.fields.${change.field}`) : change.field,
    from: words(change.from),
    to: words(change.to),
  };
}

const FIELD_LABELS = new Set([
  'code',
  'name',
  'description',
  'unit',
  'source',
  'public',
  'dueMonthDay',
  'baselineDate',
  'value',
  'goal',
  'note',
]);
