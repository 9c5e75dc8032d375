import { MEASURE_STATUSES } from '@leitbild-monitor/shared/contracts';
import { isIsoCalendarDate, transitionProblem } from '@leitbild-monitor/shared/domain';
import { assertCatalogFile } from './catalog-loader';
import catalogue from './data/leitbild-harburg.json';
import demo from './data/demo-measures-harburg.json';
import demoIndicators from './data/demo-indicators-harburg.json';
import type { DemoFile, DemoIndicatorsFile } from './seed-files';
import { assessIndicator } from '@leitbild-monitor/shared/domain';
import { INDICATOR_LIMITS } from '@leitbild-monitor/shared/contracts';

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

describe('bundled demo indicators', () => {
  const file = demoIndicators as DemoIndicatorsFile;
  const guidelineCodes = new Set(
    catalogue.sections.flatMap((section) => section.guidelines.map((guideline) => guideline.code)),
  );
  const fieldKeys = new Set(catalogue.fieldsOfAction.map((field) => field.key));
  const actorKeys = new Set(demoFile.actors.map((actor) => actor.key));
  const measureKeys = new Set(demoFile.measures.map((measure) => measure.key));

  it('are a handful, with unique codes, in every field of action', () => {
    expect(file.indicators.length).toBeGreaterThanOrEqual(6);
    expect(file.indicators.length).toBeLessThanOrEqual(10);
    expect(new Set(file.indicators.map((indicator) => indicator.code)).size).toBe(file.indicators.length);
    expect(new Set(file.indicators.map((indicator) => indicator.fieldOfAction))).toEqual(fieldKeys);
  });

  it.each(file.indicators.map((indicator) => [indicator.code, indicator] as const))(
    '%s is consistent',
    (_code, indicator) => {
      expect(fieldKeys.has(indicator.fieldOfAction)).toBe(true);
      indicator.guidelines.forEach((code) => expect(guidelineCodes.has(code)).toBe(true));
      if (indicator.responsibleActor) expect(actorKeys.has(indicator.responsibleActor)).toBe(true);
      indicator.measures.forEach((link) => expect(measureKeys.has(link.measure)).toBe(true));
      expect(`Beispiel: ${indicator.name}`.length).toBeLessThanOrEqual(INDICATOR_LIMITS.name);
      const dates = indicator.values.map((value) => value.date);
      expect(dates.every((date) => isIsoCalendarDate(date))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(indicator.values.length).toBeGreaterThanOrEqual(3);
      expect(indicator.goals.every((goal) => isIsoCalendarDate(goal.date))).toBe(true);
      expect(indicator.dueMonthDay === null || indicator.dueEvery === 'year').toBe(true);
    },
  );

  it('show every state the rule knows', () => {
    const states = file.indicators.map(
      (indicator) =>
        assessIndicator({ desiredTrend: indicator.desiredTrend, values: indicator.values, goals: indicator.goals })
          .state,
    );
    expect(new Set(states)).toEqual(new Set(['on_track', 'off_track', 'reached', 'no_data']));
  });
});
