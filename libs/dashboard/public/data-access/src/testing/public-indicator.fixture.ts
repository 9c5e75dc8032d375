import { PublicIndicator } from '@leitbild-monitor/shared/contracts';
import { assessIndicator, goalLineOf } from '@leitbild-monitor/shared/domain';

/** A public indicator as `GET /public/indicators/:id` answers, its state computed by the shared rule. */
export function publicIndicator(overrides: Partial<PublicIndicator> = {}): PublicIndicator {
  const series = {
    desiredTrend: overrides.desiredTrend ?? ('increase' as const),
    values: overrides.values ?? [
      { date: '2022-12-31', value: 820 },
      { date: '2023-12-31', value: 905 },
      { date: '2024-12-31', value: 1012.5 },
    ],
    goals: overrides.goals ?? [{ date: '2030-12-31', value: 1200 }],
  };
  const { goalLineAtLatest, ...assessment } = assessIndicator(series);
  return {
    id: 'i-2',
    code: 'DS-01',
    name: 'Teilnehmende an Deutschkursen',
    description: null,
    unit: 'Personen',
    timeResolution: 'year',
    source: 'Volkshochschule Harburg',
    fieldOfActionId: 'f-2',
    fieldOfActionName: 'Deutsch als Sprache',
    guidelineIds: [],
    responsibleActorName: 'Fachamt Sozialraummanagement',
    trend: series.values,
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...assessment,
    goalLineAtLatest,
    ...series,
    goalLine: goalLineOf(series),
    measures: [],
    ...overrides,
  };
}
