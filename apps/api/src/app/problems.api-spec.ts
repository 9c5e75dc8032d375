import type { Measure, Problem } from '@leitbild-monitor/shared/contracts';
import request from 'supertest';
import {
  anonymous,
  api,
  Catalog,
  createMeasure,
  errorBodyProblem,
  seedCatalog,
  signIn,
  userWithToken,
  withSession,
} from '../test/fixtures';
import { startTestApp, TEST_ADMIN, TestApp } from '../test/test-app';

/**
 * Every error answer names its problems as data — `{ field, code, params }` with a code of PROBLEM_CODES — so a
 * client acts on them without reading the English `message`: one test per kind of rule.
 */
describe('problems of error answers', () => {
  let test: TestApp;
  let catalogue: Catalog;

  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
  });
  afterAll(() => test.close());

  const app = () => test.app;
  const problemsOf = (response: request.Response): Problem[] => {
    expect(errorBodyProblem(response.body, response.status)).toBeNull();
    return response.body.problems as Problem[];
  };

  it('names each broken validation rule at its field, nested ones by path, with the rule’s parameters', async () => {
    const response = await api(app())
      .post('/api/v1/measures')
      .send({
        title: 'x'.repeat(201),
        fieldOfActionId: catalogue.fields[0].id,
        progress: 101,
        origin: 'somewhere',
        plannedStart: '2027-02-30',
        contact: { email: 'keine-adresse' },
        colour: 'red',
      })
      .expect(400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'too_long', params: { max: 200 } },
        { field: 'progress', code: 'too_large', params: { max: 100 } },
        { field: 'origin', code: 'not_allowed_value', params: { allowed: expect.arrayContaining(['other']) } },
        { field: 'plannedStart', code: 'invalid_date', params: {} },
        { field: 'contact.email', code: 'invalid_email', params: {} },
        { field: 'colour', code: 'unknown_field', params: {} },
      ]),
    );
    // One problem per sentence of `message`, which stays English for people.
    expect(response.body.problems).toHaveLength(response.body.message.length);
    expect(response.body.message).toContain('contact.email must be an email');

    const missing = await api(app()).post('/api/v1/measures').send({}).expect(400);
    expect(problemsOf(missing)).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'required', params: {} },
        { field: 'fieldOfActionId', code: 'required', params: {} },
      ]),
    );
    const page = await api(app()).get('/api/v1/measures?limit=500').expect(400);
    expect(problemsOf(page)).toEqual([{ field: 'limit', code: 'page_limit', params: { max: 100 } }]);
  });

  it('names the rules between fields and records', async () => {
    const dates = await api(app())
      .post('/api/v1/measures')
      .send({
        title: 'Daten',
        fieldOfActionId: catalogue.fields[0].id,
        plannedStart: '2027-05-01',
        plannedEnd: '2027-01-01',
      })
      .expect(400);
    expect(problemsOf(dates)).toEqual([
      { field: 'plannedEnd', code: 'date_before_start', params: { other: 'plannedStart' } },
    ]);
    const lead = catalogue.actors[0].id;
    const references = await api(app())
      .post('/api/v1/measures')
      .send({
        title: 'Verweise',
        fieldOfActionId: catalogue.fields[0].id,
        leadActorId: lead,
        partnerActorIds: [lead],
        guidelineIds: ['00000000-0000-4000-8000-000000000000'],
      })
      .expect(400);
    expect(problemsOf(references)).toEqual(
      expect.arrayContaining([
        { field: 'partnerActorIds', code: 'lead_is_partner', params: {} },
        { field: 'guidelineIds', code: 'unknown_reference', params: {} },
      ]),
    );
    const duplicate = await api(app())
      .post('/api/v1/actors')
      .send({ name: catalogue.actors[0].name, type: 'administration' })
      .expect(409);
    expect(problemsOf(duplicate)).toEqual([{ field: 'name', code: 'duplicate_name', params: {} }]);
    const unknown = await api(app()).get('/api/v1/measures/00000000-0000-4000-8000-000000000000').expect(404);
    expect(problemsOf(unknown)).toEqual([{ field: null, code: 'not_found', params: {} }]);
  });

  it('names the lifecycle’s rules (409, note) and the optimistic lock’s (412, 428, malformed If-Match)', async () => {
    const measure = await createMeasure(app(), { title: 'Lebenslauf', fieldOfActionId: catalogue.fields[0].id });
    const jump = await api(app())
      .post(`/api/v1/measures/${measure.id}/status`)
      .set('If-Match', '"1"')
      .send({ status: 'completed' })
      .expect(409);
    expect(problemsOf(jump)).toEqual([
      {
        field: 'status',
        code: 'illegal_transition',
        params: { from: 'proposed', to: 'completed', allowed: ['in_review', 'rejected'] },
      },
    ]);
    const noReason = await api(app())
      .post(`/api/v1/measures/${measure.id}/status`)
      .set('If-Match', '"1"')
      .send({ status: 'rejected' })
      .expect(400);
    expect(problemsOf(noReason)).toEqual([{ field: 'note', code: 'note_required', params: { status: 'rejected' } }]);

    await api(app()).patch(`/api/v1/measures/${measure.id}`).set('If-Match', '"1"').send({ progress: 10 }).expect(200);
    const stale = await api(app())
      .patch(`/api/v1/measures/${measure.id}`)
      .set('If-Match', '"1"')
      .send({ progress: 20 })
      .expect(412);
    expect(problemsOf(stale)).toEqual([{ field: 'If-Match', code: 'version_mismatch', params: { current: 2 } }]);
    const without = await api(app()).patch(`/api/v1/measures/${measure.id}`).send({ progress: 20 }).expect(428);
    expect(problemsOf(without)).toEqual([{ field: 'If-Match', code: 'if_match_required', params: {} }]);
    const malformed = await api(app())
      .patch(`/api/v1/measures/${measure.id}`)
      .set('If-Match', 'abc')
      .send({ progress: 20 })
      .expect(400);
    expect(problemsOf(malformed)).toEqual([{ field: 'If-Match', code: 'if_match_malformed', params: {} }]);
  });

  it('names the rights that refuse a request: sign-in (401), CSRF, role and per-record rights (403)', async () => {
    const signedOut = await anonymous(app()).get('/api/v1/measures').expect(401);
    expect(problemsOf(signedOut)).toEqual([{ field: null, code: 'sign_in_required', params: {} }]);
    const badToken = await api(app(), 'lbm_unknown').get('/api/v1/measures').expect(401);
    expect(problemsOf(badToken)).toEqual([{ field: null, code: 'token_invalid', params: {} }]);

    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    const noCsrf = await request(app().getHttpServer())
      .post('/api/v1/actors')
      .set('Cookie', session.cookie)
      .send({ name: 'Ohne Token', type: 'other' })
      .expect(403);
    expect(problemsOf(noCsrf)).toEqual([{ field: null, code: 'csrf_token_invalid', params: {} }]);
    await withSession(app(), session).get('/api/v1/auth/me').expect(200);

    const viewer = await userWithToken(app(), { email: 'problems-viewer@example.org', role: 'viewer' });
    const role = await api(app(), viewer.token)
      .post('/api/v1/measures')
      .send({ title: 'x', fieldOfActionId: catalogue.fields[0].id })
      .expect(403);
    expect(problemsOf(role)).toEqual([{ field: null, code: 'forbidden_role', params: {} }]);

    const editor = await userWithToken(app(), {
      email: 'problems-editor@example.org',
      role: 'editor',
      actorId: catalogue.actors[1].id,
    });
    const foreign: Measure = await createMeasure(app(), {
      title: 'Fremde Maßnahme',
      fieldOfActionId: catalogue.fields[0].id,
      leadActorId: catalogue.actors[0].id,
    });
    const perRecord = await api(app(), editor.token)
      .patch(`/api/v1/measures/${foreign.id}`)
      .set('If-Match', '"1"')
      .send({ progress: 50 })
      .expect(403);
    expect(problemsOf(perRecord)).toEqual([{ field: null, code: 'not_lead_or_partner', params: {} }]);
  });

  it('gives what the framework refuses a problem by status: unknown route, body too large, not JSON', async () => {
    const route = await api(app()).get('/api/v1/no-such-route').expect(404);
    expect(problemsOf(route)).toEqual([{ field: null, code: 'not_found', params: {} }]);
    const large = await api(app())
      .post('/api/v1/measures')
      .send({ title: 'x', fieldOfActionId: catalogue.fields[0].id, description: 'x'.repeat(1024 * 1024) })
      .expect(413);
    expect(problemsOf(large)).toEqual([{ field: null, code: 'payload_too_large', params: {} }]);
    const text = await api(app())
      .post('/api/v1/measures')
      .set('content-type', 'text/plain')
      .send('title=x')
      .expect(415);
    expect(problemsOf(text)).toEqual([{ field: null, code: 'unsupported_media_type', params: {} }]);
    const json = await api(app())
      .post('/api/v1/measures')
      .set('content-type', 'application/json')
      .send('{"title":')
      .expect(400);
    expect(problemsOf(json)).toEqual([{ field: null, code: 'malformed_request', params: {} }]);
  });
});
