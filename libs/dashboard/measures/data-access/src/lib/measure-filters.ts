import {
  DEFAULT_PAGE_SIZE,
  MEASURE_SORT_KEYS,
  MEASURE_STATUSES,
  MeasureListQuery,
  MeasureSortKey,
  MeasureStatus,
  TEXT_LIMITS,
} from '@leitbild-monitor/shared/contracts';
import { COUNCIL_PAPER_LIMITS, isIsoCalendarDate } from '@leitbild-monitor/shared/domain';

export type MeasureSort = MeasureSortKey | `-${MeasureSortKey}`;

/** The page sizes the register offers. */
export const MEASURE_PAGE_SIZES = [DEFAULT_PAGE_SIZE, 50, 100] as const;
export type MeasurePageSize = (typeof MEASURE_PAGE_SIZES)[number];

export const DEFAULT_MEASURE_SORT: MeasureSort = '-updatedAt';

/** What the register shows: every filter, the sort order and the page, all of them always set. */
export interface MeasureFilters {
  fieldOfAction: string | null;
  status: MeasureStatus | null;
  actor: string | null;
  guideline: string | null;
  /** Free text in title or description; '' for none. */
  q: string;
  overdue: boolean;
  /** ISO date (YYYY-MM-DD) or null. */
  changedSince: string | null;
  /** The reference of a council paper the measures name ("Drucksache", e.g. `21-1234`); '' for none. */
  councilPaper: string;
  sort: MeasureSort;
  page: number;
  limit: MeasurePageSize;
}

export const DEFAULT_MEASURE_FILTERS: MeasureFilters = {
  fieldOfAction: null,
  status: null,
  actor: null,
  guideline: null,
  q: '',
  overdue: false,
  changedSince: null,
  councilPaper: '',
  sort: DEFAULT_MEASURE_SORT,
  page: 1,
  limit: DEFAULT_PAGE_SIZE,
};

/** Query parameters as the router hands them over: a value, a repeated value, or nothing. */
export type QueryParamValues = Readonly<Record<string, unknown>>;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,36}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_PAGE = 1_000_000;
const SORT_VALUES: readonly string[] = MEASURE_SORT_KEYS.flatMap((key) => [key, `-${key}`]);

