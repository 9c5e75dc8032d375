import { MeasureListItem, Page } from '@leitbild-monitor/shared/contracts';

/** A row of the measure list; every field can be overridden. */
export function measureListItem(overrides: Partial<MeasureListItem> = {}): MeasureListItem {
  return {
    id: 'm-1',
    version: 1,
    title: 'Sprachcafé im Bürgerhaus',
    description: null,
    status: 'in_progress',
    progress: 40,
    fieldOfActionId: 'f-1',
    fieldOfActionName: 'Sprache und Bildung',
    guidelineIds: ['g-1'],
    leadActorId: 'a-1',
    leadActorName: 'Fachamt Sozialraummanagement',
    partnerActorIds: [],
    indicatorIds: [],
    contact: { name: null, email: null },
    origin: null,
    plannedStart: '2026-01-01',
    plannedEnd: '2026-12-31',
    actualStart: null,
    actualEnd: null,
    public: false,
    feasibility: null,
    feasibilityReason: null,
    councilPapers: [],
    overdue: false,
    statusNote: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-07-20T10:30:00.000Z',
    ...overrides,
  };
}

/** A page of the measure list. */
export function measurePage(
  items: MeasureListItem[],
  window: Partial<Omit<Page<MeasureListItem>, 'items'>> = {},
): Page<MeasureListItem> {
  return { items, total: items.length, page: 1, limit: 25, ...window };
}
