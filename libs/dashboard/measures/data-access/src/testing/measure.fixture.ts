import {
  Actor,
  FieldOfAction,
  HistoryEntry,
  Measure,
  Page,
  ReviewComment,
  StatusDefinition,
} from '@leitbild-monitor/shared/contracts';

/** One measure as `GET /measures/:id` answers; every field can be overridden. */
export function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'm-1',
    version: 3,
    title: 'Sprachcafé im Bürgerhaus',
    description: 'Wöchentliches Treffen zum Deutschüben.',
    status: 'in_progress',
    progress: 40,
    fieldOfActionId: 'f-1',
    guidelineIds: ['g-1'],
    leadActorId: 'a-1',
    partnerActorIds: ['a-2'],
    indicatorIds: [],
    contact: { name: 'Anna Arslan', email: 'anna.arslan@example.org' },
    origin: 'working_group',
    plannedStart: '2026-01-01',
    plannedEnd: '2026-12-31',
    actualStart: '2026-02-01',
    actualEnd: null,
    public: true,
    feasibility: 'feasible',
    feasibilityReason: null,
    councilPapers: [],
    overdue: false,
    statusNote: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-07-20T10:30:00.000Z',
    ...overrides,
  };
}

export function fieldsOfActionPage(): Page<FieldOfAction> {
  const items: FieldOfAction[] = [
    { id: 'f-2', key: 'ehrenamt', name: 'Ehrenamt', description: null, position: 2 },
    { id: 'f-1', key: 'sprache', name: 'Deutsch als Sprache', description: null, position: 1 },
  ];
  return { items, total: items.length, page: 1, limit: 100 };
}

export function actorsPage(): Page<Actor> {
  const items: Actor[] = [
    { id: 'a-2', name: 'Bücherhalle Harburg', type: 'education' },
    { id: 'a-1', name: 'Fachamt Sozialraummanagement', type: 'administration' },
  ];
  return { items, total: items.length, page: 1, limit: 100 };
}

/** The lifecycle as `GET /measures/statuses` serves it. */
export function statusDefinitions(): StatusDefinition[] {
  const definition = (key: StatusDefinition['key'], next: StatusDefinition['key'][], requiresNote = false) => ({
    key,
    next,
    requiresNote,
    active: key === 'planned' || key === 'in_progress',
    closed: key === 'completed' || key === 'rejected',
  });
  return [
    definition('proposed', ['in_review', 'rejected']),
    definition('in_review', ['planned', 'rejected', 'on_hold']),
    definition('planned', ['in_progress', 'on_hold', 'rejected']),
    definition('in_progress', ['completed', 'on_hold']),
    definition('completed', []),
    definition('on_hold', ['planned', 'in_progress', 'rejected'], true),
    definition('rejected', [], true),
  ];
}

export function historyEntry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: 1,
    measureId: 'm-1',
    kind: 'created',
    at: '2026-01-05T09:00:00.000Z',
    by: 'Erika Redaktion',
    changes: [{ field: 'status', from: null, to: 'proposed' }],
    note: null,
    ...overrides,
  };
}

/** A history, newest first: created, a title change, a status change, a progress report. */
export function historyPage(): Page<HistoryEntry> {
  const items = [
    historyEntry({
      id: 4,
      kind: 'progress_update',
      at: '2026-07-20T10:30:00.000Z',
      changes: [{ field: 'progress', from: 20, to: 40 }],
      note: 'Zwei Gruppen laufen.',
    }),
    historyEntry({
      id: 3,
      kind: 'status_change',
      at: '2026-02-01T08:00:00.000Z',
      by: 'Anna Arslan',
      changes: [
        { field: 'status', from: 'planned', to: 'in_progress' },
        { field: 'actualStart', from: null, to: '2026-02-01' },
      ],
      note: 'Start im Februar.',
    }),
    historyEntry({
      id: 2,
      kind: 'field_change',
      at: '2026-01-10T12:00:00.000Z',
      changes: [{ field: 'title', from: 'Sprachcafe', to: 'Sprachcafé im Bürgerhaus' }],
    }),
    historyEntry(),
  ];
  return { items, total: items.length, page: 1, limit: 100 };
}

export function reviewComment(overrides: Partial<ReviewComment> = {}): ReviewComment {
  return {
    id: 'c-1',
    measureId: 'm-1',
    authorId: 'u-2',
    authorName: 'Rana Integrationsrat',
    text: 'Bitte auch Abendtermine anbieten.',
    createdAt: '2026-07-21T18:00:00.000Z',
    updatedAt: '2026-07-21T18:00:00.000Z',
    editable: false,
    ...overrides,
  };
}

export function commentsPage(items: ReviewComment[] = [reviewComment()]): Page<ReviewComment> {
  return { items, total: items.length, page: 1, limit: 100 };
}
