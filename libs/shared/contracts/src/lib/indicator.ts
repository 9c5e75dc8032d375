import type { MeasureStatus } from './measure-status';
import type { FieldChange } from './history';
import type { ImportError, ImportMode } from './transfer';

/**
 * Indicators ("Kennzahlen"): is the Leitbild working? An indicator is measured over time (values), has targets
 * (goals) and a desired direction; its state is computed from these by the rule in the shared domain
 * (`assessIndicator`, docs/indicators.md) and served with every indicator answer.
 */

/** The direction in which the indicator should move. */
export const INDICATOR_TRENDS = ['increase', 'decrease'] as const;
export type IndicatorTrend = (typeof INDICATOR_TRENDS)[number];

/** How often the indicator is measured: one value per year, quarter or month. */
export const INDICATOR_TIME_RESOLUTIONS = ['year', 'quarter', 'month'] as const;
export type IndicatorTimeResolution = (typeof INDICATOR_TIME_RESOLUTIONS)[number];

/** How often new values are due (with `dueMonthDay` for yearly values: by which day of the year). */
export const INDICATOR_DUE_INTERVALS = ['year', 'quarter', 'month'] as const;
export type IndicatorDueInterval = (typeof INDICATOR_DUE_INTERVALS)[number];

/**
 * The computed state: `reached` once the latest value meets the final goal, `on_track` when it is at or beyond
 * the goal line at its date, `off_track` when it is behind, `no_data` without a value after the baseline or
 * without a goal.
 */
export const INDICATOR_STATES = ['on_track', 'off_track', 'reached', 'no_data'] as const;
export type IndicatorState = (typeof INDICATOR_STATES)[number];

/** Length and size limits of an indicator's fields, shared by API validation, import and dashboard forms. */
export const INDICATOR_LIMITS = {
  code: 20,
  name: 200,
  description: 5000,
  unit: 40,
  source: 200,
  note: 2000,
  guidelineIds: 50,
  measureIds: 200,
  /** Values and goals lie within ±this. */
  maxAbsoluteValue: 1_000_000_000_000,
} as const;

/** A dated number: a value, a goal, a point of the goal line. `date` is a calendar date, YYYY-MM-DD. */
export interface IndicatorPoint {
  date: string;
  value: number;
}

/** What the rule computes from an indicator's values and goals (see `assessIndicator` in the shared domain). */
export interface IndicatorAssessment {
  state: IndicatorState;
  /**
   * Progress toward the final goal in percent, `(latest − baseline) / (finalGoal − baseline)` bounded to 0–100,
   * one decimal; null when the state is `no_data`.
   */
  progress: number | null;
  /** The marked baseline value (`baselineDate`), else the earliest value; null without values. */
  baseline: IndicatorPoint | null;
  /** The value with the latest date; null without values. */
  latest: IndicatorPoint | null;
  /** The goal with the latest date; null without goals. */
  finalGoal: IndicatorPoint | null;
  /** The goal line's value at the latest value's date (what `on_track` is measured against); null for `no_data`. */
  goalLineAtLatest: number | null;
}

/** One value of an indicator: one per date; a correction keeps the old value in the history. */
export interface IndicatorValue {
  date: string;
  value: number;
  note: string | null;
  /** Display name of whoever entered (or last corrected) the value, and when (UTC ISO). */
  enteredBy: string;
  enteredAt: string;
}

/** One goal of an indicator: one per date (an interim goal for 2025, the final one for 2030). */
export interface IndicatorGoal {
  date: string;
  value: number;
}

/** A measure linked to an indicator; `showsProgress` when the indicator shows that measure's progress. */
export interface IndicatorMeasure {
  measureId: string;
  title: string;
  status: MeasureStatus;
  progress: number | null;
  showsProgress: boolean;
}

