import { ActorEntity, FieldOfActionEntity, GuidelineEntity } from '@leitbild-monitor/api/catalog';
import {
  MeasureEntity,
  MeasureGuidelineEntity,
  MeasureHistoryEntity,
  MeasurePartnerActorEntity,
} from '@leitbild-monitor/api/measures';
import { newId } from '@leitbild-monitor/api/platform';
import type { FieldChange, MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { INITIAL_STATUS, statusRequiresNote, transitionProblem } from '@leitbild-monitor/shared/domain';
import { EntityManager } from 'typeorm';
import type { DemoFile, DemoMeasure } from './seed-files';

/** Example measures say so in their title, so nobody mistakes them for the district's real plan. */
export const DEMO_TITLE_PREFIX = 'Beispiel: ';

const DEMO_AUTHORS = { admin: 'Administration (Demo)', editor: 'Redaktion Bezirksamt (Demo)' } as const;

/** Changes within a demo day happen at office hours, in order. */
function timestampOn(date: string, sequence: number): string {
  return new Date(Date.parse(`${date}T08:00:00.000Z`) + sequence * 60_000).toISOString();
}

/**
 * Writes the example actors and measures. Each measure starts as proposed on its creation date and its
 * timeline is replayed through the lifecycle rules, so its history reads as if staff had made the changes.
 */
export async function loadDemoMeasures(manager: EntityManager, file: DemoFile): Promise<number> {
  const fields = new Map((await manager.find(FieldOfActionEntity)).map((field) => [field.key, field.id]));
  const guidelines = new Map((await manager.find(GuidelineEntity)).map((guideline) => [guideline.code, guideline.id]));
  const actors = new Map<string, string>();
  const firstDate = file.measures.reduce((min, measure) => (measure.createdAt < min ? measure.createdAt : min), '9999');
  for (const actor of file.actors) {
    const id = newId();
    actors.set(actor.key, id);
    const at = timestampOn(firstDate, 0);
    await manager.insert(ActorEntity, { id, name: actor.name, type: actor.type, createdAt: at, updatedAt: at });
  }
  const lookup = (map: Map<string, string>, key: string, what: string, measure: DemoMeasure) => {
    const id = map.get(key);
    if (!id) throw new Error(`demo measure ${measure.key}: unknown ${what} "${key}"`);
    return id;
  };

  for (const demo of file.measures) {
    const measureId = newId();
    const created = timestampOn(demo.createdAt, 0);
    const entity = manager.create(MeasureEntity, {
      id: measureId,
      version: 1,
      title: DEMO_TITLE_PREFIX + demo.title,
      description: demo.description,
      status: INITIAL_STATUS,
      statusNote: null,
      progress: null,
      fieldOfActionId: lookup(fields, demo.fieldOfAction, 'field of action', demo),
      leadActorId: demo.leadActor ? lookup(actors, demo.leadActor, 'actor', demo) : null,
      contactName: demo.contact?.name ?? null,
      contactEmail: demo.contact?.email ?? null,
      origin: demo.origin,
      plannedStart: demo.plannedStart,
      plannedEnd: demo.plannedEnd,
      actualStart: null,
      actualEnd: null,
      isPublic: demo.public,
      feasibility: demo.feasibility,
      feasibilityReason: demo.feasibilityReason,
      createdAt: created,
      updatedAt: created,
    });
    const guidelineIds = demo.guidelines.map((code) => lookup(guidelines, code, 'guideline', demo));
    const partnerActorIds = demo.partnerActors.map((key) => lookup(actors, key, 'actor', demo));
    const history: MeasureHistoryEntity[] = [
      historyEntry(manager, {
        measureId,
        kind: 'created',
        at: created,
        authorId: null,
        authorName: DEMO_AUTHORS.editor,
        changes: [
          { field: 'status', from: null, to: INITIAL_STATUS },
          { field: 'title', from: null, to: entity.title },
          { field: 'fieldOfActionId', from: null, to: entity.fieldOfActionId },
        ],
        note: null,
      }),
    ];

    demo.timeline.forEach((step, index) => {
      const at = timestampOn(step.date, index + 1);
      const changes: FieldChange[] = [];
      if (step.status) {
        const from: MeasureStatus = entity.status;
        const problem = transitionProblem(from, step.status, step.note);
        if (problem) throw new Error(`demo measure ${demo.key}: ${from} → ${step.status} (${problem})`);
        changes.push({ field: 'status', from, to: step.status });
        if (step.status === 'in_progress' && !entity.actualStart) {
          changes.push({ field: 'actualStart', from: null, to: step.date });
          entity.actualStart = step.date;
        }
        if (step.status === 'completed' && !entity.actualEnd) {
          changes.push({ field: 'actualEnd', from: null, to: step.date });
          entity.actualEnd = step.date;
        }
        entity.status = step.status;
        entity.statusNote = statusRequiresNote(step.status) ? (step.note ?? null) : null;
      }
      if (step.progress !== undefined && step.progress !== entity.progress) {
        changes.push({ field: 'progress', from: entity.progress, to: step.progress });
        entity.progress = step.progress;
      }
      entity.version += 1;
      entity.updatedAt = at;
      history.push(
        historyEntry(manager, {
          measureId,
          kind: step.status ? 'status_change' : 'progress_update',
          at,
          authorId: null,
          authorName: DEMO_AUTHORS[step.by],
          changes,
          note: step.note ?? null,
        }),
      );
    });

    await manager.insert(MeasureEntity, entity);
    if (guidelineIds.length > 0) {
      await manager.insert(
        MeasureGuidelineEntity,
        guidelineIds.map((guidelineId) => ({ measureId, guidelineId })),
      );
    }
    if (partnerActorIds.length > 0) {
      await manager.insert(
        MeasurePartnerActorEntity,
        partnerActorIds.map((actorId) => ({ measureId, actorId })),
      );
    }
    await manager.save(history);
  }
  return file.measures.length;
}

function historyEntry(manager: EntityManager, values: Omit<MeasureHistoryEntity, 'id'>): MeasureHistoryEntity {
  return Object.assign(manager.create(MeasureHistoryEntity), values);
}
