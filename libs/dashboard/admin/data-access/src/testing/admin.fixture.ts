import { Actor, ApiToken, FieldOfAction, Page, Problem, User } from '@leitbild-monitor/shared/contracts';

export function adminUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-1',
    email: 'anna.arslan@example.org',
    name: 'Anna Arslan',
    role: 'admin',
    actorId: null,
    active: true,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

export function fieldOfAction(overrides: Partial<FieldOfAction> = {}): FieldOfAction {
  return { id: 'f-1', key: 'ehrenamt', name: 'Ehrenamt', description: null, position: 1, ...overrides };
}

export function actor(overrides: Partial<Actor> = {}): Actor {
  return { id: 'a-1', name: 'Fachamt Sozialraummanagement', type: 'administration', ...overrides };
}

export function apiToken(overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id: 't-1',
    name: 'Auswertungsskript',
    prefix: 'lbm_ab12',
    createdAt: '2026-11-02T09:30:00.000Z',
    lastUsedAt: null,
    ...overrides,
  };
}

/** One page holding every item, as the API answers a list that fits its page size. */
export function pageOf<T>(items: T[], page = 1, limit = 100, total = items.length): Page<T> {
  return { items, total, page, limit };
}

/**
 * An error answer of the API: its English message (for people) and its problems (what the dashboard shows), as the
 * body and options of HttpTestingController's `flush` (spread it into the call).
 */
export function apiError(status: number, message: string | string[], error = 'Bad Request', problems: Problem[] = []) {
  return [
    { statusCode: status, error, message, problems },
    { status, statusText: error },
  ] as const;
}
