import { problem, ProblemWithMessage } from '@leitbild-monitor/api/platform';
import type { FieldChange, Measure } from '@leitbild-monitor/shared/contracts';
import { isOverdue } from '@leitbild-monitor/shared/domain';
import type { UpdateMeasureDto } from './dto/update-measure.dto';
import type { MeasureEntity } from './measure.entity';

/**
 * The editable fields of a measure, flat and in the contract's names. Edits are applied to this state,
 * compared field by field for the history, and written back to the entity.
 */
export interface MeasureState {
  title: string;
  description: string | null;
  fieldOfActionId: string;
  guidelineIds: string[];
  leadActorId: string | null;
  partnerActorIds: string[];
  'contact.name': string | null;
  'contact.email': string | null;
  origin: Measure['origin'];
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  progress: number | null;
  public: boolean;
  feasibility: Measure['feasibility'];
  feasibilityReason: string | null;
}

export interface MeasureLinks {
  guidelineIds: string[];
  partnerActorIds: string[];
}

export function stateOf(entity: MeasureEntity, links: MeasureLinks): MeasureState {
  return {
    title: entity.title,
    description: entity.description,
    fieldOfActionId: entity.fieldOfActionId,
    guidelineIds: [...links.guidelineIds].sort(),
    leadActorId: entity.leadActorId,
    partnerActorIds: [...links.partnerActorIds].sort(),
    'contact.name': entity.contactName,
    'contact.email': entity.contactEmail,
    origin: entity.origin,
    plannedStart: entity.plannedStart,
    plannedEnd: entity.plannedEnd,
    actualStart: entity.actualStart,
    actualEnd: entity.actualEnd,
    progress: entity.progress,
    public: entity.isPublic,
    feasibility: entity.feasibility,
    feasibilityReason: entity.feasibilityReason,
  };
}

/** The state after an edit: fields left out stay as they are, null clears a nullable field. */
export function applyEdit(current: MeasureState, edit: UpdateMeasureDto): MeasureState {
  const next: MeasureState = { ...current };
  const assign = <K extends keyof MeasureState>(key: K, value: MeasureState[K] | undefined) => {
    if (value !== undefined) next[key] = value;
  };
  assign('title', edit.title?.trim());
  assign('description', edit.description);
  assign('fieldOfActionId', edit.fieldOfActionId);
  assign('guidelineIds', edit.guidelineIds && [...edit.guidelineIds].sort());
  assign('leadActorId', edit.leadActorId);
  assign('partnerActorIds', edit.partnerActorIds && [...edit.partnerActorIds].sort());
  if (edit.contact === null) {
    next['contact.name'] = null;
    next['contact.email'] = null;
  } else if (edit.contact) {
    assign('contact.name', edit.contact.name);
    assign('contact.email', edit.contact.email);
  }
  assign('origin', edit.origin);
  assign('plannedStart', edit.plannedStart);
  assign('plannedEnd', edit.plannedEnd);
  assign('actualStart', edit.actualStart);
  assign('actualEnd', edit.actualEnd);
  assign('progress', edit.progress);
  assign('public', edit.public);
  assign('feasibility', edit.feasibility);
  assign('feasibilityReason', edit.feasibilityReason);
  return next;
}

/** The fields that differ, old → new, in a stable order. */
export function diffStates(before: MeasureState, after: MeasureState): FieldChange[] {
  return (Object.keys(after) as (keyof MeasureState)[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, from: before[field], to: after[field] }));
}

/** Copies the state's scalar fields onto the entity (links are written separately). */
export function writeState(entity: MeasureEntity, state: MeasureState): void {
  entity.title = state.title;
  entity.description = state.description;
  entity.fieldOfActionId = state.fieldOfActionId;
  entity.leadActorId = state.leadActorId;
  entity.contactName = state['contact.name'];
  entity.contactEmail = state['contact.email'];
  entity.origin = state.origin;
  entity.plannedStart = state.plannedStart;
  entity.plannedEnd = state.plannedEnd;
  entity.actualStart = state.actualStart;
  entity.actualEnd = state.actualEnd;
  entity.progress = state.progress;
  entity.isPublic = state.public;
  entity.feasibility = state.feasibility;
  entity.feasibilityReason = state.feasibilityReason;
}

/** Problems a state has as a whole, each naming the field, e.g. an end before its start. */
export function stateProblems(state: MeasureState): ProblemWithMessage[] {
  const problems: ProblemWithMessage[] = [];
  if (state.plannedStart && state.plannedEnd && state.plannedEnd < state.plannedStart) {
    problems.push({
      problem: problem('date_before_start', 'plannedEnd', { other: 'plannedStart' }),
      message: 'plannedEnd must not be before plannedStart',
    });
  }
  if (state.actualStart && state.actualEnd && state.actualEnd < state.actualStart) {
    problems.push({
      problem: problem('date_before_start', 'actualEnd', { other: 'actualStart' }),
      message: 'actualEnd must not be before actualStart',
    });
  }
  if (state.leadActorId && state.partnerActorIds.includes(state.leadActorId)) {
    problems.push({
      problem: problem('lead_is_partner', 'partnerActorIds'),
      message: 'partnerActorIds must not contain the lead actor',
    });
  }
  return problems;
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
    contact: { name: state['contact.name'], email: state['contact.email'] },
    origin: state.origin,
    plannedStart: state.plannedStart,
    plannedEnd: state.plannedEnd,
    actualStart: state.actualStart,
    actualEnd: state.actualEnd,
    public: state.public,
    feasibility: state.feasibility,
    feasibilityReason: state.feasibilityReason,
    overdue: isOverdue(entity, today),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** The editable state of a measure as the API answers it (the inverse of `toMeasure` for these fields). */
export function stateOfMeasure(measure: Measure): MeasureState {
  return {
    title: measure.title,
    description: measure.description,
    fieldOfActionId: measure.fieldOfActionId,
    guidelineIds: [...measure.guidelineIds].sort(),
    leadActorId: measure.leadActorId,
    partnerActorIds: [...measure.partnerActorIds].sort(),
    'contact.name': measure.contact.name,
    'contact.email': measure.contact.email,
    origin: measure.origin,
    plannedStart: measure.plannedStart,
    plannedEnd: measure.plannedEnd,
    actualStart: measure.actualStart,
    actualEnd: measure.actualEnd,
    progress: measure.progress,
    public: measure.public,
    feasibility: measure.feasibility,
    feasibilityReason: measure.feasibilityReason,
  };
}

/**
 * What an edit would change, without writing or checking rights: an import row that changes nothing is
 * "unchanged" even for a measure the user may not edit.
 */
export function changesOfEdit(measure: Measure, edit: UpdateMeasureDto): FieldChange[] {
  const before = stateOfMeasure(measure);
  return diffStates(before, applyEdit(before, edit));
}
