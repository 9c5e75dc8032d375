import { Signal, computed } from '@angular/core';
import { RemoteData } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { MeasureNames } from '@leitbild-monitor/dashboard/measures/ui';
import { Actor, FieldOfAction, LeitbildSection } from '@leitbild-monitor/shared/contracts';

/** The names for a measure's ids, from whatever of the catalogue has loaded (missing parts: empty maps). */
export function measureNames(
  fieldsOfAction: Signal<RemoteData<FieldOfAction[]>>,
  actors: Signal<RemoteData<Actor[]>>,
  leitbild: Signal<RemoteData<LeitbildSection[]>>,
): Signal<MeasureNames> {
  return computed(() => {
    const fields = fieldsOfAction();
    const actorList = actors();
    const sections = leitbild();
    return {
      fieldsOfAction: new Map(fields.status === 'loaded' ? fields.value.map((field) => [field.id, field.name]) : []),
      actors: new Map(actorList.status === 'loaded' ? actorList.value.map((actor) => [actor.id, actor.name]) : []),
      guidelines: new Map(
        sections.status === 'loaded'
          ? sections.value.flatMap((section) => section.guidelines.map((guideline) => [guideline.id, guideline.code]))
          : [],
      ),
    };
  });
}
