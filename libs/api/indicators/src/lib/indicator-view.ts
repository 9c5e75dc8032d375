import type {
  FieldChange,
  Indicator,
  IndicatorAssessment,
  IndicatorBase,
  IndicatorDueInterval,
  IndicatorMeasure,
  IndicatorPoint,
  IndicatorTimeResolution,
  IndicatorTrend,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_TREND_POINTS } from '@leitbild-monitor/shared/contracts';
import { assessIndicator, goalLineOf, sameMeasureValue } from '@leitbild-monitor/shared/domain';
import type { UpdateIndicatorDto } from './dto/update-indicator.dto';
import type { IndicatorEntity } from './indicator.entity';

/** The links of an indicator: its guidelines and its measures (and of those, whose progress it shows). */
export interface IndicatorLinks {
  guidelineIds: string[];
  measureIds: string[];
  progressMeasureIds: string[];
}

/** An indicator's values and goals as the rule reads them, by date. */
export interface IndicatorSeriesRows {
  values: { date: string; value: number; note: string | null; enteredByName: string; enteredAt: string }[];
  goals: IndicatorPoint[];
}

/**
 * The editable fields of an indicator, flat and in the contract's names. Edits are applied to this state,
 * compared field by field for the history, and written back to the entity.
 */
export interface IndicatorEditState extends IndicatorLinks {
  code: string;
  name: string;
  description: string | null;
  unit: string;
  desiredTrend: IndicatorTrend;
  timeResolution: IndicatorTimeResolution;
  source: string | null;
  fieldOfActionId: string;
  responsibleActorId: string | null;
  public: boolean;
  dueEvery: IndicatorDueInterval | null;
  dueMonthDay: string | null;
  baselineDate: string | null;
}

/** The fields in the order the history lists their changes. */
export const INDICATOR_EDIT_FIELDS = [
  'code',
  'name',
  'description',
  'unit',
  'desiredTrend',
  'timeResolution',
  'source',
  'fieldOfActionId',
  'guidelineIds',
  'responsibleActorId',
  'public',
  'dueEvery',
  'dueMonthDay',
  'baselineDate',
  'measureIds',
  'progressMeasureIds',
] as const satisfies readonly (keyof IndicatorEditState)[];

/** The entity's column of each field that is not a link (a new field fails to compile until it has one). */
const COLUMN_OF = {
  code: 'code',
  name: 'name',
  description: 'description',
  unit: 'unit',
  desiredTrend: 'desiredTrend',
  timeResolution: 'timeResolution',
  source: 'source',
  fieldOfActionId: 'fieldOfActionId',
  responsibleActorId: 'responsibleActorId',
  public: 'isPublic',
  dueEvery: 'dueEvery',
  dueMonthDay: 'dueMonthDay',
  baselineDate: 'baselineDate',
} as const satisfies Record<Exclude<keyof IndicatorEditState, keyof IndicatorLinks>, keyof IndicatorEntity>;
const COLUMN_FIELDS = Object.keys(COLUMN_OF) as (keyof typeof COLUMN_OF)[];

export function emptyLinks(): IndicatorLinks {
  return { guidelineIds: [], measureIds: [], progressMeasureIds: [] };
}

export function stateOf(entity: IndicatorEntity, links: IndicatorLinks): IndicatorEditState {
  const state: Record<string, unknown> = {};
  for (const field of COLUMN_FIELDS) state[field] = entity[COLUMN_OF[field]];
  return {
    ...(state as Omit<IndicatorEditState, keyof IndicatorLinks>),
    guidelineIds: [...links.guidelineIds].sort(),
    measureIds: [...links.measureIds].sort(),
    progressMeasureIds: [...links.progressMeasureIds].sort(),
  };
}

/**
 * The state after an edit: fields left out stay as they are, null clears a nullable field, id lists are kept
 * sorted. A measure that is no longer linked no longer has its progress shown either.
 */
export function applyEdit(current: IndicatorEditState, edit: UpdateIndicatorDto): IndicatorEditState {
  const next: Record<string, unknown> = { ...current };
  for (const field of INDICATOR_EDIT_FIELDS) {
    const value = (edit as Record<string, unknown>)[field];
    if (value === undefined) continue;
    next[field] = Array.isArray(value) ? [...value].sort() : value;
  }
  const state = next as unknown as IndicatorEditState;
  if (edit.measureIds !== undefined && edit.progressMeasureIds === undefined) {
    state.progressMeasureIds = state.progressMeasureIds.filter((id) => state.measureIds.includes(id));
  }
  return state;
}

/** The fields that differ, old → new (id lists compare as sets). */
export function diffStates(before: IndicatorEditState, after: IndicatorEditState): FieldChange[] {
  return INDICATOR_EDIT_FIELDS.filter((field) => !sameMeasureValue(before[field], after[field])).map((field) => ({
    field,
    from: before[field],
    to: after[field],
  }));
}

/** Copies the state's scalar fields onto the entity (links are written separately). */
export function writeState(entity: IndicatorEntity, state: IndicatorEditState): void {
  const columns = entity as unknown as Record<string, unknown>;
  for (const field of COLUMN_FIELDS) columns[COLUMN_OF[field]] = state[field];
}

/** The rule's result for an indicator with these values and goals. */
export function assessmentOf(
  indicator: { desiredTrend: IndicatorTrend; baselineDate: string | null },
  series: IndicatorSeriesRows,
): IndicatorAssessment {
  return assessIndicator({
    desiredTrend: indicator.desiredTrend,
    baselineDate: indicator.baselineDate,
    values: series.values.map(pointOf),
    goals: series.goals.map(pointOf),
  });
}

export function pointOf(row: { date: string; value: number }): IndicatorPoint {
  return { date: row.date, value: row.value };
}

/** The latest values, oldest first, for the list's small trend line. */
export function trendOf(series: IndicatorSeriesRows): IndicatorPoint[] {
  return sortedByDate(series.values).slice(-INDICATOR_TREND_POINTS).map(pointOf);
}

export function sortedByDate<T extends { date: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The fields of list and detail, with the rule's result computed from the given values and goals. */
export function toIndicatorBase(
  entity: IndicatorEntity,
  links: IndicatorLinks,
  series: IndicatorSeriesRows,
): IndicatorBase {
  const state = stateOf(entity, links);
  return {
    id: entity.id,
    version: entity.version,
    ...state,
    ...assessmentOf(entity, series),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toIndicator(
  entity: IndicatorEntity,
  links: IndicatorLinks,
  series: IndicatorSeriesRows,
  measures: IndicatorMeasure[],
): Indicator {
  return {
    ...toIndicatorBase(entity, links, series),
    values: sortedByDate(series.values).map((row) => ({
      date: row.date,
      value: row.value,
      note: row.note,
      enteredBy: row.enteredByName,
      enteredAt: row.enteredAt,
    })),
    goals: sortedByDate(series.goals).map(pointOf),
    goalLine: goalLineOf({
      desiredTrend: entity.desiredTrend,
      baselineDate: entity.baselineDate,
      values: series.values.map(pointOf),
      goals: series.goals.map(pointOf),
    }),
    measures,
  };
}
