import { MeasureDraft } from '@leitbild-monitor/dashboard/measures/data-access';
import { problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import {
  FEASIBILITY_VERDICTS,
  FeasibilityVerdict,
  MEASURE_ORIGINS,
  MeasureOrigin,
  Problem,
  TEXT_LIMITS,
} from '@leitbild-monitor/shared/contracts';
import { DATE_RANGE, isIsoCalendarDate } from '@leitbild-monitor/shared/domain';

/** The form's values: text inputs as strings (empty = not given), multi-selects as id lists. */
export interface MeasureFormValue {
  title: string;
  description: string;
  fieldOfActionId: string;
  guidelineIds: string[];
  leadActorId: string;
  partnerActorIds: string[];
  contactName: string;
  contactEmail: string;
  origin: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  progress: string;
  public: boolean;
  feasibility: string;
  feasibilityReason: string;
}
export type FormField = keyof MeasureFormValue;

export const FORM_FIELDS: readonly FormField[] = [
  'title',
  'description',
  'fieldOfActionId',
  'guidelineIds',
  'leadActorId',
  'partnerActorIds',
  'contactName',
  'contactEmail',
  'origin',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'progress',
  'public',
  'feasibility',
  'feasibilityReason',
];

/** A message for a field: a translation key with parameters. */
export interface FieldError {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
export type FormErrors = Partial<Record<FormField, readonly FieldError[]>>;

export function formValueOf(draft: MeasureDraft): MeasureFormValue {
  return {
    title: draft.title,
    description: draft.description ?? '',
    fieldOfActionId: draft.fieldOfActionId,
    guidelineIds: [...draft.guidelineIds],
    leadActorId: draft.leadActorId ?? '',
    partnerActorIds: [...draft.partnerActorIds],
    contactName: draft.contact.name ?? '',
    contactEmail: draft.contact.email ?? '',
    origin: draft.origin ?? '',
    plannedStart: draft.plannedStart ?? '',
    plannedEnd: draft.plannedEnd ?? '',
    actualStart: draft.actualStart ?? '',
    actualEnd: draft.actualEnd ?? '',
    progress: draft.progress === null ? '' : String(draft.progress),
    public: draft.public,
    feasibility: draft.feasibility ?? '',
    feasibilityReason: draft.feasibilityReason ?? '',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The draft the form describes; call only when `validateForm` found nothing. */
export function draftOfForm(value: MeasureFormValue): MeasureDraft {
  return {
    title: value.title.trim(),
    description: orNull(value.description),
    fieldOfActionId: value.fieldOfActionId,
    guidelineIds: [...value.guidelineIds],
    leadActorId: orNull(value.leadActorId),
    partnerActorIds: [...value.partnerActorIds],
    contact: { name: orNull(value.contactName), email: orNull(value.contactEmail) },
    origin: (MEASURE_ORIGINS as readonly string[]).includes(value.origin) ? (value.origin as MeasureOrigin) : null,
    plannedStart: orNull(value.plannedStart),
    plannedEnd: orNull(value.plannedEnd),
    actualStart: orNull(value.actualStart),
    actualEnd: orNull(value.actualEnd),
    progress: value.progress.trim() === '' ? null : Number(value.progress.trim()),
    public: value.public,
    feasibility: (FEASIBILITY_VERDICTS as readonly string[]).includes(value.feasibility)
      ? (value.feasibility as FeasibilityVerdict)
      : null,
    feasibilityReason: orNull(value.feasibilityReason),
  };
}

const length = (text: string) => [...text.trim()].length;
// Deliberately loose (the API checks properly): something@something.something, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks the API makes, done before sending so the user hears about them at once and in German. */
export function validateForm(value: MeasureFormValue): FormErrors {
  const errors: Partial<Record<FormField, FieldError[]>> = {};
  const add = (field: FormField, error: FieldError) => (errors[field] ??= []).push(error);
  const maxLength = (field: FormField, text: string, max: number) => {
    if (length(text) > max) add(field, { key: 'measureForm.errors.tooLong', params: { max } });
  };

  if (value.title.trim() === '') add('title', { key: 'measureForm.errors.required' });
  maxLength('title', value.title, TEXT_LIMITS.title);
  maxLength('description', value.description, TEXT_LIMITS.description);
  if (value.fieldOfActionId === '') add('fieldOfActionId', { key: 'measureForm.errors.requiredChoice' });
  maxLength('contactName', value.contactName, TEXT_LIMITS.name);
  maxLength('contactEmail', value.contactEmail, TEXT_LIMITS.email);
  if (value.contactEmail.trim() !== '' && !EMAIL.test(value.contactEmail.trim())) {
    add('contactEmail', { key: 'measureForm.errors.email' });
  }
  maxLength('feasibilityReason', value.feasibilityReason, TEXT_LIMITS.feasibilityReason);

  const dates = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
  for (const field of dates) {
    const text = value[field].trim();
    if (text !== '' && !isIsoCalendarDate(text)) {
      add(field, { key: 'measureForm.errors.date', params: { min: DATE_RANGE.min, max: DATE_RANGE.max } });
    }
  }
  const valid = (text: string) => isIsoCalendarDate(text.trim());
  if (valid(value.plannedStart) && valid(value.plannedEnd) && value.plannedEnd.trim() < value.plannedStart.trim()) {
    add('plannedEnd', { key: 'measureForm.errors.plannedOrder' });
  }
  if (valid(value.actualStart) && valid(value.actualEnd) && value.actualEnd.trim() < value.actualStart.trim()) {
    add('actualEnd', { key: 'measureForm.errors.actualOrder' });
  }

  const progress = value.progress.trim();
  if (progress !== '' && !(/^\d{1,3}$/.test(progress) && Number(progress) <= 100)) {
    add('progress', { key: 'measureForm.errors.progressRange' });
  }
  if (value.leadActorId !== '' && value.partnerActorIds.includes(value.leadActorId)) {
    add('partnerActorIds', { key: 'measureForm.errors.leadIsPartner' });
  }
  return errors;
}

/** API field names (as its problems name them) → the form field that shows the problem. */
const API_FIELD_TO_FORM: Readonly<Record<string, FormField>> = {
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  contact: 'contactName',
  ...Object.fromEntries(FORM_FIELDS.map((field) => [field, field])),
};

/**
 * The API's problems at the fields they name, in the words of the translations; the rest (field null, or a
 * field the form does not show) goes to the form's summary. An end before its start gets the form's own text,
 * which names the two dates.
 */
export function apiErrorsByField(problems: readonly Problem[]): {
  fields: FormErrors;
  other: readonly FieldError[];
} {
  const fields: Partial<Record<FormField, FieldError[]>> = {};
  const other: FieldError[] = [];
  for (const problem of problems) {
    const field = problem.field === null ? undefined : API_FIELD_TO_FORM[problem.field.replace(/\.\d+$/, '')];
    if (!field) {
      other.push(problemText(problem));
      continue;
    }
    const error: FieldError =
      problem.code === 'date_before_start'
        ? { key: field === 'actualEnd' ? 'measureForm.errors.actualOrder' : 'measureForm.errors.plannedOrder' }
        : problemText(problem);
    (fields[field] ??= []).push(error);
  }
  return { fields, other };
}
