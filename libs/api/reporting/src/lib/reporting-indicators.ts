import type {
  IndicatorPoint,
  IndicatorState,
  IndicatorStateChange,
  IndicatorTrend,
  IndicatorValueChange,
  ReportingIndicatorField,
  SnapshotIndicator,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATES } from '@leitbild-monitor/shared/contracts';
import { assessIndicator } from '@leitbild-monitor/shared/domain';

/** An indicator as a snapshot keeps it: what the contract shows, and what the rule and the comparison need. */
export interface FrozenIndicator extends SnapshotIndicator {
  fieldOfActionPosition: number;
  /** Values dated on or before the reporting date, by date. */
  values: IndicatorPoint[];
  /** Every goal, by date. */
  goals: IndicatorPoint[];
  baselineDate: string | null;
}

/** What an indicator is made of when it is frozen: its fields, the field of action's name and place, values, goals. */
export interface LiveIndicator {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  desiredTrend: IndicatorTrend;
  fieldOfActionId: string;
  fieldOfActionName: string;
  fieldOfActionPosition: number;
  public: boolean;
  baselineDate: string | null;
  values: readonly IndicatorPoint[];
  goals: readonly IndicatorPoint[];
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const byDate = (a: IndicatorPoint, b: IndicatorPoint) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The indicator as of a reporting date: only the values dated on or before it count (a value entered for a later
 * date is not yet a fact at that date), every goal does, and the state and progress are the rule's for those.
 */
export function freezeIndicator(live: LiveIndicator, asOf: string): FrozenIndicator {
  const values = live.values
    .filter((value) => value.date <= asOf)
    .map(copy)
    .sort(byDate);
  const goals = live.goals.map(copy).sort(byDate);
  const assessment = assessIndicator({
    desiredTrend: live.desiredTrend,
    baselineDate: live.baselineDate,
    values,
    goals,
  });
  return {
    indicatorId: live.indicatorId,
    code: live.code,
    name: live.name,
    unit: live.unit,
    desiredTrend: live.desiredTrend,
    fieldOfActionId: live.fieldOfActionId,
    fieldOfActionName: live.fieldOfActionName,
    fieldOfActionPosition: live.fieldOfActionPosition,
    public: live.public,
    baselineDate: live.baselineDate,
    values,
    goals,
    state: assessment.state,
    progress: assessment.progress,
    baseline: assessment.baseline,
    latest: assessment.latest,
    finalGoal: assessment.finalGoal,
  };
}

export function toSnapshotIndicator(indicator: FrozenIndicator): SnapshotIndicator {
  return {
    indicatorId: indicator.indicatorId,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    desiredTrend: indicator.desiredTrend,
    fieldOfActionId: indicator.fieldOfActionId,
    fieldOfActionName: indicator.fieldOfActionName,
    public: indicator.public,
    state: indicator.state,
    progress: indicator.progress,
    baseline: indicator.baseline,
    latest: indicator.latest,
    finalGoal: indicator.finalGoal,
  };
}

/** Order of indicators in lists: by field of action, then code, then id. */
function compareIndicators(a: SnapshotIndicator, b: SnapshotIndicator): number {
  return (
    collator.compare(a.fieldOfActionName, b.fieldOfActionName) ||
    collator.compare(a.code, b.code) ||
    (a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0)
  );
}

/**
 * What changed in the indicators from one state (`from`, the earlier) to another (`to`): values `to` has that `from`
 * had not, or had with another number (a correction), and indicators in both whose state differs. Indicators are
 * given as they are in `to`.
 */
export function compareIndicatorStates(
  from: readonly FrozenIndicator[],
  to: readonly FrozenIndicator[],
): { newIndicatorValues: IndicatorValueChange[]; indicatorStateChanges: IndicatorStateChange[] } {
  const before = new Map(from.map((indicator) => [indicator.indicatorId, indicator]));
  const newIndicatorValues: IndicatorValueChange[] = [];
  const indicatorStateChanges: IndicatorStateChange[] = [];
  for (const indicator of [...to].sort(compareIndicators)) {
    const earlier = before.get(indicator.indicatorId);
    const earlierValue = new Map((earlier?.values ?? []).map((value) => [value.date, value.value]));
    const shown = toSnapshotIndicator(indicator);
    for (const value of indicator.values) {
      const previous = earlierValue.get(value.date);
      if (previous !== value.value) {
        newIndicatorValues.push({ indicator: shown, date: value.date, from: previous ?? null, to: value.value });
      }
    }
    if (earlier && earlier.state !== indicator.state) {
      indicatorStateChanges.push({ indicator: shown, from: earlier.state, to: indicator.state });
    }
  }
  return { newIndicatorValues, indicatorStateChanges };
}

/** The indicators per field of action (in the order of the time), with how many are in each state, by code. */
export function indicatorFields(indicators: readonly FrozenIndicator[]): ReportingIndicatorField[] {
  const fields = new Map<string, { name: string; position: number; indicators: SnapshotIndicator[] }>();
  for (const indicator of indicators) {
    const field = fields.get(indicator.fieldOfActionId) ?? {
      name: indicator.fieldOfActionName,
      position: indicator.fieldOfActionPosition,
      indicators: [],
    };
    field.indicators.push(toSnapshotIndicator(indicator));
    fields.set(indicator.fieldOfActionId, field);
  }
  return [...fields.entries()]
    .sort(([, a], [, b]) => a.position - b.position || collator.compare(a.name, b.name))
    .map(([fieldOfActionId, field]) => {
      const byState = Object.fromEntries(INDICATOR_STATES.map((state) => [state, 0])) as Record<IndicatorState, number>;
      for (const indicator of field.indicators) byState[indicator.state] += 1;
      return {
        fieldOfActionId,
        name: field.name,
        total: field.indicators.length,
        byState,
        indicators: field.indicators.sort(compareIndicators),
      };
    });
}

function copy(point: IndicatorPoint): IndicatorPoint {
  return { date: point.date, value: point.value };
}
