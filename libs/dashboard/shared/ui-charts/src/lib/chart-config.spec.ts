import { buildChartConfig } from './chart-config';
import { ChartModel, SERIES_COLOURS, formatChartValue, lightness } from './chart-model';

describe('formatChartValue', () => {
  it('formats numbers and percentages in the UI language', () => {
    expect(formatChartValue(12345, 'number', 'de')).toBe('12.345');
    expect(formatChartValue(12345, 'number', 'en')).toBe('12,345');
    expect(formatChartValue(42.5, 'percent', 'de')).toBe('42,5\u00a0%');
    expect(formatChartValue(42.5, 'percent', 'en')).toBe('42.5%');
  });

  it('gives null for unknown values', () => {
    expect(formatChartValue(null, 'number', 'de')).toBeNull();
    expect(formatChartValue(Number.NaN, 'percent', 'de')).toBeNull();
  });
});

describe('series colours', () => {
  it('differ in lightness between neighbours, so stacked series stay apart without colour', () => {
    expect(lightness('#000000')).toBe(0);
    expect(lightness('#ffffff')).toBeCloseTo(100, 5);
    const values = SERIES_COLOURS.map(lightness);
    for (let index = 1; index < values.length; index++) {
      expect(Math.abs(values[index] - values[index - 1])).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(values.map(Math.round)).size).toBe(SERIES_COLOURS.length);
  });
});

describe('buildChartConfig', () => {
  const model: ChartModel = {
    kind: 'bar',
    labels: ['Antidiskriminierung', 'Ehrenamt'],
    series: [
      { label: 'Geplant', values: [3, 0] },
      { label: 'In Umsetzung', values: [4, 1] },
    ],
    stacked: true,
    horizontal: true,
    locale: 'de',
    reducedMotion: false,
  };

  it('stacks horizontal bars on both axes, one dataset per series with its own colour and a border', () => {
    const config = buildChartConfig(model);
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(model.labels);
    expect(config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Geplant', [3, 0]],
      ['In Umsetzung', [4, 1]],
    ]);
    expect(config.data.datasets.map((dataset) => dataset.backgroundColor)).toEqual([
      SERIES_COLOURS[0],
      SERIES_COLOURS[1],
    ]);
    expect(config.data.datasets.every((dataset) => dataset.borderWidth === 1)).toBe(true);
    expect(config.options?.indexAxis).toBe('y');
    const scales = config.options?.scales as Record<string, { stacked: boolean; beginAtZero?: boolean }>;
    expect(scales['x']).toMatchObject({ stacked: true, beginAtZero: true });
    expect(scales['y']).toMatchObject({ stacked: true });
    expect(config.options?.plugins?.legend?.display).toBe(true);
  });

  it('animates only when the user did not ask for reduced motion', () => {
    expect(buildChartConfig(model).options?.animation).toEqual({ duration: 250 });
    expect(buildChartConfig({ ...model, reducedMotion: true }).options?.animation).toBe(false);
  });

  it('formats the value axis in the UI language and caps percentages at 100', () => {
    const config = buildChartConfig({ ...model, format: 'percent', horizontal: false, stacked: false });
    const valueAxis = (
      config.options?.scales as Record<string, { max?: number; ticks: { callback: (v: number) => string } }>
    )['y'];
    expect(valueAxis.max).toBe(100);
    expect(valueAxis.ticks.callback(40)).toBe('40\u00a0%');
    const english = buildChartConfig({ ...model, locale: 'en', horizontal: false });
    const count = (english.options?.scales as Record<string, { ticks: { callback: (v: number) => string } }>)['y'];
    expect(count.ticks.callback(1500)).toBe('1,500');
  });

  it('hides the legend of a single series and tells lines apart by dash and point style', () => {
    const config = buildChartConfig({
      ...model,
      kind: 'line',
      horizontal: false,
      series: [
        { label: 'Begonnen', values: [1, 2] },
        { label: 'Abgeschlossen', values: [0, 1] },
      ],
    });
    const [first, second] = config.data.datasets as { borderDash: number[]; pointStyle: string; type: string }[];
    expect(first.type).toBe('line');
    expect(first.borderDash).not.toEqual(second.borderDash);
    expect(first.pointStyle).not.toBe(second.pointStyle);
    expect(buildChartConfig({ ...model, series: [model.series[0]] }).options?.plugins?.legend?.display).toBe(false);
  });

  it('draws points only, a dashed guide through gaps or one marker where a line series asks for it', () => {
    const config = buildChartConfig({
      ...model,
      kind: 'line',
      horizontal: false,
      series: [
        { label: 'Werte', values: [1, null] },
        { label: 'Ziele', values: [null, 3], style: 'points' },
        { label: 'Ziellinie', values: [1, null], style: 'guide' },
        { label: 'Basiswert', values: [1, null], style: 'marker' },
      ],
    });
    const [values, goals, guide, marker] = config.data.datasets as {
      showLine?: boolean;
      spanGaps: boolean;
      borderDash: number[];
      pointRadius: number;
    }[];
    expect(values).toMatchObject({ spanGaps: false, pointRadius: 5 });
    expect(values.showLine).toBeUndefined();
    expect(goals.showLine).toBe(false);
    expect(guide).toMatchObject({ spanGaps: true, borderDash: [6, 4] });
    expect(marker.showLine).toBe(false);
    expect(marker.pointRadius).toBeGreaterThan(values.pointRadius);
  });
});
