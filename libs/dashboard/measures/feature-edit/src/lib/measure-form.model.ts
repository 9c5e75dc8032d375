import { MeasureDraft } from '@leitbild-monitor/dashboard/measures/data-access';
import { problemText } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { CouncilPaper, Problem } from '@leitbild-monitor/shared/contracts';
import {
  DATE_RANGE,
  councilPaperProblems,
  MEASURE_FIELD_NAMES,
  MEASURE_FIELDS,
  MeasureFieldName,
  MeasureFieldValues,
  measureFieldValuesOf,
  measureOfFieldValues,
  measureValuesProblems,
  parseProgress,
} from '@leitbild-monitor/shared/domain';

type FormName<K> = K extends `${infer Head}.${infer Part}` ? `${Head}${Capitalize<Part>}` : K;
type FormInput<S> = S extends { kind: 'ids' } ? string[] : S extends { kind: 'bool' } ? boolean : string;

/**
 * The form's values, one per field of the shared description (`contact.name` as `contactName`): text inputs as
 * strings (empty = not given), multi-selects as id lists, checkboxes as booleans.
 */
export type MeasureFormValue = {
  [K in MeasureFieldName as FormName<K>]: FormInput<(typeof MEASURE_FIELDS)[K]>;
} & { councilPapers: CouncilPaperFormValue[] };

/** One council paper as its four inputs (empty = not given). */
export interface CouncilPaperFormValue {
  reference: string;
  title: string;
  date: string;
  url: string;
}
export const COUNCIL_PAPER_PARTS = ['reference', 'title', 'date', 'url'] as const;
export type CouncilPaperPart = (typeof COUNCIL_PAPER_PARTS)[number];
/** An input of one council paper, named as the API's problems name it: `councilPapers.1.url`. */
export type CouncilPaperField = `councilPapers.${number}.${CouncilPaperPart}`;

/** A field of the shared description as the form names it. */
export type InputField = Exclude<keyof MeasureFormValue, 'councilPapers'>;
/** What an error can be shown at: a field, the council papers as a whole, or one input of a paper. */
export type FormField = InputField | 'councilPapers' | CouncilPaperField;

/** The form field that shows a field of the description. */
function formFieldOf(name: MeasureFieldName): InputField {
  return name.replace(/\.(\w)/, (_, first: string) => first.toUpperCase()) as InputField;
}

export const FORM_FIELDS: readonly InputField[] = MEASURE_FIELD_NAMES.map(formFieldOf);

/** A message for a field: a translation key with parameters. */
export interface FieldError {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
export type FormErrors = Partial<Record<FormField, readonly FieldError[]>>;

/** The entry and input a council paper's field names, or null for another field. */
export function councilPaperFieldOf(field: string): { index: number; part: CouncilPaperPart } | null {
  const match = /^councilPapers\.(\d+)\.(reference|title|date|url)$/.exec(field);
  return match ? { index: Number(match[1]), part: match[2] as CouncilPaperPart } : null;
}

function councilPaperFormValue(paper: CouncilPaper): CouncilPaperFormValue {
  return { reference: paper.reference, title: paper.title ?? '', date: paper.date ?? '', url: paper.url ?? '' };
}

/** The papers as the API takes them: texts trimmed, empty ones null. */
function councilPapersOfForm(papers: readonly CouncilPaperFormValue[]): CouncilPaper[] {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return papers.map((paper) => ({
    reference: paper.reference.trim(),
    title: text(paper.title),
    date: text(paper.date),
    url: text(paper.url),
  }));
}

export function formValueOf(draft: MeasureDraft): MeasureFormValue {
  const values = measureFieldValuesOf(draft);
  const form: Record<string, unknown> = {};
  for (const name of MEASURE_FIELD_NAMES) {
    const value = values[name];
    form[formFieldOf(name)] =
      Array.isArray(value) || typeof value === 'boolean' ? value : value === null ? '' : String(value);
  }
  form['councilPapers'] = draft.councilPapers.map(councilPaperFormValue);
  return form as MeasureFormValue;
}

/**
 * The form's inputs as the description's values: blank text is not given (null), required text trimmed, an
 * unknown choice null; progress as typed (`parseProgress` reads it).
 */
function inputValues(value: MeasureFormValue): Record<MeasureFieldName, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of MEASURE_FIELD_NAMES) {
    const spec = MEASURE_FIELDS[name];
    const input = value[formFieldOf(name)];
    if (typeof input !== 'string') values[name] = Array.isArray(input) ? [...input] : input;
    else if ('required' in spec) values[name] = input.trim();
    else if (input.trim() === '') values[name] = null;
    else if (spec.kind === 'enum') values[name] = (spec.values as readonly string[]).includes(input) ? input : null;
    else values[name] = input.trim();
  }
  return values as Record<MeasureFieldName, unknown>;
}

