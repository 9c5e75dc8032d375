import type { MeasureStatus, Problem, ProblemParams } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate } from './iso-date';
import {
  MEASURE_FIELD_NAMES,
  MEASURE_FIELDS,
  MEASURE_NOTE,
  MeasureFieldName,
  MeasureFieldSpec,
  MeasureFieldValues,
} from './measure-fields';
import { statusRequiresNote } from './status-lifecycle';

const problem = (field: string | null, code: Problem['code'], params: ProblemParams = {}): Problem => ({
  field,
  code,
  params,
});

/** Characters, not UTF-16 units: an emoji counts once. */
const characters = (text: string) => [...text].length;
// Deliberately loose (the API's e-mail check is stricter): something@something.something, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * What is wrong with one value of a field, by the field's kind and limits. Text is measured trimmed; null,
 * undefined and blank text count as not given, which only a required field refuses.
 */
export function fieldValueProblems(field: string, spec: MeasureFieldSpec, value: unknown): Problem[] {
  if (isBlank(value) || (spec.kind === 'ids' && Array.isArray(value) && value.length === 0)) {
    return spec.required ? [problem(field, 'required')] : [];
  }
  switch (spec.kind) {
    case 'text':
    case 'email':
    case 'id': {
      if (typeof value !== 'string') return [problem(field, 'not_string')];
      const text = value.trim();
      if (spec.max !== undefined && characters(text) > spec.max) return [problem(field, 'too_long', { max: spec.max })];
      return spec.kind === 'email' && !EMAIL.test(text) ? [problem(field, 'invalid_email')] : [];
    }
    case 'date':
      return typeof value === 'string' && isIsoCalendarDate(value.trim()) ? [] : [problem(field, 'invalid_date')];
    case 'int':
      return intProblems(field, spec, value);
    case 'bool':
      return typeof value === 'boolean' ? [] : [problem(field, 'not_boolean')];
    case 'enum':
      return spec.values?.includes(value as string)
        ? []
        : [problem(field, 'not_allowed_value', { allowed: spec.values ?? [] })];
    case 'ids': {
      if (!Array.isArray(value)) return [problem(field, 'not_array')];
      if (spec.maxItems !== undefined && value.length > spec.maxItems) {
        return [problem(field, 'too_many_items', { max: spec.maxItems })];
      }
      return new Set(value).size === value.length ? [] : [problem(field, 'duplicate_items')];
    }
  }
}

function intProblems(field: string, spec: MeasureFieldSpec, value: unknown): Problem[] {
  const range = { min: spec.min ?? null, max: spec.max ?? null };
  if (typeof value !== 'number' || !Number.isInteger(value)) return [problem(field, 'not_integer', range)];
  if (spec.min !== undefined && value < spec.min) return [problem(field, 'too_small', { min: spec.min })];
  if (spec.max !== undefined && value > spec.max) return [problem(field, 'too_large', { max: spec.max })];
  return [];
}

/** What is wrong with one field of a measure taken alone. */
export function measureFieldProblems(field: MeasureFieldName, value: unknown): Problem[] {
  return fieldValueProblems(field, MEASURE_FIELDS[field], value);
}

/**
 * The rules between a measure's fields: no end before its start (checked only when both are dates), and the
 * lead actor is not also a partner.
 */
export function measureStateProblems(state: Partial<Record<MeasureFieldName, unknown>>): Problem[] {
  const problems: Problem[] = [];
  for (const name of MEASURE_FIELD_NAMES) {
    const spec: MeasureFieldSpec = MEASURE_FIELDS[name];
    if (!spec.notBefore) continue;
    const start = dateOf(state[spec.notBefore as MeasureFieldName]);
    const end = dateOf(state[name]);
    if (start && end && end < start) problems.push(problem(name, 'date_before_start', { other: spec.notBefore }));
  }
  const lead = state.leadActorId;
  const partners = state.partnerActorIds;
  if (typeof lead === 'string' && lead !== '' && Array.isArray(partners) && partners.includes(lead)) {
    problems.push(problem('partnerActorIds', 'lead_is_partner'));
  }
  return problems;
}

function dateOf(value: unknown): string | null {
  return typeof value === 'string' && isIsoCalendarDate(value.trim()) ? value.trim() : null;
}

/** Every problem of the given fields: each one alone, then the rules between them. */
export function measureValuesProblems(
  values: Partial<MeasureFieldValues> | Partial<Record<MeasureFieldName, unknown>>,
) {
  const given = values as Partial<Record<MeasureFieldName, unknown>>;
  return [
    ...MEASURE_FIELD_NAMES.filter((name) => name in given).flatMap((name) => measureFieldProblems(name, given[name])),
    ...measureStateProblems(given),
  ];
}

/**
 * Progress as a person types it: empty → null (unknown, which is not 0), a whole number 0–100, else the
 * problem (`too_large` above 100, `not_integer` for anything else).
 */
export function parseProgress(text: string): { value: number | null } | { problem: Problem } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  const [found] = measureFieldProblems('progress', value);
  return found ? { problem: found } : { value };
}

/** A note's length, and whether one is needed at all. */
export function noteProblems(note: string | null | undefined, required = false, field = 'note'): Problem[] {
  return fieldValueProblems(field, { ...MEASURE_NOTE, required }, note);
}

/** The note of a change to `status`: those that need a reason (`note_required` with the status) and its length. */
export function statusNoteProblems(status: MeasureStatus, note: string | null | undefined): Problem[] {
  if (statusRequiresNote(status) && isBlank(note)) return [problem('note', 'note_required', { status })];
  return noteProblems(note);
}

/** A progress report: a note is needed, its length is limited, and the progress is 0–100 or unknown. */
export function progressReportProblems(report: { note: string; progress?: number | null }): Problem[] {
  return [
    ...noteProblems(report.note, true),
    ...(report.progress === undefined ? [] : measureFieldProblems('progress', report.progress)),
  ];
}
