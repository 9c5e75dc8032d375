import {
  DEFAULT_MEASURE_FILTERS,
  MeasureFilters,
  filtersFromQueryParams,
  filtersToListQuery,
  filtersToQueryParams,
  hasActiveFilters,
  nextSort,
  pageCount,
  sortDirection,
  withFilters,
  withoutFilters,
} from './measure-filters';

const full: MeasureFilters = {
  fieldOfAction: '0b6f7f0e-52a4-4a43-9d0e-0f3c1e2a9b11',
  status: 'in_progress',
  actor: 'a-1',
  guideline: 'g-7',
  q: 'Sprachcafé',
  overdue: true,
  changedSince: '2026-10-01',
  councilPaper: '21-1234',
  sort: 'title',
  page: 2,
  limit: 50,
};

describe('filtersFromQueryParams', () => {
  it('gives the defaults for no parameters', () => {
    expect(filtersFromQueryParams({})).toEqual(DEFAULT_MEASURE_FILTERS);
  });

  it('reads every filter, the sort order and the page', () => {
    expect(
      filtersFromQueryParams({
        fieldOfAction: full.fieldOfAction,
        status: 'in_progress',
        actor: 'a-1',
        guideline: 'g-7',
        q: '  Sprachcafé ',
        overdue: 'true',
        changedSince: '2026-10-01',
        councilPaper: ' 21-1234 ',
        sort: 'title',
        page: '2',
        limit: '50',
      }),
    ).toEqual(full);
  });

  it.each([
    ['status', 'done'],
    ['status', 'IN_PROGRESS'],
    ['fieldOfAction', "x' OR 1=1"],
    ['actor', 'a'.repeat(37)],
    ['guideline', ''],
    ['q', 'x'.repeat(201)],
    ['q', 'a\u0000b'],
    ['q', 'a\uD800b'],
    ['overdue', 'yes'],
    ['changedSince', '2026-02-30'],
    ['councilPaper', 'x'.repeat(41)],
    ['changedSince', '1.10.2026'],
    ['changedSince', '1800-01-01'],
    ['sort', 'description'],
    ['sort', '--title'],
    ['page', '0'],
    ['page', '-1'],
    ['page', '2.5'],
    ['page', '99999999'],
    ['page', 'zwei'],
    ['limit', '10'],
    ['limit', '1000'],
  ])('drops the invalid value %s=%j', (key, value) => {
    expect(filtersFromQueryParams({ [key]: value })).toEqual(DEFAULT_MEASURE_FILTERS);
  });

  it('takes the first of repeated parameters and ignores unknown ones', () => {
    expect(filtersFromQueryParams({ status: ['planned', 'completed'], colour: 'red' })).toEqual({
      ...DEFAULT_MEASURE_FILTERS,
      status: 'planned',
    });
  });

  it('accepts a search text of exactly the limit in code points', () => {
    const text = '😀'.repeat(200);
    expect(filtersFromQueryParams({ q: text }).q).toBe(text);
  });
});

describe('filtersToQueryParams', () => {
  it('names every key and leaves defaults out, so that merging removes them', () => {
    expect(filtersToQueryParams(DEFAULT_MEASURE_FILTERS)).toEqual({
      fieldOfAction: null,
      status: null,
      actor: null,
      guideline: null,
      q: null,
      overdue: null,
      changedSince: null,
      councilPaper: null,
      sort: null,
      page: null,
      limit: null,
    });
  });

  it('round-trips through the URL', () => {
    const params = filtersToQueryParams(full);
    expect(params).toMatchObject({ page: '2', limit: '50', overdue: 'true', sort: 'title' });
    expect(filtersFromQueryParams(params)).toEqual(full);
  });
});

describe('filtersToListQuery', () => {
  it('sends only active filters with sort and page', () => {
    expect(filtersToListQuery(DEFAULT_MEASURE_FILTERS)).toEqual({ sort: '-updatedAt', page: 1, limit: 25 });
  });

  it('sends every active filter', () => {
    expect(filtersToListQuery(full)).toEqual({
      fieldOfAction: full.fieldOfAction,
      status: 'in_progress',
      actor: 'a-1',
      guideline: 'g-7',
      q: 'Sprachcafé',
      overdue: true,
      changedSince: '2026-10-01',
      councilPaper: '21-1234',
      sort: 'title',
      page: 2,
      limit: 50,
    });
  });
});

describe('changing filters', () => {
  it('knows whether a filter narrows the list', () => {
    expect(hasActiveFilters(DEFAULT_MEASURE_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_MEASURE_FILTERS, sort: 'title', page: 3 })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_MEASURE_FILTERS, changedSince: '2026-10-01' })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_MEASURE_FILTERS, overdue: true })).toBe(true);
  });

  it('starts on page 1 after a change', () => {
    expect(withFilters({ ...full, page: 4 }, { status: 'planned' })).toEqual({ ...full, status: 'planned', page: 1 });
  });

  it('resets the filters but keeps sort order and page size', () => {
    expect(withoutFilters(full)).toEqual({ ...DEFAULT_MEASURE_FILTERS, sort: 'title', limit: 50 });
  });
});

describe('sorting', () => {
  it('tells the direction of a column', () => {
    expect(sortDirection('title', 'title')).toBe('ascending');
    expect(sortDirection('-title', 'title')).toBe('descending');
    expect(sortDirection('-updatedAt', 'title')).toBe('none');
  });

  it('sorts text ascending and dates newest first, then toggles', () => {
    expect(nextSort('-updatedAt', 'title')).toBe('title');
    expect(nextSort('title', 'title')).toBe('-title');
    expect(nextSort('-title', 'title')).toBe('title');
    expect(nextSort('title', 'plannedEnd')).toBe('-plannedEnd');
    expect(nextSort('-plannedEnd', 'plannedEnd')).toBe('plannedEnd');
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(120, 50)).toBe(3);
  });
});