/** The draft the form describes; call only when `validateForm` found nothing. */
export function draftOfForm(value: MeasureFormValue): MeasureDraft {
  const values = inputValues(value);
  const progress = parseProgress(value.progress);
  values.progress = 'value' in progress ? progress.value : null;
  return {
    ...measureOfFieldValues(values as MeasureFieldValues),
    councilPapers: councilPapersOfForm(value.councilPapers),
  };
}

/** The checks the API makes (the shared rules), done before sending so the user hears about them at once. */
export function validateForm(value: MeasureFormValue): FormErrors {
  const values: Partial<Record<MeasureFieldName, unknown>> = inputValues(value);
  const progress = parseProgress(value.progress);
  const problems: Problem[] = [];
  if ('problem' in progress) {
    problems.push(progress.problem);
    delete values.progress;
  } else values.progress = progress.value;
  problems.push(...measureValuesProblems(values));

  const errors: Partial<Record<FormField, FieldError[]>> = {};
  for (const problem of problems) {
    const field = formFieldOf(problem.field as MeasureFieldName);
    (errors[field] ??= []).push(formErrorOf(field, problem));
  }
  for (const problem of councilPaperProblems(councilPapersOfForm(value.councilPapers))) {
    const field = (problem.field ?? 'councilPapers') as FormField;
    (errors[field] ??= []).push(formErrorOf(field, problem));
  }
  return errors;
}

/** A problem of the shared rules in the form's own words where it has them (naming the two dates, say). */
function formErrorOf(field: FormField, problem: Problem): FieldError {
  switch (problem.code) {
    case 'required':
      return { key: field === 'fieldOfActionId' ? 'measureForm.errors.requiredChoice' : 'measureForm.errors.required' };
    case 'too_long':
      return { key: 'measureForm.errors.tooLong', params: { max: Number(problem.params['max']) } };
    case 'invalid_email':
      return { key: 'measureForm.errors.email' };
    case 'invalid_date':
      return councilPaperFieldOf(field)
        ? problemText(problem)
        : { key: 'measureForm.errors.date', params: { min: DATE_RANGE.min, max: DATE_RANGE.max } };
    case 'date_before_start':
      return { key: field === 'actualEnd' ? 'measureForm.errors.actualOrder' : 'measureForm.errors.plannedOrder' };
    case 'lead_is_partner':
      return { key: 'measureForm.errors.leadIsPartner' };
    default:
      return field === 'progress' ? { key: 'measureForm.errors.progressRange' } : problemText(problem);
  }
}

/** API field names (as its problems name them) → the form field that shows the problem. */
const API_FIELD_TO_FORM: Readonly<Record<string, FormField>> = {
  contact: 'contactName',
  councilPapers: 'councilPapers',
  ...Object.fromEntries(MEASURE_FIELD_NAMES.map((name) => [name, formFieldOf(name)])),
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
    const field =
      problem.field === null
        ? undefined
        : councilPaperFieldOf(problem.field)
          ? (problem.field as CouncilPaperField)
          : API_FIELD_TO_FORM[problem.field.replace(/\.\d+$/, '')];
    if (!field) {
      other.push(problemText(problem));
      continue;
    }
    const error = problem.code === 'date_before_start' ? formErrorOf(field, problem) : problemText(problem);
    (fields[field] ??= []).push(error);
  }
  return { fields, other };
}
