import type { MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { buildDevelopment, DevelopmentMeasure, developmentSentence } from './reporting-development';

const measure = (
  field: 'language' | 'work',
  status: MeasureStatus,
  progress: number | null,
  overdue = false,
): DevelopmentMeasure => ({
  fieldOfActionId: field,
  fieldOfActionName: field === 'language' ? 'Sprache und Bildung' : 'Arbeit',
  fieldOfActionPosition: field === 'language' ? 0 : 1,
  status,
  progress,
  overdue,
});
const side = (date: string) => ({ id: date, name: `Sitzung ${date}`, date });

describe('buildDevelopment', () => {
  const development = buildDevelopment([
    {
      reportingDate: side('2025-03-12'),
      measures: [measure('language', 'in_progress', 20), measure('language', 'planned', null, true)],
    },
    {
      reportingDate: side('2025-06-18'),
      measures: [
        measure('language', 'completed', 100),
        measure('language', 'in_progress', 40),
        measure('work', 'on_hold', 70),
        measure('work', 'in_progress', 10, true),
      ],
    },
  ]);

  it('gives every date its figures over all measures by the report rules', () => {
    expect(development.points.map((point) => point.reportingDate.date)).toEqual(['2025-03-12', '2025-06-18']);
    expect(development.points[0].summary).toEqual({
      total: 2,
      byStatus: { proposed: 0, in_review: 0, planned: 1, in_progress: 1, completed: 0, on_hold: 0, rejected: 0 },
      meanProgress: 20,
      progressBasis: 1,
      overdue: 1,
    });
    // On hold stays out of the mean: (100 + 40 + 10) / 3.
    expect(development.points[1].summary).toMatchObject({ total: 4, meanProgress: 50, progressBasis: 3, overdue: 1 });
  });

  it('lists every field that had measures on any date, with an empty entry where it had none', () => {
    expect(development.fieldsOfAction).toEqual([
      { fieldOfActionId: 'language', name: 'Sprache und Bildung' },
      { fieldOfActionId: 'work', name: 'Arbeit' },
    ]);
    expect(development.points[0].fieldsOfAction[1]).toEqual({
      fieldOfActionId: 'work',
      total: 0,
      byStatus: { proposed: 0, in_review: 0, planned: 0, in_progress: 0, completed: 0, on_hold: 0, rejected: 0 },
      meanProgress: null,
      progressBasis: 0,
      overdue: 0,
    });
    expect(development.points[1].fieldsOfAction[0]).toMatchObject({ total: 2, meanProgress: 70 });
    expect(development.points[1].fieldsOfAction[1]).toMatchObject({ total: 2, meanProgress: 10, overdue: 1 });
  });

  it('names and orders a field as on the latest date that had it', () => {
    const renamed = buildDevelopment([
      { reportingDate: side('2025-03-12'), measures: [measure('work', 'planned', null)] },
      {
        reportingDate: side('2025-06-18'),
        measures: [{ ...measure('work', 'planned', null), fieldOfActionName: 'Arbeit und Ausbildung' }],
      },
    ]);
    expect(renamed.fieldsOfAction).toEqual([{ fieldOfActionId: 'work', name: 'Arbeit und Ausbildung' }]);
    expect(buildDevelopment([])).toEqual({ fieldsOfAction: [], points: [] });
  });
});

describe('developmentSentence', () => {
  it('words the change from the first to the last reporting date in German', () => {
    const development = buildDevelopment([
      {
        reportingDate: side('2025-03-12'),
        measures: [
          measure('language', 'completed', 100),
          ...Array.from({ length: 9 }, () => measure('language', 'in_progress', 30)),
        ],
      },
      { reportingDate: side('2025-06-18'), measures: [measure('language', 'in_progress', 50)] },
      {
        reportingDate: side('2025-09-30'),
        measures: [
          measure('language', 'completed', 100),
          ...Array.from({ length: 3 }, () => measure('work', 'in_progress', 20)),
        ],
      },
    ]);
    expect(developmentSentence(development)).toBe(
      'Seit dem 12.03.2025 (3 Stichtage bis zum 30.09.2025) ist der Anteil abgeschlossener Maßnahmen von 10 % auf ' +
        '25 % gestiegen und der mittlere Fortschritt von 37 % auf 40 % gestiegen.',
    );
  });

  it('says when a figure fell, stayed or cannot be compared', () => {
    const fell = buildDevelopment([
      { reportingDate: side('2025-03-12'), measures: [measure('work', 'completed', 100)] },
      {
        reportingDate: side('2025-06-18'),
        measures: [measure('work', 'completed', 100), measure('work', 'planned', 0)],
      },
    ]);
    expect(developmentSentence(fell)).toBe(
      'Seit dem 12.03.2025 (2 Stichtage bis zum 18.06.2025) ist der Anteil abgeschlossener Maßnahmen von 100 % auf ' +
        '50 % gesunken und der mittlere Fortschritt von 100 % auf 50 % gesunken.',
    );
    const unknown = buildDevelopment([
      { reportingDate: side('2025-03-12'), measures: [measure('work', 'planned', null)] },
      { reportingDate: side('2025-06-18'), measures: [measure('work', 'planned', null)] },
    ]);
    expect(developmentSentence(unknown)).toBe(
      'Seit dem 12.03.2025 (2 Stichtage bis zum 18.06.2025) ist der Anteil abgeschlossener Maßnahmen bei 0 % ' +
        'geblieben und der mittlere Fortschritt nicht zu vergleichen (erster Stichtag: unbekannt, letzter: unbekannt).',
    );
  });

  it('describes the first reporting date on its own', () => {
    const first = buildDevelopment([
      {
        reportingDate: side('2025-03-12'),
        measures: [measure('work', 'completed', 100), measure('work', 'planned', 0)],
      },
    ]);
    expect(developmentSentence(first)).toBe(
      'Dies ist der erste Stichtag: Zum 12.03.2025 waren 50 % der Maßnahmen abgeschlossen, der mittlere Fortschritt ' +
        'betrug 50 %.',
    );
    expect(developmentSentence({ fieldsOfAction: [], points: [] })).toBe('Es gibt noch keinen Stichtag.');
  });
});
