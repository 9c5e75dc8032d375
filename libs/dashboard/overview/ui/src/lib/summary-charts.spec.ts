import { dashboardSummary, fieldOfActionSummary } from '@leitbild-monitor/shared/contracts/testing';
import { binLabel, coverage, monthLabel, progressChart, statusChart, timelineChart, Translate } from './summary-charts';

/** Shows key and parameters, so the tests see exactly what would be translated. */
const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

describe('summary charts', () => {
  it('stacks the measures of each field by status, and names the largest field', () => {
    const view = statusChart(dashboardSummary(), t, 'de');

    expect(view.labels).toEqual(['Antidiskriminierung', 'Ehrenamt']);
    expect(view.series.map((series) => series.label)).toEqual([
      'measureStatus.proposed',
      'measureStatus.in_review',
      'measureStatus.planned',
      'measureStatus.in_progress',
      'measureStatus.completed',
      'measureStatus.on_hold',
      'measureStatus.rejected',
    ]);
    expect(view.series[2].values).toEqual([3, 0]);
    expect(view.series[0].values).toEqual([0, 2]);
    expect(view.tableOnlySeries[0].values).toEqual([9, 2]);
    expect(view).toMatchObject({ stacked: true, horizontal: true, labelLang: 'de' });
    expect(view.summary).toBe(
      'summary.charts.status.summary ' +
        JSON.stringify({
          total: '1.234',
          inProgress: '500',
          completed: '234',
          planned: '300',
          field: 'Antidiskriminierung',
          fieldTotal: '9',
        }),
    );
  });

  it('says there are no measures instead of naming a largest field', () => {
    const empty = dashboardSummary({
      totals: { ...dashboardSummary().totals, total: 0 },
      fieldsOfAction: [fieldOfActionSummary('Ehrenamt', {})],
    });
    expect(statusChart(empty, t, 'de').summary).toBe('summary.charts.status.empty');
  });

  it('shows mean progress as percent with its basis, and the range over the fields with known progress', () => {
    const summary = dashboardSummary({
      fieldsOfAction: [
        fieldOfActionSummary('A', { planned: 3 }, { meanProgress: 42.5, progressBasis: 6 }),
        fieldOfActionSummary('B', { planned: 1 }),
        fieldOfActionSummary('C', { planned: 2 }, { meanProgress: 10, progressBasis: 2 }),
      ],
    });
    const view = progressChart(summary, t, 'en');

    expect(view.format).toBe('percent');
    expect(view.series[0].values).toEqual([42.5, null, 10]);
    expect(view.tableOnlySeries[0]).toMatchObject({ values: [6, 0, 2], format: 'number' });
    expect(view.summary).toBe(
      'summary.charts.progress.summary ' +
        JSON.stringify({ min: '10%', minField: 'C', max: '42.5%', maxField: 'A', unknown: '1' }),
    );
    expect(progressChart(dashboardSummary({ fieldsOfAction: [fieldOfActionSummary('B', {})] }), t, 'de').summary).toBe(
      'summary.charts.progress.none',
    );
  });

  it('labels the months in the UI language and sums the period', () => {
    const view = timelineChart(dashboardSummary(), t, 'de');

    expect(view.title).toBe('summary.charts.timeline.title.month');
    expect(view.categoryHeader).toBe('summary.charts.timeline.category.month');
    expect(view.labels).toEqual(['September 2026', 'Oktober 2026', 'November 2026']);
    expect(view.series.map((series) => series.values)).toEqual([
      [3, 0, 1234],
      [1, 0, 2],
    ]);
    expect(view.summary).toBe(
      'summary.charts.timeline.summary ' +
        JSON.stringify({
          from: '01.09.2026',
          to: '23.11.2026',
          started: '1.237',
          completed: '3',
          per: 'summary.charts.timeline.per.month',
        }),
    );
    expect(monthLabel('2026-01', 'en')).toBe('January 2026');
  });

  it('says when a long period is counted per quarter or per year, in title, sentence and table', () => {
    const yearly = dashboardSummary({
      timeline: {
        from: '2016-12-05',
        to: '2026-12-06',
        resolution: 'year',
        bins: [
          { key: '2016', start: '2016-01-01', started: 2, completed: 0 },
          { key: '2017', start: '2017-01-01', started: 5, completed: 1 },
        ],
        firstRecorded: '2016-12-05',
      },
    });
    const view = timelineChart(yearly, t, 'de');
    expect(view.title).toBe('summary.charts.timeline.title.year');
    expect(view.categoryHeader).toBe('summary.charts.timeline.category.year');
    expect(view.labels).toEqual(['2016', '2017']);
    expect(view.summary).toContain('"per":"summary.charts.timeline.per.year"');

    const quarter = { key: '2026-Q2', start: '2026-04-01', started: 0, completed: 0 };
    expect(binLabel(quarter, 'quarter', t, 'de')).toBe(
      'summary.charts.timeline.quarterLabel ' + JSON.stringify({ quarter: '2', year: '2026' }),
    );
  });

  it('splits the guidelines into those with and without active measures', () => {
    const result = coverage(dashboardSummary(), t, 'de');

    expect(result.covered.map((guideline) => guideline.code)).toEqual(['1.1', '2.1']);
    expect(result.uncovered.map((guideline) => guideline.code)).toEqual(['1.2']);
    expect(result.summary).toBe(
      'summary.charts.coverage.summary ' + JSON.stringify({ covered: '2', total: '3', uncovered: '1' }),
    );
  });
});
