import type { UserRole } from '@leitbild-monitor/shared/contracts';
import { anonymous, api, Catalog, createMeasure, seedCatalog, userWithToken } from '../test/fixtures';
import { startTestApp, TestApp, writeDirectly } from '../test/test-app';
import { registeredRoutes } from './create-app';

const ALL: UserRole[] = ['admin', 'editor', 'reviewer', 'viewer'];
const ADMIN: UserRole[] = ['admin'];
const WRITERS: UserRole[] = ['admin', 'editor'];
const REVIEWERS: UserRole[] = ['admin', 'reviewer'];

/**
 * Who may call what. Every route the application registers must appear here, so a new route cannot slip in
 * without a decision; the tests below then prove the decision is enforced.
 */
const ACCESS: Record<string, UserRole[] | 'public'> = {
  'GET /api/v1/health': 'public',
  'POST /api/v1/auth/login': 'public',
  'GET /api/v1/auth/providers': 'public',
  'GET /api/v1/auth/oidc/login': 'public',
  'GET /api/v1/auth/oidc/callback': 'public',
  'GET /api/v1/public/measures': 'public',
  'GET /api/v1/public/measures/:id': 'public',
  'GET /api/v1/public/summary': 'public',
  'GET /api/v1/public/measures/export': 'public',
  'GET /api/v1/public/indicators': 'public',
  'GET /api/v1/public/indicators/:id': 'public',
  'GET /api/v1/public/indicators/export': 'public',
  'GET /api/v1/public/pages/:slug': 'public',
  'GET /api/v1/public/pages/gebaerdensprache/video': 'public',
  'POST /api/v1/public/feedback': 'public',
  'GET /api/v1/public/measures/:id/details': 'public',
  'GET /api/v1/public/changes': 'public',
  'GET /api/v1/public/feed.atom': 'public',
  // The signed link in every reminder e-mail is the credential: it needs no sign-in.
  'GET /api/v1/notifications/unsubscribe': 'public',
  'POST /api/v1/notifications/unsubscribe': 'public',
  'POST /api/v1/auth/logout': ALL,
  'GET /api/v1/auth/me': ALL,
  'POST /api/v1/auth/password': ALL,
  'POST /api/v1/auth/tokens': ALL,
  'GET /api/v1/auth/tokens': ALL,
  'DELETE /api/v1/auth/tokens/:id': ALL,
  'GET /api/v1/users': ADMIN,
  'POST /api/v1/users': ADMIN,
  'PATCH /api/v1/users/:id': ADMIN,
  'POST /api/v1/users/:id/password': ADMIN,
  'GET /api/v1/audit': ADMIN,
  'GET /api/v1/fields-of-action': ALL,
  'GET /api/v1/fields-of-action/:id': ALL,
  'POST /api/v1/fields-of-action': ADMIN,
  'PATCH /api/v1/fields-of-action/:id': ADMIN,
  'GET /api/v1/guidelines': ALL,
  'GET /api/v1/actors': ALL,
  'GET /api/v1/actors/:id': ALL,
  'POST /api/v1/actors': ADMIN,
  'PATCH /api/v1/actors/:id': ADMIN,
  'GET /api/v1/measures/statuses': ALL,
  'GET /api/v1/measures': ALL,
  'POST /api/v1/measures': WRITERS,
  'GET /api/v1/measures/:id': ALL,
  'PATCH /api/v1/measures/:id': WRITERS,
  'POST /api/v1/measures/:id/status': WRITERS,
  'POST /api/v1/measures/:id/progress': WRITERS,
  'GET /api/v1/measures/:id/history': ALL,
  'POST /api/v1/measures/import': WRITERS,
  'GET /api/v1/measures/export': ALL,
  'GET /api/v1/indicators': ALL,
  'GET /api/v1/indicators/summary': ALL,
  'POST /api/v1/indicators/values/import': WRITERS,
  'GET /api/v1/indicators/values/export': ALL,
  'POST /api/v1/indicators': WRITERS,
  'GET /api/v1/indicators/:id': ALL,
  'PATCH /api/v1/indicators/:id': WRITERS,
  'GET /api/v1/indicators/:id/history': ALL,
  'PUT /api/v1/indicators/:id/values/:date': WRITERS,
  'DELETE /api/v1/indicators/:id/values/:date': WRITERS,
  'PUT /api/v1/indicators/:id/goals/:date': WRITERS,
  'DELETE /api/v1/indicators/:id/goals/:date': WRITERS,
  'GET /api/v1/measures/:measureId/comments': ALL,
  'POST /api/v1/measures/:measureId/comments': REVIEWERS,
  'PATCH /api/v1/measures/:measureId/comments/:commentId': REVIEWERS,
  'GET /api/v1/dashboard/summary': ALL,
  'POST /api/v1/reporting-dates': WRITERS,
  'GET /api/v1/reporting-dates': ALL,
  'GET /api/v1/reporting-dates/:id': ALL,
  'DELETE /api/v1/reporting-dates/:id': ADMIN,
  'GET /api/v1/reporting-dates/:id/changes': ALL,
  'GET /api/v1/reporting-dates/:id/report': ALL,
  'GET /api/v1/reporting-dates/:id/report.pdf': ALL,
  'GET /api/v1/reporting-dates/development': ALL,
  // Signed in is enough to ask; a job answers only the user who started it (404 for everyone else).
  'GET /api/v1/imports/:jobId': ALL,
  'GET /api/v1/me/tasks': ALL,
  'GET /api/v1/me/notification-settings': ALL,
  'PUT /api/v1/me/notification-settings': ALL,
  'GET /api/v1/notifications/settings': ADMIN,
  'PUT /api/v1/notifications/settings': ADMIN,
  'GET /api/v1/notifications/log': ADMIN,
  'GET /api/v1/meeting-bodies': ALL,
  'POST /api/v1/meeting-bodies': ADMIN,
  'PATCH /api/v1/meeting-bodies/:id': ADMIN,
  'DELETE /api/v1/meeting-bodies/:id': ADMIN,
  'GET /api/v1/meetings': ALL,
  'GET /api/v1/meetings/next': ALL,
  'POST /api/v1/meetings': WRITERS,
  'GET /api/v1/meetings/:id': ALL,
  'PATCH /api/v1/meetings/:id': WRITERS,
  'DELETE /api/v1/meetings/:id': WRITERS,
  'POST /api/v1/meetings/:id/reporting-date': WRITERS,
  'GET /api/v1/pages/:slug': ADMIN,
  'PUT /api/v1/pages/:slug': ADMIN,
  'PUT /api/v1/pages/gebaerdensprache/video': ADMIN,
  'DELETE /api/v1/pages/gebaerdensprache/video': ADMIN,
  'GET /api/v1/feedback': ADMIN,
};

