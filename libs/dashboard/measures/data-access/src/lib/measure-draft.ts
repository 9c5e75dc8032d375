import { CreateMeasureRequest, Measure, UpdateMeasureRequest } from '@leitbild-monitor/shared/contracts';
import {
  emptyMeasureFieldValues,
  MEASURE_REQUEST_FIELDS,
  measureFieldValuesOf,
  measureOfFieldValues,
  MeasureRequestField,
  sameCouncilPapers,
  sameMeasureValue,
} from '@leitbild-monitor/shared/domain';

/**
 * The fields of a measure the edit form changes (status and progress notes have their own dialogs): the shared
 * description's fields as a request names them (`contact` for its name and e-mail), and the council papers.
 */
export type EditableField = MeasureRequestField | 'councilPapers';
export const EDITABLE_FIELDS: readonly EditableField[] = [...MEASURE_REQUEST_FIELDS, 'councilPapers'];

/** A measure as the form edits it: every editable field, with the API's types. */
export type MeasureDraft = Pick<Measure, EditableField>;

/** What the API's field errors and the history call these fields, mapped to the form's field. */
export type DraftValue = MeasureDraft[EditableField];

export function emptyDraft(): MeasureDraft {
  return { ...measureOfFieldValues(emptyMeasureFieldValues()), councilPapers: [] };
}

export function draftOf(measure: Measure): MeasureDraft {
  return { ...measureOfFieldValues(measureFieldValuesOf(measure)), councilPapers: measure.councilPapers };
}

/**
 * Equal for the measure: id lists are sets (their order carries no meaning), the contact compares by its parts;
 * council papers are a list whose order counts (the API keeps it).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isCouncilPaperList(a) && isCouncilPaperList(b)) return sameCouncilPapers(a, b);
  return sameMeasureValue(a, b);
}

function isCouncilPaperList(value: unknown): value is MeasureDraft['councilPapers'] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((entry) => typeof entry === 'object' && entry !== null && 'reference' in entry)
  );
}

/** Only the fields the user changed: a PATCH that leaves everything else as whoever saved last left it. */
export function changedFields(base: MeasureDraft, edited: MeasureDraft): UpdateMeasureRequest {
  const patch: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    if (!sameValue(base[field], edited[field])) {
      patch[field] = edited[field];
    }
  }
  return patch as UpdateMeasureRequest;
}

/** One field someone else changed while the user was editing. */
export interface ServerChange {
  readonly field: EditableField;
  /** The value the user started from. */
  readonly before: unknown;
  /** The value saved in between. */
  readonly theirs: unknown;
  /** Whether the user changed the same field too; `yours` is then the user's value. */
  readonly clash: boolean;
  readonly yours: unknown;
}

/** What changed on the server between the version the user started from and the current one. */
export function serverChanges(base: MeasureDraft, server: MeasureDraft, mine: UpdateMeasureRequest): ServerChange[] {
  return EDITABLE_FIELDS.filter((field) => !sameValue(base[field], server[field])).map((field) => {
    const clash = field in mine && !sameValue(mine[field], server[field]);
    return { field, before: base[field], theirs: server[field], clash, yours: clash ? mine[field] : undefined };
  });
}

/**
 * The user's changes on top of the current version: what a re-sent PATCH will produce. Fields the user changed
 * win; everything else is the server's.
 */
export function rebase(server: MeasureDraft, mine: UpdateMeasureRequest): MeasureDraft {
  return { ...server, ...(mine as Partial<MeasureDraft>) };
}

/** The user's changes that still differ from the current version (a field both set to the same value is done). */
export function stillToApply(server: MeasureDraft, mine: UpdateMeasureRequest): UpdateMeasureRequest {
  return changedFields(server, rebase(server, mine));
}

/** The body of `POST /measures`: empty optional fields are left out, so the API applies its defaults. */
export function createRequestOf(draft: MeasureDraft): CreateMeasureRequest {
  const request = changedFields(emptyDraft(), draft) as CreateMeasureRequest;
  return { ...request, title: draft.title, fieldOfActionId: draft.fieldOfActionId };
}
