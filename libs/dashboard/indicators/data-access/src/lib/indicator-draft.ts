import {
  CreateIndicatorRequest,
  Indicator,
  IndicatorDueInterval,
  IndicatorTimeResolution,
  IndicatorTrend,
  UpdateIndicatorRequest,
} from '@leitbild-monitor/shared/contracts';

/** What the indicator form edits, in the API's value types (null for empty). */
export interface IndicatorDraft {
  code: string;
  name: string;
  description: string | null;
  unit: string;
  desiredTrend: IndicatorTrend;
  timeResolution: IndicatorTimeResolution;
  source: string | null;
  fieldOfActionId: string;
  guidelineIds: string[];
  responsibleActorId: string | null;
  public: boolean;
  dueEvery: IndicatorDueInterval | null;
  dueMonthDay: string | null;
  measureIds: string[];
  progressMeasureIds: string[];
  /** Only when editing: the date of the value marked as baseline (null: the earliest value). */
  baselineDate: string | null;
}

export type IndicatorDraftField = keyof IndicatorDraft;

export const INDICATOR_DRAFT_FIELDS: readonly IndicatorDraftField[] = [
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
  'measureIds',
  'progressMeasureIds',
  'baselineDate',
];

export const EMPTY_INDICATOR_DRAFT: IndicatorDraft = {
  code: '',
  name: '',
  description: null,
  unit: '',
  desiredTrend: 'increase',
  timeResolution: 'year',
  source: null,
  fieldOfActionId: '',
  guidelineIds: [],
  responsibleActorId: null,
  public: false,
  dueEvery: null,
  dueMonthDay: null,
  measureIds: [],
  progressMeasureIds: [],
  baselineDate: null,
};

export function indicatorDraftOf(indicator: Indicator): IndicatorDraft {
  return {
    code: indicator.code,
    name: indicator.name,
    description: indicator.description,
    unit: indicator.unit,
    desiredTrend: indicator.desiredTrend,
    timeResolution: indicator.timeResolution,
    source: indicator.source,
    fieldOfActionId: indicator.fieldOfActionId,
    guidelineIds: [...indicator.guidelineIds],
    responsibleActorId: indicator.responsibleActorId,
    public: indicator.public,
    dueEvery: indicator.dueEvery,
    dueMonthDay: indicator.dueMonthDay,
    measureIds: [...indicator.measureIds],
    progressMeasureIds: [...indicator.progressMeasureIds],
    baselineDate: indicator.baselineDate,
  };
}

/** Id lists compare as sets: the order of checkboxes is no change. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  }
  return a === b;
}

/** The fields whose values differ between two drafts. */
export function differingIndicatorFields(a: IndicatorDraft, b: IndicatorDraft): IndicatorDraftField[] {
  return INDICATOR_DRAFT_FIELDS.filter((field) => !sameValue(a[field], b[field]));
}

/** The PATCH body: only the fields the draft changes against the loaded indicator. */
export function indicatorPatchOf(base: IndicatorDraft, draft: IndicatorDraft): UpdateIndicatorRequest {
  const patch: Record<string, unknown> = {};
  for (const field of differingIndicatorFields(base, draft)) patch[field] = draft[field];
  return patch as UpdateIndicatorRequest;
}

/** The POST body of a new indicator: without an empty code (the API then makes one) and without a baseline. */
export function createIndicatorRequestOf(draft: IndicatorDraft): CreateIndicatorRequest {
  const request: CreateIndicatorRequest & Partial<Pick<IndicatorDraft, 'baselineDate'>> = { ...draft };
  delete request.baselineDate;
  if (draft.code.trim() === '') delete request.code;
  return request;
}

/** The user's changes (`mine`, a patch) on top of another version: what the form shows after a conflict. */
export function rebaseIndicatorDraft(current: IndicatorDraft, mine: UpdateIndicatorRequest): IndicatorDraft {
  return { ...current, ...(mine as Partial<IndicatorDraft>) };
}