const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';

/** Credential management needs a password session; API tokens get 403 there (see the test below). */
const SESSION_ONLY = ['POST /api/v1/auth/tokens', 'POST /api/v1/auth/password'];

describe('access control', () => {
  let test: TestApp;
  let catalogue: Catalog;
  const tokens = {} as Record<UserRole, string>;

  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
    for (const role of ALL)
      tokens[role] = (await userWithToken(test.app, { email: `role-${role}@example.org`, role })).token;
  });
  afterAll(() => test.close());
  const app = () => test.app;

  function apiRoutes(): { method: string; url: string; key: string }[] {
    const routes = registeredRoutes.get(app()) ?? [];
    return routes
      .filter((route) => route.url.startsWith('/api/v1/') && route.method !== 'HEAD')
      .map((route) => ({ ...route, key: `${route.method} ${route.url}` }));
  }

  function call(method: string, url: string, token: string | null) {
    const client = token ? api(app(), token) : anonymous(app());
    const path = url.replace(/:[A-Za-z]+/g, UNKNOWN_ID);
    const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    const request = client[verb](path);
    return method === 'GET' || method === 'DELETE' ? request : request.send({});
  }

  it('knows every registered route, and every route in the table exists', () => {
    const keys = apiRoutes().map((route) => route.key);
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((key) => !(key in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('answers 401 to anonymous callers on every route that is not explicitly public', async () => {
    for (const route of apiRoutes()) {
      const response = await call(route.method, route.url, null);
      if (ACCESS[route.key] === 'public') expect([route.key, response.status]).not.toEqual([route.key, 401]);
      else expect([route.key, response.status]).toEqual([route.key, 401]);
    }
  });

  it.each(ALL)('answers 403 to %s on every route the role may not use, and lets it through elsewhere', async (role) => {
    for (const route of apiRoutes()) {
      const access = ACCESS[route.key];
      if (access === 'public' || route.key === 'POST /api/v1/auth/logout' || SESSION_ONLY.includes(route.key)) continue;
      const response = await call(route.method, route.url, tokens[role]);
      if (access.includes(role)) expect([route.key, response.status]).not.toEqual([route.key, 403]);
      else expect([route.key, response.status]).toEqual([route.key, 403]);
      expect(response.status).not.toBe(401);
    }
  });

  it('refuses credential management with an API token, for every role', async () => {
    for (const role of ALL) {
      for (const key of SESSION_ONLY) {
        const [method, url] = key.split(' ');
        const response = await call(method, url, tokens[role]);
        expect([key, response.status, response.body.message]).toEqual([
          key,
          403,
          expect.stringContaining('sign in with your password'),
        ]);
      }
    }
  });

  it('records permission denials in the audit log', async () => {
    await api(app(), tokens.viewer).post('/api/v1/fields-of-action').send({ name: 'Verboten' }).expect(403);
    const audit = await api(app()).get('/api/v1/audit').query({ action: 'access.denied' }).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'access.denied',
      actorLabel: 'role-viewer@example.org',
      details: { method: 'POST', path: '/api/v1/fields-of-action', role: 'viewer' },
    });
  });

  describe('per-record rights of editors', () => {
    let editorA: string;
    let measureOfA: string;
    let measureOfB: string;
    let partnerMeasureOfA: string;

    beforeAll(async () => {
      const [actorA, actorB] = catalogue.actors;
      editorA = (await userWithToken(app(), { email: 'editor-a@example.org', role: 'editor', actorId: actorA.id }))
        .token;
      const field = catalogue.fields[0].id;
      measureOfA = (await createMeasure(app(), { title: 'Von A', fieldOfActionId: field, leadActorId: actorA.id })).id;
      measureOfB = (await createMeasure(app(), { title: 'Von B', fieldOfActionId: field, leadActorId: actorB.id })).id;
      partnerMeasureOfA = (
        await createMeasure(app(), {
          title: 'B mit A',
          fieldOfActionId: field,
          leadActorId: actorB.id,
          partnerActorIds: [actorA.id],
        })
      ).id;
    });

    it('lets an editor of actor A change measures where A is lead or partner', async () => {
      await api(app(), editorA)
        .patch(`/api/v1/measures/${measureOfA}`)
        .set('If-Match', '"1"')
        .send({ progress: 10 })
        .expect(200);
      await api(app(), editorA)
        .patch(`/api/v1/measures/${partnerMeasureOfA}`)
        .set('If-Match', '"1"')
        .send({ progress: 10 })
        .expect(200);
      await api(app(), editorA)
        .post(`/api/v1/measures/${measureOfA}/status`)
        .set('If-Match', '"2"')
        .send({ status: 'in_review' })
        .expect(200);
    });

    it('answers 403 when an editor of actor A writes a measure of actor B, and changes nothing', async () => {
      const before = (await api(app()).get(`/api/v1/measures/${measureOfB}`).expect(200)).body;
      await api(app(), editorA)
        .patch(`/api/v1/measures/${measureOfB}`)
        .set('If-Match', '"1"')
        .send({ progress: 99 })
        .expect(403);
      await api(app(), editorA)
        .post(`/api/v1/measures/${measureOfB}/status`)
        .set('If-Match', '"1"')
        .send({ status: 'in_review' })
        .expect(403);
      await api(app(), editorA)
        .post(`/api/v1/measures/${measureOfB}/progress`)
        .set('If-Match', '"1"')
        .send({ note: 'x' })
        .expect(403);
      expect((await api(app()).get(`/api/v1/measures/${measureOfB}`).expect(200)).body).toEqual(before);
      // Still readable.
      await api(app(), editorA).get(`/api/v1/measures/${measureOfB}`).expect(200);
      const audit = await api(app()).get('/api/v1/audit').query({ action: 'access.denied' }).expect(200);
      expect(audit.body.items[0]).toMatchObject({ actorLabel: 'editor-a@example.org', details: { method: 'POST' } });
    });

    it('lets an editor of actor A create only measures that involve A', async () => {
      const field = catalogue.fields[0].id;
      await api(app(), editorA)
        .post('/api/v1/measures')
        .send({ title: 'Fremd', fieldOfActionId: field, leadActorId: catalogue.actors[1].id })
        .expect(403);
      await api(app(), editorA).post('/api/v1/measures').send({ title: 'Ohne', fieldOfActionId: field }).expect(403);
      await api(app(), editorA)
        .post('/api/v1/measures')
        .send({ title: 'Eigen', fieldOfActionId: field, leadActorId: catalogue.actors[0].id })
        .expect(201);
    });

    it('keeps an editor from handing a measure away or taking it over', async () => {
      const [actorA, actorB, actorC] = catalogue.actors;
      const field = catalogue.fields[0].id;
      const shared = await createMeasure(app(), {
        title: 'Geteilt',
        fieldOfActionId: field,
        leadActorId: actorB.id,
        partnerActorIds: [actorA.id, actorC.id],
      });
      // A partner's editor may not make A the lead, nor drop the other partners.
      await api(app(), editorA)
        .patch(`/api/v1/measures/${shared.id}`)
        .set('If-Match', '"1"')
        .send({ leadActorId: actorA.id, partnerActorIds: [] })
        .expect(403);
      await api(app(), editorA)
        .patch(`/api/v1/measures/${shared.id}`)
        .set('If-Match', '"1"')
        .send({ partnerActorIds: [actorA.id] })
        .expect(403);
      // Nor remove A itself and so escape the measure.
      await api(app(), editorA)
        .patch(`/api/v1/measures/${shared.id}`)
        .set('If-Match', '"1"')
        .send({ partnerActorIds: [actorC.id] })
        .expect(403);
      expect((await api(app()).get(`/api/v1/measures/${shared.id}`).expect(200)).body).toMatchObject({
        version: 1,
        leadActorId: actorB.id,
      });
      // The lead's editor may reorganise partners, but must stay involved.
      const own = await createMeasure(app(), {
        title: 'Eigen geführt',
        fieldOfActionId: field,
        leadActorId: actorA.id,
        partnerActorIds: [actorC.id],
      });
      await api(app(), editorA)
        .patch(`/api/v1/measures/${own.id}`)
        .set('If-Match', '"1"')
        .send({ partnerActorIds: [actorB.id] })
        .expect(200);
      await api(app(), editorA)
        .patch(`/api/v1/measures/${own.id}`)
        .set('If-Match', '"2"')
        .send({ leadActorId: actorB.id, partnerActorIds: [] })
        .expect(403);
      await api(app(), editorA)
        .patch(`/api/v1/measures/${own.id}`)
        .set('If-Match', '"2"')
        .send({ leadActorId: actorB.id, partnerActorIds: [actorA.id] })
        .expect(200);
    });

    it('lets an editor without actor change any measure', async () => {
      await api(app(), tokens.editor)
        .patch(`/api/v1/measures/${measureOfB}`)
        .set('If-Match', '"1"')
        .send({ progress: 5 })
        .expect(200);
    });
  });

  describe('review comments', () => {
    let measureId: string;
    beforeAll(async () => {
      measureId = (await createMeasure(app(), { title: 'Zur Stellungnahme', fieldOfActionId: catalogue.fields[0].id }))
        .id;
    });

    it('lets reviewers comment, everyone signed in read, and nobody but reviewers and admins write', async () => {
      const created = await api(app(), tokens.reviewer)
        .post(`/api/v1/measures/${measureId}/comments`)
        .send({ text: 'Der Integrationsrat begrüßt die Maßnahme.' })
        .expect(201);
      expect(created.body).toMatchObject({ authorName: 'role-reviewer@example.org', editable: true, measureId });
      for (const role of ['viewer', 'editor'] as const) {
        await api(app(), tokens[role]).post(`/api/v1/measures/${measureId}/comments`).send({ text: 'x' }).expect(403);
      }
      const list = await api(app(), tokens.viewer).get(`/api/v1/measures/${measureId}/comments`).expect(200);
      expect(list.body).toMatchObject({
        total: 1,
        items: [{ text: 'Der Integrationsrat begrüßt die Maßnahme.', editable: false }],
      });
      await api(app(), tokens.viewer).get(`/api/v1/measures/${UNKNOWN_ID}/comments`).expect(404);
      await api(app(), tokens.reviewer).post(`/api/v1/measures/${measureId}/comments`).send({ text: '' }).expect(400);
    });

    it('lets the author edit their own comment within the window, never someone else’s', async () => {
      const created = (
        await api(app(), tokens.reviewer)
          .post(`/api/v1/measures/${measureId}/comments`)
          .send({ text: 'Erste Fassung' })
          .expect(201)
      ).body;
      const edited = await api(app(), tokens.reviewer)
        .patch(`/api/v1/measures/${measureId}/comments/${created.id}`)
        .send({ text: 'Zweite Fassung' })
        .expect(200);
      expect(edited.body.text).toBe('Zweite Fassung');
      await api(app())
        .patch(`/api/v1/measures/${measureId}/comments/${created.id}`)
        .send({ text: 'Admin ändert' })
        .expect(403);

      const longAgo = new Date(Date.now() - 16 * 60_000).toISOString();
      await writeDirectly(app(), `UPDATE review_comment SET created_at = '${longAgo}' WHERE id = '${created.id}'`);
      const late = await api(app(), tokens.reviewer)
        .patch(`/api/v1/measures/${measureId}/comments/${created.id}`)
        .send({ text: 'Zu spät' })
        .expect(403);
      expect(late.body.message).toBe('comments can be edited only within 15 minutes');
    });

    it('does not let a reviewer change a measure in any way', async () => {
      await api(app(), tokens.reviewer)
        .patch(`/api/v1/measures/${measureId}`)
        .set('If-Match', '"1"')
        .send({ progress: 50 })
        .expect(403);
      await api(app(), tokens.reviewer)
        .post(`/api/v1/measures/${measureId}/status`)
        .set('If-Match', '"1"')
        .send({ status: 'in_review' })
        .expect(403);
      expect((await api(app()).get(`/api/v1/measures/${measureId}`).expect(200)).body.version).toBe(1);
    });
  });
});
