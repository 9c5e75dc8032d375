import {
  DEFAULT_INDICATOR_FILTERS,
  hasActiveIndicatorFilters,
  indicatorFiltersFromQueryParams,
  indicatorFiltersToListQuery,
  indicatorFiltersToQueryParams,
  nextIndicatorSort,
  withIndicatorFilters,
  withoutIndicatorFilters,
} from './indicator-filters';

describe('indicator filters', () => {
  it('reads field of action, guideline, text, state, order and page from the link', () => {
    expect(
      indicatorFiltersFromQueryParams({
        fieldOfAction: 'f-1',
        guideline: 'g-2',
        q: '  Ehrenamt ',
        state: 'off_track',
        sort: '-progress',
        page: '3',
        limit: '50',
      }),
    ).toEqual({
      fieldOfAction: 'f-1',
      guideline: 'g-2',
      q: 'Ehrenamt',
      state: 'off_track',
      sort: '-progress',
      page: 3,
      limit: 50,
    });
  });

  it('drops what it does not know, so an outdated link still opens the list', () => {
    expect(
      indicatorFiltersFromQueryParams({
        fieldOfAction: 'a b',
        state: 'great',
        sort: 'title',
        page: '0',
        limit: '7',
        q: ['x'.repeat(201)],
      }),
    ).toEqual(DEFAULT_INDICATOR_FILTERS);
  });

  it('writes only what differs from the defaults into the link and the API query', () => {
    const filters = withIndicatorFilters(DEFAULT_INDICATOR_FILTERS, { state: 'no_data', fieldOfAction: 'f-1' });
    expect(indicatorFiltersToQueryParams(filters)).toEqual({
      fieldOfAction: 'f-1',
      guideline: null,
      q: null,
      state: 'no_data',
      sort: null,
      page: null,
      limit: null,
    });
    expect(indicatorFiltersToListQuery(filters)).toEqual({
      fieldOfAction: 'f-1',
      state: 'no_data',
      sort: 'code',
      page: 1,
      limit: 25,
    });
  });

  it('starts again on page 1 when a filter changes, and keeps order and size when filters are reset', () => {
    const paged = { ...DEFAULT_INDICATOR_FILTERS, page: 4, sort: '-progress' as const, limit: 100 as const };
    expect(withIndicatorFilters(paged, { q: 'Kurs' }).page).toBe(1);
    const reset = withoutIndicatorFilters({ ...paged, state: 'reached' });
    expect(reset).toEqual({ ...DEFAULT_INDICATOR_FILTERS, sort: '-progress', limit: 100 });
    expect(hasActiveIndicatorFilters(reset)).toBe(false);
    expect(hasActiveIndicatorFilters({ ...reset, state: 'reached' })).toBe(true);
  });

  it('sorts text columns ascending first and progress highest first, then the other way', () => {
    expect(nextIndicatorSort('code', 'name')).toBe('name');
    expect(nextIndicatorSort('name', 'name')).toBe('-name');
    expect(nextIndicatorSort('-name', 'name')).toBe('name');
    expect(nextIndicatorSort('code', 'progress')).toBe('-progress');
  });
});
