import {
  Indicator,
  IndicatorGoal,
  IndicatorHistoryEntry,
  IndicatorListItem,
  IndicatorSummary,
  IndicatorValue,
  Page,
} from '@leitbild-monitor/shared/contracts';
import { assessIndicator, goalLineOf } from '@leitbild-monitor/shared/domain';

const VALUES: [string, number, string | null][] = [
  ['2021-12-31', 300, null],
  ['2022-12-31', 330, null],
  ['2023-12-31', 352, 'Zählung im Januar nachgeholt'],
  ['2024-12-31', 380, null],
  ['2025-12-31', 412, null],
];

export function indicatorValues(values = VALUES): IndicatorValue[] {
  return values.map(([date, value, note]) => ({
    date,
    value,
    note,
    enteredBy: 'Anna Arslan',
    enteredAt: `${date.slice(0, 4)}-02-01T09:00:00.000Z`,
  }));
}

export const INDICATOR_GOALS: IndicatorGoal[] = [
  { date: '2025-12-31', value: 450 },
  { date: '2030-12-31', value: 600 },
];

/** An indicator as `GET /indicators/:id` answers, its state computed by the shared rule from its values and goals. */
export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  const values = overrides.values ?? indicatorValues();
  const goals = overrides.goals ?? INDICATOR_GOALS;
  const desiredTrend = overrides.desiredTrend ?? 'increase';
  const baselineDate = overrides.baselineDate ?? null;
  const series = { desiredTrend, values, goals, baselineDate };
  const { goalLineAtLatest, ...assessment } = assessIndicator(series);
  return {
    id: 'i-1',
    version: 4,
    code: 'EA-01',
    name: 'Engagierte in den Lokalen Partnerschaften',
    description: 'Aktive Ehrenamtliche in den Lokalen Partnerschaften Harburgs zum Jahresende.',
    unit: 'Personen',
    desiredTrend,
    timeResolution: 'year',
    source: 'Lokale Partnerschaften Harburg',
    fieldOfActionId: 'f-1',
    guidelineIds: ['g-1'],
    responsibleActorId: 'a-1',
    public: true,
    dueEvery: 'year',
    dueMonthDay: '03-31',
    baselineDate,
    measureIds: ['m-1'],
    progressMeasureIds: ['m-1'],
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...assessment,
    goalLineAtLatest,
    values,
    goals,
    goalLine: goalLineOf(series),
    measures: [
      { measureId: 'm-1', title: 'Sprachcafé im Bürgerhaus', status: 'in_progress', progress: 40, showsProgress: true },
    ],
    ...overrides,
  };
}

export function indicatorListItem(overrides: Partial<IndicatorListItem> = {}): IndicatorListItem {
  const full: Partial<Indicator> = indicator();
  const values = full.values ?? [];
  delete full.values;
  delete full.goals;
  delete full.goalLine;
  delete full.measures;
  return {
    ...(full as Omit<Indicator, 'values' | 'goals' | 'goalLine' | 'measures'>),
    fieldOfActionName: 'Ehrenamt',
    responsibleActorName: 'Fachamt Sozialraummanagement',
    trend: values.map(({ date, value }) => ({ date, value })),
    ...overrides,
  };
}

export function indicatorPage(items: IndicatorListItem[] = [indicatorListItem()], total = items.length) {
  return { items, total, page: 1, limit: 25 } satisfies Page<IndicatorListItem>;
}

export function indicatorHistoryPage(
  items: IndicatorHistoryEntry[] = [
    {
      id: 3,
      indicatorId: 'i-1',
      kind: 'value_set',
      at: '2026-02-01T09:00:00.000Z',
      by: 'Anna Arslan',
      date: '2025-12-31',
      changes: [{ field: 'value', from: 410, to: 412 }],
    },
    {
      id: 2,
      indicatorId: 'i-1',
      kind: 'goal_set',
      at: '2026-01-20T09:00:00.000Z',
      by: 'Anna Arslan',
      date: '2030-12-31',
      changes: [{ field: 'goal', from: null, to: 600 }],
    },
    {
      id: 1,
      indicatorId: 'i-1',
      kind: 'created',
      at: '2026-01-10T08:00:00.000Z',
      by: 'Systemverwaltung',
      date: null,
      changes: [],
    },
  ],
): Page<IndicatorHistoryEntry> {
  return { items, total: items.length, page: 1, limit: 100 };
}

export function indicatorSummary(): IndicatorSummary {
  return {
    fieldsOfAction: [
      {
        fieldOfActionId: 'f-1',
        name: 'Ehrenamt',
        total: 3,
        byState: { on_track: 1, off_track: 1, reached: 0, no_data: 1 },
      },
      {
        fieldOfActionId: 'f-2',
        name: 'Deutsch als Sprache',
        total: 2,
        byState: { on_track: 0, off_track: 0, reached: 2, no_data: 0 },
      },
    ],
  };
}
