import type {
  Actor,
  CreateMeasureRequest,
  FieldOfAction,
  LeitbildSection,
  Measure,
  MeasureStatus,
  Page,
} from '@leitbild-monitor/shared/contracts';
import { APIRequestContext, expect } from '@playwright/test';
import { adminApi } from './users';

/** Unique per call, so parallel tests and repeated runs against one database do not collide. */
export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface Catalog {
  fieldsOfAction: FieldOfAction[];
  actors: Actor[];
  sections: LeitbildSection[];
}

export async function catalogue(api: APIRequestContext): Promise<Catalog> {
  const [fields, actors, sections] = await Promise.all([
    api.get('/api/v1/fields-of-action', { params: { limit: 100 } }),
    api.get('/api/v1/actors', { params: { limit: 100 } }),
    api.get('/api/v1/guidelines'),
  ]);
  return {
    fieldsOfAction: ((await fields.json()) as Page<FieldOfAction>).items,
    actors: ((await actors.json()) as Page<Actor>).items,
    sections: (await sections.json()) as LeitbildSection[],
  };
}

/** Creates a measure through the API as the administrator; `status` walks it along the lifecycle. */
export async function createMeasure(
  overrides: Partial<CreateMeasureRequest> = {},
  status: MeasureStatus = 'proposed',
): Promise<{ measure: Measure; catalogue: Catalog }> {
  const api = await adminApi();
  try {
    const known = await catalogue(api);
    const response = await api.post('/api/v1/measures', {
      data: {
        title: unique('E2E-Maßnahme'),
        fieldOfActionId: known.fieldsOfAction[0].id,
        ...overrides,
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    let measure = (await response.json()) as Measure;
    const path: Partial<Record<MeasureStatus, MeasureStatus[]>> = {
      in_review: ['in_review'],
      planned: ['in_review', 'planned'],
      in_progress: ['in_review', 'planned', 'in_progress'],
    };
    for (const next of path[status] ?? []) {
      const changed = await api.post(`/api/v1/measures/${measure.id}/status`, {
        data: { status: next, note: null },
        headers: { 'If-Match': `"${measure.version}"` },
      });
      expect(changed.status(), await changed.text()).toBe(200);
      measure = (await changed.json()) as Measure;
    }
    return { measure, catalogue: known };
  } finally {
    await api.dispose();
  }
}

/** Changes fields through the API as the administrator, as a colleague working elsewhere would. */
export async function patchMeasure(id: string, patch: Record<string, unknown>): Promise<Measure> {
  const api = await adminApi();
  try {
    const current = (await (await api.get(`/api/v1/measures/${id}`)).json()) as Measure;
    const response = await api.patch(`/api/v1/measures/${id}`, {
      data: patch,
      headers: { 'If-Match': `"${current.version}"` },
    });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as Measure;
  } finally {
    await api.dispose();
  }
}

export async function readMeasure(id: string): Promise<Measure> {
  const api = await adminApi();
  try {
    const response = await api.get(`/api/v1/measures/${id}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as Measure;
  } finally {
    await api.dispose();
  }
}

/**
 * A field of action of its own, so that a test can read figures filtered to it without other specs running in
 * parallel changing them.
 */
export async function createFieldOfAction(): Promise<{ id: string; name: string }> {
  const api = await adminApi();
  try {
    const response = await api.post('/api/v1/fields-of-action', { data: { name: unique('E2E-Handlungsfeld') } });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string; name: string };
  } finally {
    await api.dispose();
  }
}
