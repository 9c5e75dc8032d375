import { problem, ProblemWithMessage } from '@leitbild-monitor/api/platform';
import type { CouncilPaper, FieldChange, Measure, Problem } from '@leitbild-monitor/shared/contracts';
import {
  applyCouncilPapers,
  diffMeasureFieldValues,
  isOverdue,
  MEASURE_FIELD_NAMES,
  MEASURE_FIELDS,
  MeasureFieldName,
  MeasureFieldValues,
  measureFieldValuesOf,
  measureStateProblems,
  sameCouncilPapers,
} from '@leitbild-monitor/shared/domain';
import type { UpdateMeasureDto } from './dto/update-measure.dto';
import type { MeasureEntity } from './measure.entity';

/**
 * The editable fields of a measure, flat and in the contract's names (the shared description's values). Edits
 * are applied to this state, compared field by field for the history, and written back to the entity.
 */
export type MeasureState = MeasureFieldValues;

export interface MeasureLinks {
  guidelineIds: string[];
  partnerActorIds: string[];
  indicatorIds: string[];
  /** Kept in their own table, in the order given; not among the shared field description's values. */
  councilPapers: CouncilPaper[];
}

type LinkField = Exclude<keyof MeasureLinks, 'councilPapers'>;
type ColumnField = Exclude<MeasureFieldName, LinkField>;

/** The entity's column of each field that is not a link table (a new field fails to compile until it has one). */
const COLUMN_OF = {
  title: 'title',
  description: 'description',
  fieldOfActionId: 'fieldOfActionId',
  leadActorId: 'leadActorId',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  origin: 'origin',
  plannedStart: 'plannedStart',
  plannedEnd: 'plannedEnd',
  actualStart: 'actualStart',
  actualEnd: 'actualEnd',
  progress: 'progress',
  public: 'isPublic',
  feasibility: 'feasibility',
  feasibilityReason: 'feasibilityReason',
} as const satisfies Record<ColumnField, keyof MeasureEntity>;
const COLUMN_FIELDS = Object.keys(COLUMN_OF) as ColumnField[];

export function stateOf(entity: MeasureEntity, links: MeasureLinks): MeasureState {
  const state: Record<string, unknown> = {};
  for (const field of COLUMN_FIELDS) state[field] = entity[COLUMN_OF[field]];
  return {
    ...(state as Omit<MeasureState, LinkField>),
    guidelineIds: [...links.guidelineIds].sort(),
    partnerActorIds: [...links.partnerActorIds].sort(),
    indicatorIds: [...links.indicatorIds].sort(),
  };
}

/**
 * The state after an edit: fields left out stay as they are, null clears a nullable field (`contact: null` both
 * contact fields); id lists are kept sorted and required text trimmed.
 */
export function applyEdit(current: MeasureState, edit: UpdateMeasureDto): MeasureState {
  const next: Record<string, unknown> = { ...current };
  for (const field of MEASURE_FIELD_NAMES) {
    const [head, part] = field.split('.');
    const given = (edit as Record<string, unknown>)[head];
    // A nested field's part: null when its object is cleared, left as it is when the object omits it.
    const value = part === undefined || given === null ? given : (given as Record<string, unknown> | undefined)?.[part];
    if (value === undefined) continue;
    const spec = MEASURE_FIELDS[field];
    next[field] = Array.isArray(value)
      ? [...value].sort()
      : spec.kind === 'text' && 'required' in spec && typeof value === 'string'
        ? value.trim()
        : value;
  }
  return next as MeasureState;
}

/** The fields that differ, old → new, in a stable order. */
export function diffStates(before: MeasureState, after: MeasureState): FieldChange[] {
  return diffMeasureFieldValues(before, after);
}

/** Copies the state's scalar fields onto the entity (links are written separately). */
export function writeState(entity: MeasureEntity, state: MeasureState): void {
  const columns = entity as unknown as Record<string, unknown>;
  for (const field of COLUMN_FIELDS) columns[COLUMN_OF[field]] = state[field];
}

/** Problems a state has as a whole (the shared rules between fields), each with its English sentence. */
export function stateProblems(state: MeasureState): ProblemWithMessage[] {
  return measureStateProblems(state).map(withMessage);
}

/** A problem of the shared measure rules with the sentence that says it in English. */
export function withMessage(found: Problem): ProblemWithMessage {
  const { field, code, params } = found;
  const message =
    code === 'date_before_start'
      ? `${field} must not be before ${params['other']}`
      : code === 'lead_is_partner'
        ? `${field} must not contain the lead actor`
        : `${field}: ${code.replace(/_/g, ' ')}`;
  return { problem: problem(code, field, params), message };
}

export function toMeasure(entity: MeasureEntity, links: MeasureLinks, today?: string): Measure {
  const state = stateOf(entity, links);
  return {
    id: entity.id,
    version: entity.version,
    title: state.title,
    description: state.description,
    status: entity.status,
    statusNote: entity.statusNote,
    progress: state.progress,
    fieldOfActionId: state.fieldOfActionId,
    guidelineIds: state.guidelineIds,
    leadActorId: state.leadActorId,
    partnerActorIds: state.partnerActorIds,
    indicatorIds: state.indicatorIds,
    contact: { name: state['contact.name'], email: state['contact.email'] },
    origin: state.origin,
    plannedStart: state.plannedStart,
    plannedEnd: state.plannedEnd,
    actualStart: state.actualStart,
    actualEnd: state.actualEnd,
    public: state.public,
    feasibility: state.feasibility,
    feasibilityReason: state.feasibilityReason,
    councilPapers: links.councilPapers,
    overdue: isOverdue(entity, today),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** The editable state of a measure as the API answers it (the inverse of `toMeasure` for these fields). */
export function stateOfMeasure(measure: Measure): MeasureState {
  return measureFieldValuesOf(measure);
}

/**
 * What an edit would change, without writing or checking rights: an import row that changes nothing is
 * "unchanged" even for a measure the user may not edit.
 */
export function changesOfEdit(measure: Measure, edit: UpdateMeasureDto): FieldChange[] {
  const before = stateOfMeasure(measure);
  const papers = councilPaperChange(measure.councilPapers, edit);
  return [...diffStates(before, applyEdit(before, edit)), ...(papers ? [papers] : [])];
}

/**
 * The change of the council papers an edit asks for (the whole list replaced; title, date and url left out kept from
 * the same reference), or null when it leaves them out or they stay as they are.
 */
export function councilPaperChange(current: CouncilPaper[], edit: UpdateMeasureDto): FieldChange | null {
  if (edit.councilPapers === undefined) return null;
  const next = applyCouncilPapers(current, edit.councilPapers);
  return sameCouncilPapers(current, next) ? null : { field: 'councilPapers', from: current, to: next };
}
