import { ChartView, Translate } from '@leitbild-monitor/dashboard/shared/ui-charts';
import { goalLineValueAt } from '@leitbild-monitor/shared/domain';
import { dateLabels } from './indicator-format';
import { AssessedIndicator, indicatorSentence } from './indicator-sentence';

/**
 * The line chart of an indicator: its values joined (gaps where a value is missing, never zero), its goals as
 * points, the goal line from the baseline through the goals as a dashed guide, and the baseline as a marker. The
 * categories are the dates of values and goals; the summary is the indicator's sentence; the data table has a row
 * per date with value, goal, goal line and baseline.
 */
export function indicatorChart(indicator: AssessedIndicator, t: Translate, locale: string): ChartView {
  const dates = [...new Set([...indicator.values, ...indicator.goals].map((point) => point.date))].sort();
  const valueAt = new Map(indicator.values.map((point) => [point.date, point.value]));
  const goalAt = new Map(indicator.goals.map((point) => [point.date, point.value]));
  const line = indicator.goalLine;
  const finalGoal = indicator.finalGoal;
  const start = line[0]?.date;
  const unit = indicator.unit.trim();
  const series: ChartView['series'] = [
    {
      label: t('indicators.chart.values', { unit }),
      values: dates.map((date) => valueAt.get(date) ?? null),
      missing: t('indicators.chart.noValue'),
    },
    {
      label: t('indicators.chart.goals', { unit }),
      values: dates.map((date) => goalAt.get(date) ?? null),
      style: 'points',
      missing: t('indicators.chart.noGoal'),
    },
  ];
  if (line.length > 0 && finalGoal && start) {
    series.push({
      label: t('indicators.chart.goalLine', { unit }),
      values: dates.map((date) =>
        date < start ? null : Math.round(goalLineValueAt(line, finalGoal, date) * 100) / 100,
      ),
      style: 'guide',
      missing: t('indicators.chart.none'),
    });
  }
  if (indicator.baseline) {
    const baseline = indicator.baseline;
    series.push({
      label: t('indicators.chart.baseline', { unit }),
      values: dates.map((date) => (date === baseline.date ? baseline.value : null)),
      style: 'marker',
      missing: t('indicators.chart.none'),
    });
  }
  return {
    kind: 'line',
    title: t('indicators.chart.title', { name: indicator.name }),
    summary: indicatorSentence(indicator, t, locale),
    categoryHeader: t('indicators.chart.category'),
    labels: dateLabels(dates, indicator.timeResolution, locale),
    series,
    tableOnlySeries: [],
    format: 'number',
    stacked: false,
    horizontal: false,
    labelLang: null,
    height: 300,
  };
}
