import { FieldMessage } from '@leitbild-monitor/dashboard/shared/ui-forms';
import { IndicatorDraft } from '@leitbild-monitor/dashboard/indicators/data-access';
import {
  INDICATOR_LIMITS,
  IndicatorDueInterval,
  IndicatorTimeResolution,
  IndicatorTrend,
  User,
} from '@leitbild-monitor/shared/contracts';
import {
  INDICATOR_CODE_PATTERN,
  MONTH_DAY_PATTERN,
  indicatorStateProblems,
  mayWriteIndicator,
} from '@leitbild-monitor/shared/domain';

/** The form's values as the controls hold them (text for text, '' for "none"). */
export interface IndicatorFormValue {
  code: string;
  name: string;
  description: string;
  unit: string;
  fieldOfActionId: string;
  desiredTrend: IndicatorTrend;
  timeResolution: IndicatorTimeResolution;
  source: string;
  dueEvery: IndicatorDueInterval | '';
  dueMonth: string;
  dueDay: string;
  responsibleActorId: string;
  public: boolean;
  guidelineIds: string[];
  measureIds: string[];
  progressMeasureIds: string[];
  baselineDate: string;
}

/** The fields the form shows errors at, in form order (the error summary's order). */
export const INDICATOR_FORM_FIELDS = [
  'code',
  'name',
  'description',
  'unit',
  'fieldOfActionId',
  'desiredTrend',
  'timeResolution',
  'source',
  'dueEvery',
  'dueMonthDay',
  'responsibleActorId',
  'public',
  'guidelineIds',
  'measureIds',
  'progressMeasureIds',
  'baselineDate',
] as const;
export type IndicatorFormField = (typeof INDICATOR_FORM_FIELDS)[number];
export type IndicatorFormErrors = Partial<Record<IndicatorFormField, FieldMessage[]>>;

export function formValueOf(draft: IndicatorDraft): IndicatorFormValue {
  return {
    code: draft.code,
    name: draft.name,
    description: draft.description ?? '',
    unit: draft.unit,
    fieldOfActionId: draft.fieldOfActionId,
    desiredTrend: draft.desiredTrend,
    timeResolution: draft.timeResolution,
    source: draft.source ?? '',
    dueEvery: draft.dueEvery ?? '',
    dueMonth: draft.dueMonthDay?.slice(0, 2) ?? '',
    dueDay: draft.dueMonthDay?.slice(3, 5) ?? '',
    responsibleActorId: draft.responsibleActorId ?? '',
    public: draft.public,
    guidelineIds: [...draft.guidelineIds],
    measureIds: [...draft.measureIds],
    progressMeasureIds: [...draft.progressMeasureIds],
    baselineDate: draft.baselineDate ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The day of the year new values are due, `MM-DD`, from the month and day choices; null when either is empty. */
export function monthDayOf(value: Pick<IndicatorFormValue, 'dueMonth' | 'dueDay'>): string | null {
  return value.dueMonth && value.dueDay ? `${value.dueMonth}-${value.dueDay}` : null;
}

export function draftOfForm(value: IndicatorFormValue): IndicatorDraft {
  const measureIds = [...value.measureIds];
  return {
    code: value.code.trim(),
    name: value.name.trim(),
    description: orNull(value.description),
    unit: value.unit.trim(),
    fieldOfActionId: value.fieldOfActionId,
    desiredTrend: value.desiredTrend,
    timeResolution: value.timeResolution,
    source: orNull(value.source),
    dueEvery: value.dueEvery === '' ? null : value.dueEvery,
    dueMonthDay: value.dueEvery === 'year' ? monthDayOf(value) : null,
    responsibleActorId: value.responsibleActorId === '' ? null : value.responsibleActorId,
    public: value.public,
    guidelineIds: [...value.guidelineIds],
    measureIds,
    // Unlinking a measure also ends "shows its progress".
    progressMeasureIds: value.progressMeasureIds.filter((id) => measureIds.includes(id)),
    baselineDate: value.baselineDate === '' ? null : value.baselineDate,
  };
}

const length = (text: string) => [...text.trim()].length;

/**
 * The form's own checks, before anything is sent: required fields, limits, the code's spelling, the due day and the
 * rules between fields from the shared domain (the same the API applies), and the responsible actor an affiliated
 * editor must keep.
 */
export function validateIndicatorForm(value: IndicatorFormValue, user: User | null): IndicatorFormErrors {
  const errors: IndicatorFormErrors = {};
  const add = (field: IndicatorFormField, message: FieldMessage) => (errors[field] ??= []).push(message);
  const text = (field: 'code' | 'name' | 'description' | 'unit' | 'source', max: number, required = false) => {
    const current = value[field];
    if (required && current.trim() === '') add(field, { key: 'indicators.form.errors.required' });
    else if (length(current) > max) add(field, { key: 'indicators.form.errors.tooLong', params: { max } });
  };
  text('code', INDICATOR_LIMITS.code);
  text('name', INDICATOR_LIMITS.name, true);
  text('description', INDICATOR_LIMITS.description);
  text('unit', INDICATOR_LIMITS.unit, true);
  text('source', INDICATOR_LIMITS.source);
  if (value.code.trim() !== '' && !errors.code && !INDICATOR_CODE_PATTERN.test(value.code.trim())) {
    add('code', { key: 'indicators.form.errors.code' });
  }
  if (value.fieldOfActionId === '') add('fieldOfActionId', { key: 'indicators.form.errors.requiredChoice' });
  const monthDay = monthDayOf(value);
  const partial = (value.dueMonth === '') !== (value.dueDay === '');
  if (value.dueEvery === 'year' && (partial || (monthDay !== null && !MONTH_DAY_PATTERN.test(monthDay)))) {
    add('dueMonthDay', { key: 'indicators.form.errors.dueMonthDay' });
  }
  const draft = draftOfForm(value);
  for (const problem of indicatorStateProblems(draft)) {
    if (problem.field === 'dueMonthDay' && !errors.dueMonthDay) {
      add('dueMonthDay', { key: 'indicators.form.errors.dueMonthDay' });
    }
  }
  if (user && !mayWriteIndicator(user, draft)) {
    add('responsibleActorId', { key: 'indicators.form.errors.responsibility' });
  }
  return errors;
}

/** The API's name of a field, as the form names it; undefined for fields the form does not show. */
export function formFieldOf(apiField: string): IndicatorFormField | undefined {
  return (INDICATOR_FORM_FIELDS as readonly string[]).includes(apiField) ? (apiField as IndicatorFormField) : undefined;
}