/** The editable fields of an indicator and its computed state: what list and detail have in common. */
export interface IndicatorBase extends IndicatorAssessment {
  id: string;
  /** Increases with every change (of the indicator, its values or goals); the `ETag` is this number in quotes. */
  version: number;
  /** Short, unique, e.g. `EA-01`: how files of values name the indicator. */
  code: string;
  name: string;
  description: string | null;
  /** E.g. `Personen`, `%`, `Fälle`, `EUR`. */
  unit: string;
  desiredTrend: IndicatorTrend;
  timeResolution: IndicatorTimeResolution;
  /** Where the values come from, e.g. "Statistikamt Nord". */
  source: string | null;
  fieldOfActionId: string;
  guidelineIds: string[];
  /** The actor responsible for the indicator: its editors may change it. */
  responsibleActorId: string | null;
  public: boolean;
  dueEvery: IndicatorDueInterval | null;
  /** `MM-DD`: for yearly values, the day of the year by which the new value is due. */
  dueMonthDay: string | null;
  /** The date of the value marked as baseline; null: the earliest value is the baseline. */
  baselineDate: string | null;
  /** The linked measures, and those of them whose progress this indicator shows. */
  measureIds: string[];
  progressMeasureIds: string[];
  /** UTC ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/v1/indicators/:id`: the indicator with its values, goals, goal line and linked measures. */
export interface Indicator extends IndicatorBase {
  /** Sorted by date. */
  values: IndicatorValue[];
  /** Sorted by date. */
  goals: IndicatorGoal[];
  /** The corners of the goal line: the baseline, then every goal after it; empty without baseline or goal. */
  goalLine: IndicatorPoint[];
  measures: IndicatorMeasure[];
}

/** A row of the indicator list: with the names a table shows and the latest values for a small trend line. */
export interface IndicatorListItem extends IndicatorBase {
  fieldOfActionName: string;
  responsibleActorName: string | null;
  /** The latest values (up to INDICATOR_TREND_POINTS), oldest first. */
  trend: IndicatorPoint[];
}

/** How many values the list's trend line shows at most. */
export const INDICATOR_TREND_POINTS = 12;

export interface CreateIndicatorRequest {
  code?: string;
  name: string;
  description?: string | null;
  unit: string;
  desiredTrend: IndicatorTrend;
  timeResolution?: IndicatorTimeResolution;
  source?: string | null;
  fieldOfActionId: string;
  guidelineIds?: string[];
  responsibleActorId?: string | null;
  public?: boolean;
  dueEvery?: IndicatorDueInterval | null;
  dueMonthDay?: string | null;
  /** Linked measures; `progressMeasureIds` (a subset) those whose progress the indicator shows. */
  measureIds?: string[];
  progressMeasureIds?: string[];
}

export type UpdateIndicatorRequest = Partial<CreateIndicatorRequest> & {
  /** The date of an existing value to mark as baseline; null for the earliest value. */
  baselineDate?: string | null;
};

/** `PUT /api/v1/indicators/:id/values/:date` */
export interface PutIndicatorValueRequest {
  value: number;
  note?: string | null;
}

/** `PUT /api/v1/indicators/:id/goals/:date` */
export interface PutIndicatorGoalRequest {
  value: number;
}

export const INDICATOR_SORT_KEYS = ['code', 'name', 'state', 'progress', 'updatedAt'] as const;
export type IndicatorSortKey = (typeof INDICATOR_SORT_KEYS)[number];

export interface IndicatorListQuery {
  fieldOfAction?: string;
  guideline?: string;
  /** Text in code, name or description, case-insensitive. */
  q?: string;
  state?: IndicatorState;
  /** Only indicators linked to this measure. */
  measure?: string;
  /** Only indicators this actor is responsible for. */
  actor?: string;
  sort?: IndicatorSortKey | `-${IndicatorSortKey}`;
  page?: number;
  limit?: number;
}

/** What an entry of an indicator's history records. */
export const INDICATOR_HISTORY_KINDS = [
  'created',
  'field_change',
  'value_set',
  'value_deleted',
  'goal_set',
  'goal_deleted',
] as const;
export type IndicatorHistoryKind = (typeof INDICATOR_HISTORY_KINDS)[number];

/**
 * One entry of `GET /api/v1/indicators/:id/history`. For values and goals, `date` names the value's or goal's
 * date and `changes` its old → new (`value`, `note`): a corrected value keeps its old value here.
 */
export interface IndicatorHistoryEntry {
  id: number;
  indicatorId: string;
  kind: IndicatorHistoryKind;
  /** UTC ISO timestamp. */
  at: string;
  /** Display name of whoever made the change. */
  by: string;
  /** The date of the value or goal the entry is about; null for changes of the indicator itself. */
  date: string | null;
  changes: FieldChange[];
}

/** `GET /api/v1/indicators/summary`: per field of action, how many indicators are in each state. */
export interface IndicatorSummary {
  fieldsOfAction: IndicatorFieldSummary[];
}

export interface IndicatorFieldSummary {
  fieldOfActionId: string;
  name: string;
  total: number;
  byState: Record<IndicatorState, number>;
}

// ----------------------------------------------------------------------------------------- import and export

/**
 * The columns of the values file (import and export), in file order. The importer matches `header` or `key`,
 * ignoring case and extra spaces. `Kennzahl` (the name) is written for orientation and not read.
 */
export const INDICATOR_VALUE_COLUMNS = [
  { key: 'code', header: 'Code' },
  { key: 'name', header: 'Kennzahl' },
  { key: 'date', header: 'Datum' },
  { key: 'value', header: 'Wert' },
  { key: 'note', header: 'Anmerkung' },
] as const;
export type IndicatorValueColumnKey = (typeof INDICATOR_VALUE_COLUMNS)[number]['key'];

/** Columns a values file must have. */
export const INDICATOR_VALUE_REQUIRED_COLUMNS: readonly IndicatorValueColumnKey[] = ['code', 'date', 'value'];

export const INDICATOR_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type IndicatorExportFormat = (typeof INDICATOR_EXPORT_FORMATS)[number];

/** What the import does (dry run) or did (commit) with one row of a values file. */
export interface IndicatorValueImportRow {
  row: number;
  action: 'create' | 'update' | 'unchanged' | 'error';
  /** The indicator the row's code names; null when the code is unknown. */
  indicatorId: string | null;
  code: string;
  /** YYYY-MM-DD; null when the cell is not a date. */
  date: string | null;
  /** The stored value before (null for a new one) and the file's value (null when the cell is not a number). */
  from: number | null;
  to: number | null;
}

/** Answer of the values import: 200 for a dry run or a successful commit, 422 (same body) for a commit with errors. */
export interface IndicatorValueImportResult {
  mode: ImportMode;
  created: number;
  updated: number;
  unchanged: number;
  /** The first IMPORT_MAX_ERRORS errors, by row (the measure import's codes and limits). */
  errors: ImportError[];
  /** How many errors the file has in all: more than the entries of `errors` when the list was cut off. */
  errorCount: number;
  rows: IndicatorValueImportRow[];
}

// ------------------------------------------------------------------------------------------------------ public

/** A public indicator as the public sees it: no responsible person, no notes, no who-entered-what. */
export interface PublicIndicatorListItem extends IndicatorAssessment {
  id: string;
  code: string;
  name: string;
  description: string | null;
  unit: string;
  desiredTrend: IndicatorTrend;
  timeResolution: IndicatorTimeResolution;
  source: string | null;
  fieldOfActionId: string;
  fieldOfActionName: string;
  guidelineIds: string[];
  /** The responsible body (an office or organisation, not a person). */
  responsibleActorName: string | null;
  trend: IndicatorPoint[];
  updatedAt: string;
}

export interface PublicIndicator extends PublicIndicatorListItem {
  values: IndicatorPoint[];
  goals: IndicatorGoal[];
  goalLine: IndicatorPoint[];
  /** The linked measures that are public themselves. */
  measures: { measureId: string; title: string; showsProgress: boolean }[];
}

/**
 * The open data of the public indicators (`GET /api/v1/public/indicators/export`): one row per value and goal.
 * Keys of the JSON objects are the CSV headers.
 */
export const INDICATOR_OPEN_DATA_COLUMNS = [
  { key: 'code', header: 'Code' },
  { key: 'name', header: 'Kennzahl' },
  { key: 'unit', header: 'Einheit' },
  { key: 'fieldOfAction', header: 'Handlungsfeld' },
  { key: 'desiredTrend', header: 'Gewünschte Entwicklung' },
  { key: 'source', header: 'Quelle' },
  { key: 'kind', header: 'Art' },
  { key: 'date', header: 'Datum' },
  { key: 'value', header: 'Wert' },
] as const;
export type IndicatorOpenDataHeader = (typeof INDICATOR_OPEN_DATA_COLUMNS)[number]['header'];
export type IndicatorOpenDataRecord = Record<IndicatorOpenDataHeader, string | number | null>;
