import { progressChart } from './progress-chart';

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key);
const keys = { title: 'title', none: 'none', summary: 'summary', category: 'category', mean: 'mean', basis: 'basis' };
const fields = [
  { name: 'Ehrenamt', meanProgress: 50, progressBasis: 2 },
  { name: 'Sprache', meanProgress: 12.5, progressBasis: 1 },
  { name: 'Sport', meanProgress: null, progressBasis: 0 },
];

describe('progressChart', () => {
  it('shows the mean per field as horizontal percent bars, the basis in the table only', () => {
    const view = progressChart(fields, keys, t, 'de');

    expect(view).toMatchObject({ kind: 'bar', format: 'percent', horizontal: true, stacked: false, labelLang: 'de' });
    expect(view.labels).toEqual(['Ehrenamt', 'Sprache', 'Sport']);
    expect(view.series).toEqual([{ label: 'mean', values: [50, 12.5, null] }]);
    expect(view.tableOnlySeries).toEqual([{ label: 'basis', values: [2, 1, 0], format: 'number' }]);
    expect(view.height).toBe(3 * 44 + 40);
  });

  it('names the lowest and highest field, and the overall mean only when given', () => {
    expect(progressChart(fields, keys, t, 'en').summary).toBe(
      'summary ' +
        JSON.stringify({ min: '12.5%', minField: 'Sprache', max: '50%', maxField: 'Ehrenamt', unknown: '1' }),
    );
    const withOverall = progressChart(fields, keys, t, 'en', { overall: 32.5, legendRows: 1 });
    expect(withOverall.summary).toContain('"overall":"32.5%","unknown":"1"');
    expect(withOverall.height).toBe(3 * 44 + 80);
    expect(progressChart([fields[2]], keys, t, 'de').summary).toBe('none');
  });
});
