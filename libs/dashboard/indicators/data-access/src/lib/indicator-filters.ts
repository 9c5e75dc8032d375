import { QueryParamValues, cleanSearchText } from '@leitbild-monitor/dashboard/measures/data-access';
import {
  DEFAULT_PAGE_SIZE,
  INDICATOR_SORT_KEYS,
  INDICATOR_STATES,
  IndicatorListQuery,
  IndicatorSortKey,
  IndicatorState,
} from '@leitbild-monitor/shared/contracts';

export type IndicatorSort = IndicatorSortKey | `-${IndicatorSortKey}`;

/** The page sizes the list offers (those of the measure register). */
export const INDICATOR_PAGE_SIZES = [DEFAULT_PAGE_SIZE, 50, 100] as const;
export type IndicatorPageSize = (typeof INDICATOR_PAGE_SIZES)[number];

/** The API's default order: by code. */
export const DEFAULT_INDICATOR_SORT: IndicatorSort = 'code';

/** What the list shows: every filter, the order and the page, all of them always set. */
export interface IndicatorFilters {
  fieldOfAction: string | null;
  guideline: string | null;
  /** Text in code, name or description; '' for none. */
  q: string;
  state: IndicatorState | null;
  sort: IndicatorSort;
  page: number;
  limit: IndicatorPageSize;
}

export const DEFAULT_INDICATOR_FILTERS: IndicatorFilters = {
  fieldOfAction: null,
  guideline: null,
  q: '',
  state: null,
  sort: DEFAULT_INDICATOR_SORT,
  page: 1,
  limit: DEFAULT_PAGE_SIZE,
};

const ID_PATTERN = /^[A-Za-z0-9_-]{1,36}$/;
const MAX_PAGE = 1_000_000;
const SORT_VALUES: readonly string[] = INDICATOR_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

function single(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

function id(value: unknown): string | null {
  const text = single(value);
  return text !== null && ID_PATTERN.test(text) ? text : null;
}

function positiveInteger(value: unknown): number | null {
  const text = single(value);
  if (text === null || !/^[1-9][0-9]{0,6}$/.test(text)) return null;
  const number = Number(text);
  return number <= MAX_PAGE ? number : null;
}

/**
 * Reads the list's state from the URL query parameters (`/indicators?fieldOfAction=…&state=off_track`). Unknown or
 * malformed values are dropped, so an outdated or hand-edited link still opens the list.
 */
export function indicatorFiltersFromQueryParams(params: QueryParamValues): IndicatorFilters {
  const state = single(params['state']);
  const sort = single(params['sort']);
  const limit = positiveInteger(params['limit']);
  return {
    fieldOfAction: id(params['fieldOfAction']),
    guideline: id(params['guideline']),
    q: cleanSearchText(params['q']),
    state: INDICATOR_STATES.includes(state as IndicatorState) ? (state as IndicatorState) : null,
    sort: sort !== null && SORT_VALUES.includes(sort) ? (sort as IndicatorSort) : DEFAULT_INDICATOR_SORT,
    page: positiveInteger(params['page']) ?? 1,
    limit: INDICATOR_PAGE_SIZES.includes(limit as IndicatorPageSize) ? (limit as IndicatorPageSize) : DEFAULT_PAGE_SIZE,
  };
}

/** Every key of the state, null for those at their default, so `merge` navigation removes them from the link. */
export function indicatorFiltersToQueryParams(
  filters: IndicatorFilters,
): Record<keyof IndicatorFilters, string | null> {
  const text = (value: string | null) => (value === null || value === '' ? null : value);
  return {
    fieldOfAction: text(filters.fieldOfAction),
    guideline: text(filters.guideline),
    q: text(filters.q),
    state: text(filters.state),
    sort: filters.sort === DEFAULT_INDICATOR_SORT ? null : filters.sort,
    page: filters.page === 1 ? null : String(filters.page),
    limit: filters.limit === DEFAULT_PAGE_SIZE ? null : String(filters.limit),
  };
}

/** The API query for the state. */
export function indicatorFiltersToListQuery(filters: IndicatorFilters): IndicatorListQuery {
  const query: IndicatorListQuery = { sort: filters.sort, page: filters.page, limit: filters.limit };
  if (filters.fieldOfAction) query.fieldOfAction = filters.fieldOfAction;
  if (filters.guideline) query.guideline = filters.guideline;
  if (filters.q) query.q = filters.q;
  if (filters.state) query.state = filters.state;
  return query;
}

/** True when a filter narrows the list (order and page do not). */
export function hasActiveIndicatorFilters(filters: IndicatorFilters): boolean {
  return filters.fieldOfAction !== null || filters.guideline !== null || filters.q !== '' || filters.state !== null;
}

/** The state with some filters changed; a changed filter or page size starts again on page 1. */
export function withIndicatorFilters(
  filters: IndicatorFilters,
  change: Partial<Omit<IndicatorFilters, 'page'>>,
): IndicatorFilters {
  return { ...filters, ...change, page: 1 };
}

/** Every filter removed; order and page size stay. */
export function withoutIndicatorFilters(filters: IndicatorFilters): IndicatorFilters {
  return { ...DEFAULT_INDICATOR_FILTERS, sort: filters.sort, limit: filters.limit };
}

export type IndicatorSortDirection = 'ascending' | 'descending' | 'none';

export function indicatorSortDirection(sort: IndicatorSort, key: IndicatorSortKey): IndicatorSortDirection {
  return sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
}

/** The order after choosing a column: code, name and state ascending first; progress and date highest first. */
export function nextIndicatorSort(sort: IndicatorSort, key: IndicatorSortKey): IndicatorSort {
  const direction = indicatorSortDirection(sort, key);
  if (direction === 'ascending') return `-${key}`;
  if (direction === 'descending') return key;
  return key === 'progress' || key === 'updatedAt' ? `-${key}` : key;
}
