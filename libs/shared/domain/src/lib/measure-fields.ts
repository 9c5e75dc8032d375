import type { FieldChange, Measure } from '@leitbild-monitor/shared/contracts';
import { FEASIBILITY_VERDICTS, LIST_LIMITS, MEASURE_ORIGINS, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';

/** What a field holds; it decides how the field is checked, compared and left empty. */
export type MeasureFieldKind = 'text' | 'email' | 'id' | 'ids' | 'date' | 'int' | 'bool' | 'enum';

export interface MeasureFieldSpec {
  readonly kind: MeasureFieldKind;
  /** Characters at most (text, e-mail, id), or the highest value (int). */
  readonly max?: number;
  /** The lowest value (int). */
  readonly min?: number;
  /** Entries at most (ids). */
  readonly maxItems?: number;
  /** The allowed values (enum). */
  readonly values?: readonly string[];
  /** A value is needed: not null, not empty. */
  readonly required?: boolean;
  /** A date that must not lie before the date of this other field. */
  readonly notBefore?: string;
}

/** Ids of this API are UUIDs: 36 characters. */
export const ID_MAX_LENGTH = 36;

/**
 * The editable fields of a measure, once for API, dashboard and import: their kind, limits and the rules
 * between them. Nested fields carry the contract's path (`contact.email`), as the API's problems and the history
 * name them. Status and its note change only through the lifecycle and are not among them.
 */
export const MEASURE_FIELDS = {
  title: { kind: 'text', max: TEXT_LIMITS.title, required: true },
  description: { kind: 'text', max: TEXT_LIMITS.description },
  fieldOfActionId: { kind: 'id', max: ID_MAX_LENGTH, required: true },
  guidelineIds: { kind: 'ids', max: ID_MAX_LENGTH, maxItems: LIST_LIMITS.guidelineIds },
  leadActorId: { kind: 'id', max: ID_MAX_LENGTH },
  partnerActorIds: { kind: 'ids', max: ID_MAX_LENGTH, maxItems: LIST_LIMITS.partnerActorIds },
  indicatorIds: { kind: 'ids', max: ID_MAX_LENGTH, maxItems: LIST_LIMITS.indicatorIds },
  'contact.name': { kind: 'text', max: TEXT_LIMITS.name },
  'contact.email': { kind: 'email', max: TEXT_LIMITS.email },
  origin: { kind: 'enum', values: MEASURE_ORIGINS },
  plannedStart: { kind: 'date' },
  plannedEnd: { kind: 'date', notBefore: 'plannedStart' },
  actualStart: { kind: 'date' },
  actualEnd: { kind: 'date', notBefore: 'actualStart' },
  /** 0–100, or null when unknown (unknown is not 0). */
  progress: { kind: 'int', min: 0, max: 100 },
  public: { kind: 'bool' },
  feasibility: { kind: 'enum', values: FEASIBILITY_VERDICTS },
  feasibilityReason: { kind: 'text', max: TEXT_LIMITS.feasibilityReason },
} as const satisfies Record<string, MeasureFieldSpec>;

/** The note of a status change or progress report. */
export const MEASURE_NOTE = { kind: 'text', max: TEXT_LIMITS.note } as const satisfies MeasureFieldSpec;

export type MeasureFieldName = keyof typeof MEASURE_FIELDS;
export const MEASURE_FIELD_NAMES = Object.keys(MEASURE_FIELDS) as readonly MeasureFieldName[];

export function measureField(name: MeasureFieldName): MeasureFieldSpec {
  return MEASURE_FIELDS[name];
}

type ValueOf<S> = S extends { kind: 'ids' }
  ? string[]
  : S extends { kind: 'bool' }
    ? boolean
    : S extends { kind: 'int' }
      ? number | null
      : S extends { kind: 'enum'; values: readonly (infer V)[] }
        ? V | null
        : S extends { required: true }
          ? string
          : string | null;

/** A measure's editable values, flat, in the fields' names: the type follows from the description. */
export type MeasureFieldValues = { -readonly [K in MeasureFieldName]: ValueOf<(typeof MEASURE_FIELDS)[K]> };

type TopLevel<K> = K extends `${infer Head}.${string}` ? Head : K;
/** The properties of a create or update request the fields belong to (`contact.name` → `contact`). */
export type MeasureRequestField = TopLevel<MeasureFieldName>;
export const MEASURE_REQUEST_FIELDS = [
  ...new Set(MEASURE_FIELD_NAMES.map((name) => name.split('.')[0])),
] as readonly MeasureRequestField[];
// Every request property is a property of the measure and of the create request.
const requestFieldsCheck: readonly (keyof Measure)[] = MEASURE_REQUEST_FIELDS;
void requestFieldsCheck;

/** The values of a measure without any input: empty text for required fields, empty lists, false, else null. */
export function emptyMeasureFieldValues(): MeasureFieldValues {
  const values: Record<string, unknown> = {};
  for (const name of MEASURE_FIELD_NAMES) values[name] = emptyValue(MEASURE_FIELDS[name]);
  return values as MeasureFieldValues;
}

function emptyValue(spec: MeasureFieldSpec): unknown {
  if (spec.kind === 'ids') return [];
  if (spec.kind === 'bool') return false;
  return spec.required ? '' : null;
}

/** The flat values of a measure (or of anything shaped like its editable part); id lists sorted. */
export function measureFieldValuesOf(measure: Pick<Measure, MeasureRequestField>): MeasureFieldValues {
  const values: Record<string, unknown> = {};
  for (const name of MEASURE_FIELD_NAMES) {
    const [head, part] = name.split('.');
    const value = part
      ? ((measure as unknown as Record<string, Record<string, unknown> | null>)[head]?.[part] ?? null)
      : (measure as unknown as Record<string, unknown>)[head];
    values[name] = Array.isArray(value) ? [...value].sort() : value;
  }
  return values as MeasureFieldValues;
}

/** The inverse of `measureFieldValuesOf`: the flat values nested as a request carries them (`contact: { name }`). */
export function measureOfFieldValues(values: MeasureFieldValues): Pick<Measure, MeasureRequestField> {
  const measure: Record<string, unknown> = {};
  for (const name of MEASURE_FIELD_NAMES) {
    const [head, part] = name.split('.');
    measure[head] = part === undefined ? values[name] : { ...(measure[head] as object), [part]: values[name] };
  }
  return measure as Pick<Measure, MeasureRequestField>;
}

/**
 * Equal for a measure: id lists are sets (their order carries no meaning), objects (the contact) compare by
 * their parts, and a missing value is null.
 */
export function sameMeasureValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  if (isRecord(a) && isRecord(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((key) => sameMeasureValue(a[key], b[key]));
  }
  return (a ?? null) === (b ?? null);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields that differ, old → new, in the description's order: what the history records. */
export function diffMeasureFieldValues(before: MeasureFieldValues, after: MeasureFieldValues): FieldChange[] {
  return MEASURE_FIELD_NAMES.filter((name) => !sameMeasureValue(before[name], after[name])).map((name) => ({
    field: name,
    from: before[name],
    to: after[name],
  }));
}
