import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate, transitionProblem } from '@leitbild-monitor/shared/domain';
import { assertCatalogFile } from './catalog-loader';
import catalogue from './data/leitbild-harburg.json';
import demo from './data/demo-measures-harburg.json';
import type { DemoFile } from './seed-files';

const demoFile = demo as DemoFile;

describe('bundled Harburg catalogue', () => {
  it('is a valid catalogue file with the five Leitbild sections and five fields of action', () => {
    expect(() => assertCatalogFile(catalogue, 'bundled')).not.toThrow();
    expect(catalogue.sections.map((section) => section.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(catalogue.fieldsOfAction.map((field) => field.name)).toEqual([
      'Antidiskriminierung',
      'Ehrenamt',
      'Zusammenleben in Harburg',
      'Deutsch als Sprache',
      'Arbeit und Bildung',
    ]);
  });

  it('reports what is wrong with a broken catalogue file', () => {
    expect(() => assertCatalogFile({ sections: [{ code: '1' }], fieldsOfAction: 'x' }, 'my.json')).toThrow(
      /my\.json: .*sections\[0\] needs code and title.*fieldsOfAction must be a list/,
    );
  });
});

describe('bundled demo measures', () => {
  const guidelineCodes = new Set(
    catalogue.sections.flatMap((section) => section.guidelines.map((guideline) => guideline.code)),
  );
  const fieldKeys = new Set(catalogue.fieldsOfAction.map((field) => field.key));
  const actorKeys = new Set(demoFile.actors.map((actor) => actor.key));

  it.each(demoFile.measures.map((measure) => [measure.key, measure] as const))('%s is consistent', (_key, measure) => {
    expect(fieldKeys.has(measure.fieldOfAction)).toBe(true);
    measure.guidelines.forEach((code) => expect(guidelineCodes.has(code)).toBe(true));
    [measure.leadActor, ...measure.partnerActors]
      .filter(Boolean)
      .forEach((key) => expect(actorKeys.has(key as string)).toBe(true));
    expect(measure.title.length).toBeLessThanOrEqual(190);
    let status: (typeof MEASURE_STATUSES)[number] = 'proposed';
    let previous = measure.createdAt;
    for (const step of measure.timeline) {
      expect(isIsoCalendarDate(step.date)).toBe(true);
      expect(step.date >= previous).toBe(true);
      previous = step.date;
      if (step.status) {
        expect(transitionProblem(status, step.status, step.note)).toBeNull();
        status = step.status;
      }
    }
  });

  it('covers every status and leaves some guidelines without a measure', () => {
    const finalStatuses = new Set(
      demoFile.measures.map((measure) => measure.timeline.filter((step) => step.status).at(-1)?.status ?? 'proposed'),
    );
    expect([...finalStatuses].sort()).toEqual([...MEASURE_STATUSES].sort());
    const linked = new Set(demoFile.measures.flatMap((measure) => measure.guidelines));
    expect([...guidelineCodes].filter((code) => !linked.has(code)).length).toBeGreaterThan(0);
  });
});
