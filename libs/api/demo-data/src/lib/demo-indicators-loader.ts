import { ActorEntity, FieldOfActionEntity, GuidelineEntity } from '@leitbild-monitor/api/catalog';
import {
  IndicatorEntity,
  IndicatorGoalEntity,
  IndicatorGuidelineEntity,
  IndicatorHistoryEntity,
  IndicatorValueEntity,
} from '@leitbild-monitor/api/indicators';
import { MeasureEntity, MeasureIndicatorEntity } from '@leitbild-monitor/api/measures';
import { newId } from '@leitbild-monitor/api/platform';
import type { FieldChange, IndicatorHistoryKind } from '@leitbild-monitor/shared/contracts';
import { assessIndicator } from '@leitbild-monitor/shared/domain';
import { EntityManager } from 'typeorm';
import { shiftByMonths } from './demo-dates';
import { DEMO_TITLE_PREFIX } from './demo-measures-loader';
import type { DemoFile, DemoIndicator, DemoIndicatorsFile } from './seed-files';

const DEMO_AUTHOR = 'Redaktion Bezirksamt (Demo)';

/** A moment on a demo day, at office hours; `sequence` keeps entries of one day in order. */
function timestampOn(date: string, sequence = 0): string {
  return new Date(Date.parse(`${date}T08:00:00.000Z`) + sequence * 60_000).toISOString();
}

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Writes the example indicators, their values and goals and their links to the example measures (which must be loaded
 * already: they are found by their titles, the actors by their names). Each indicator reads as if staff had set it
 * up a month before its first value and entered each value six weeks after its date (at the latest yesterday); its
 * state and progress are the shared rule's for its values and goals.
 */
export async function loadDemoIndicators(
  manager: EntityManager,
  file: DemoIndicatorsFile,
  measuresFile: DemoFile,
  today: string,
): Promise<number> {
  const fields = new Map((await manager.find(FieldOfActionEntity)).map((field) => [field.key, field.id]));
  const guidelines = new Map((await manager.find(GuidelineEntity)).map((guideline) => [guideline.code, guideline.id]));
  const actorIdByName = new Map((await manager.find(ActorEntity)).map((actor) => [actor.name, actor.id]));
  const measureIdByTitle = new Map((await manager.find(MeasureEntity)).map((measure) => [measure.title, measure.id]));
  const actors = new Map(measuresFile.actors.map((actor) => [actor.key, actorIdByName.get(actor.name)]));
  const measures = new Map(
    measuresFile.measures.map((measure) => [measure.key, measureIdByTitle.get(DEMO_TITLE_PREFIX + measure.title)]),
  );
  const lookup = (map: Map<string, string | undefined>, key: string, what: string, indicator: DemoIndicator) => {
    const id = map.get(key);
    if (!id) throw new Error(`demo indicator ${indicator.key}: unknown ${what} "${key}"`);
    return id;
  };
  const yesterday = addDays(today, -1);

  for (const demo of file.indicators) {
    const id = newId();
    const firstDate = [...demo.values, ...demo.goals].map((point) => point.date).sort()[0] ?? yesterday;
    const createdOn = [shiftByMonths(firstDate, -1), yesterday].sort()[0];
    const history: { kind: IndicatorHistoryKind; at: string; date: string | null; changes: FieldChange[] }[] = [
      {
        kind: 'created',
        at: timestampOn(createdOn),
        date: null,
        changes: [
          { field: 'code', from: null, to: demo.code },
          { field: 'name', from: null, to: DEMO_TITLE_PREFIX + demo.name },
        ],
      },
      ...demo.goals.map((goal, index) => ({
        kind: 'goal_set' as const,
        at: timestampOn(createdOn, index + 1),
        date: goal.date,
        changes: [{ field: 'goal', from: null, to: goal.value }],
      })),
    ];
    const values = demo.values.map((value) => {
      const enteredOn = [addDays(value.date, 45), yesterday].sort()[0];
      const at = timestampOn(enteredOn, 30);
      history.push({
        kind: 'value_set',
        at,
        date: value.date,
        changes: [
          { field: 'value', from: null, to: value.value },
          ...(value.note ? [{ field: 'note', from: null, to: value.note }] : []),
        ],
      });
      return { ...value, at };
    });
    history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const assessment = assessIndicator({ desiredTrend: demo.desiredTrend, values: demo.values, goals: demo.goals });

    await manager.insert(IndicatorEntity, {
      id,
      version: history.length,
      code: demo.code,
      name: DEMO_TITLE_PREFIX + demo.name,
      description: demo.description,
      unit: demo.unit,
      desiredTrend: demo.desiredTrend,
      timeResolution: demo.timeResolution,
      source: demo.source,
      fieldOfActionId: lookup(fields, demo.fieldOfAction, 'field of action', demo),
      responsibleActorId: demo.responsibleActor ? lookup(actors, demo.responsibleActor, 'actor', demo) : null,
      isPublic: demo.public,
      dueEvery: demo.dueEvery,
      dueMonthDay: demo.dueMonthDay,
      baselineDate: null,
      state: assessment.state,
      progress: assessment.progress,
      createdAt: history[0].at,
      updatedAt: history[history.length - 1].at,
    });
    if (demo.guidelines.length > 0) {
      await manager.insert(
        IndicatorGuidelineEntity,
        demo.guidelines.map((code) => ({ indicatorId: id, guidelineId: lookup(guidelines, code, 'guideline', demo) })),
      );
    }
    if (demo.measures.length > 0) {
      await manager.insert(
        MeasureIndicatorEntity,
        demo.measures.map((link) => ({
          indicatorId: id,
          measureId: lookup(measures, link.measure, 'measure', demo),
          showsProgress: link.showsProgress,
        })),
      );
    }
    if (values.length > 0) {
      await manager.insert(
        IndicatorValueEntity,
        values.map((value) => ({
          indicatorId: id,
          date: value.date,
          value: value.value,
          note: value.note ?? null,
          enteredById: null,
          enteredByName: DEMO_AUTHOR,
          enteredAt: value.at,
        })),
      );
    }
    if (demo.goals.length > 0) {
      await manager.insert(
        IndicatorGoalEntity,
        demo.goals.map((goal) => ({ indicatorId: id, date: goal.date, value: goal.value })),
      );
    }
    await manager.save(
      history.map((entry) =>
        Object.assign(manager.create(IndicatorHistoryEntity), {
          indicatorId: id,
          kind: entry.kind,
          at: entry.at,
          authorId: null,
          authorName: DEMO_AUTHOR,
          subjectDate: entry.date,
          changes: entry.changes,
        }),
      ),
    );
  }
  return file.indicators.length;
}
