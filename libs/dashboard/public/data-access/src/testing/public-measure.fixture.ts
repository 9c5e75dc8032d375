import { Page, PublicMeasure } from '@leitbild-monitor/shared/contracts';

export function publicMeasure(overrides: Partial<PublicMeasure> = {}): PublicMeasure {
  return {
    id: 'm-1',
    title: 'Interkulturelle Woche im Rieckhof',
    description: 'Eine Woche mit Veranstaltungen der Harburger Vereine.',
    status: 'in_progress',
    progress: 40,
    fieldOfActionId: 'foa-zusammenleben',
    fieldOfActionName: 'Zusammenleben in Harburg',
    guidelineIds: ['g-1'],
    leadActorName: 'Fachamt Sozialraummanagement',
    partnerActorNames: ['Integrationsrat'],
    plannedStart: '2026-03-01',
    plannedEnd: '2026-09-30',
    actualStart: '2026-03-15',
    actualEnd: null,
    overdue: false,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** The first page of published measures: one with every field, one with progress, end and lead unknown. */
export function publicMeasuresPage(overrides: Partial<Page<PublicMeasure>> = {}): Page<PublicMeasure> {
  return {
    items: [
      publicMeasure(),
      publicMeasure({
        id: 'm-2',
        title: 'Sprachcafé für Neuzugewanderte',
        status: 'planned',
        progress: null,
        fieldOfActionName: 'Deutsch als Sprache',
        leadActorName: null,
        plannedEnd: null,
      }),
    ],
    total: 42,
    page: 1,
    limit: 25,
    ...overrides,
  };
}