function single(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

function id(value: unknown): string | null {
  const text = single(value);
  return text !== null && ID_PATTERN.test(text) ? text : null;
}

/** Search text the API accepts: trimmed, at most the search limit in code points, no NUL, well-formed. */
export function cleanSearchText(value: unknown): string {
  const text = single(value)?.trim() ?? '';
  if (text.includes('\u0000') || LONE_SURROGATE.test(text) || [...text].length > TEXT_LIMITS.searchQuery) {
    return '';
  }
  return text;
}

/** A council paper's reference as the API accepts it in `?councilPaper=`: trimmed, at most 40 characters. */
export function cleanCouncilPaper(value: unknown): string {
  const text = single(value)?.trim() ?? '';
  if (text.includes('\u0000') || LONE_SURROGATE.test(text) || [...text].length > COUNCIL_PAPER_LIMITS.reference) {
    return '';
  }
  return text;
}

function positiveInteger(value: unknown): number | null {
  const text = single(value);
  if (text === null || !/^[1-9][0-9]{0,6}$/.test(text)) {
    return null;
  }
  const number = Number(text);
  return number <= MAX_PAGE ? number : null;
}

/**
 * Reads the register's state from the URL query parameters. A value that is unknown or malformed is
 * dropped (the default applies), so a hand-edited or outdated link still opens the register.
 */
export function filtersFromQueryParams(params: QueryParamValues): MeasureFilters {
  const status = single(params['status']);
  const sort = single(params['sort']);
  const changedSince = single(params['changedSince']);
  const limit = positiveInteger(params['limit']);
  return {
    fieldOfAction: id(params['fieldOfAction']),
    status: MEASURE_STATUSES.includes(status as MeasureStatus) ? (status as MeasureStatus) : null,
    actor: id(params['actor']),
    guideline: id(params['guideline']),
    q: cleanSearchText(params['q']),
    overdue: single(params['overdue']) === 'true',
    changedSince: isIsoCalendarDate(changedSince) ? changedSince : null,
    councilPaper: cleanCouncilPaper(params['councilPaper']),
    sort: sort !== null && SORT_VALUES.includes(sort) ? (sort as MeasureSort) : DEFAULT_MEASURE_SORT,
    page: positiveInteger(params['page']) ?? 1,
    limit: MEASURE_PAGE_SIZES.includes(limit as MeasurePageSize) ? (limit as MeasurePageSize) : DEFAULT_PAGE_SIZE,
  };
}

/**
 * The query parameters that describe the state: every key of the register, with null for those at their
 * default, so that navigating with `queryParamsHandling: 'merge'` removes them and links stay short.
 */
export function filtersToQueryParams(filters: MeasureFilters): Record<keyof MeasureFilters, string | null> {
  const text = (value: string | null) => (value === null || value === '' ? null : value);
  return {
    fieldOfAction: text(filters.fieldOfAction),
    status: text(filters.status),
    actor: text(filters.actor),
    guideline: text(filters.guideline),
    q: text(filters.q),
    overdue: filters.overdue ? 'true' : null,
    changedSince: text(filters.changedSince),
    councilPaper: text(filters.councilPaper),
    sort: filters.sort === DEFAULT_MEASURE_SORT ? null : filters.sort,
    page: filters.page === 1 ? null : String(filters.page),
    limit: filters.limit === DEFAULT_PAGE_SIZE ? null : String(filters.limit),
  };
}

/** The API query for the state: only what differs from the API's defaults. */
export function filtersToListQuery(filters: MeasureFilters): MeasureListQuery {
  const query: MeasureListQuery = { sort: filters.sort, page: filters.page, limit: filters.limit };
  if (filters.fieldOfAction) query.fieldOfAction = filters.fieldOfAction;
  if (filters.status) query.status = filters.status;
  if (filters.actor) query.actor = filters.actor;
  if (filters.guideline) query.guideline = filters.guideline;
  if (filters.q) query.q = filters.q;
  if (filters.overdue) query.overdue = true;
  if (filters.changedSince) query.changedSince = filters.changedSince;
  if (filters.councilPaper) query.councilPaper = filters.councilPaper;
  return query;
}

/** True when a filter narrows the list (sort order and page do not). */
export function hasActiveFilters(filters: MeasureFilters): boolean {
  return (
    filters.fieldOfAction !== null ||
    filters.status !== null ||
    filters.actor !== null ||
    filters.guideline !== null ||
    filters.q !== '' ||
    filters.overdue ||
    filters.changedSince !== null ||
    filters.councilPaper !== ''
  );
}

/** The state with some filters changed; a changed filter or page size starts again on page 1. */
export function withFilters(filters: MeasureFilters, change: Partial<Omit<MeasureFilters, 'page'>>): MeasureFilters {
  return { ...filters, ...change, page: 1 };
}

/** Every filter removed; sort order and page size stay. */
export function withoutFilters(filters: MeasureFilters): MeasureFilters {
  return { ...DEFAULT_MEASURE_FILTERS, sort: filters.sort, limit: filters.limit };
}

export type SortDirection = 'ascending' | 'descending' | 'none';

export function sortDirection(sort: MeasureSort, key: MeasureSortKey): SortDirection {
  return sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
}

/**
 * The sort order after choosing a column: ascending first (dates and progress: newest/highest first),
 * the other direction when the column is already sorted.
 */
export function nextSort(sort: MeasureSort, key: MeasureSortKey): MeasureSort {
  const direction = sortDirection(sort, key);
  if (direction === 'ascending') return `-${key}`;
  if (direction === 'descending') return key;
  return key === 'title' || key === 'status' ? key : `-${key}`;
}

/** Pages needed for a total, at least one. */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}
