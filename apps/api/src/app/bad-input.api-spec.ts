import { TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { api, Catalog, countMeasures, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

/** Every kind of bad input gets the contract's 4xx with a message naming the field, and nothing is written. */
describe('bad input', () => {
  let test: TestApp;
  let catalogue: Catalog;
  let measureId: string;

  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
    measureId = (await createMeasure(test.app, { title: 'Bestand', fieldOfActionId: catalogue.fields[0].id })).id;
  });
  afterAll(() => test.close());

  const app = () => test.app;
  const valid = () => ({ title: 'Gültig', fieldOfActionId: catalogue.fields[0].id });

  async function expectNothingWritten(action: () => Promise<unknown>) {
    const before = await countMeasures(app());
    const measure = (await api(app()).get(`/api/v1/measures/${measureId}`).expect(200)).body;
    await action();
    expect(await countMeasures(app())).toBe(before);
    expect((await api(app()).get(`/api/v1/measures/${measureId}`).expect(200)).body).toEqual(measure);
  }

  it.each([
    ['an unknown field', { foo: 1 }, 'property foo should not exist'],
    ['a missing title', { title: undefined }, 'title must be a string'],
    ['an empty title', { title: '' }, 'title should not be empty'],
    ['a number as title', { title: 42 }, 'title must be a string'],
    ['an object as title', { title: { $ne: 1 } }, 'title must be a string'],
    ['an array as title', { title: ['a'] }, 'title must be a string'],
    [
      'an over-long title',
      { title: 'x'.repeat(TEXT_LIMITS.title + 1) },
      'title must be shorter than or equal to 200 characters',
    ],
    [
      'an over-long description',
      { description: 'x'.repeat(TEXT_LIMITS.description + 1) },
      'description must be shorter than or equal to 5000 characters',
    ],
    ['progress above 100', { progress: 101 }, 'progress must not be greater than 100'],
    ['negative progress', { progress: -1 }, 'progress must not be less than 0'],
    ['fractional progress', { progress: 12.5 }, 'progress must be an integer number'],
    ['progress as a string', { progress: '50' }, 'progress must be an integer number'],
    [
      'an impossible date',
      { plannedStart: '2017-02-30' },
      'plannedStart must be a calendar date in the form YYYY-MM-DD',
    ],
    ['a German date', { plannedEnd: '31.12.2017' }, 'plannedEnd must be a calendar date in the form YYYY-MM-DD'],
    [
      'a timestamp as date',
      { plannedEnd: '2017-12-31T00:00:00Z' },
      'plannedEnd must be a calendar date in the form YYYY-MM-DD',
    ],
    ['public as a string', { public: 'true' }, 'public must be a boolean value'],
    ['an unknown origin', { origin: 'twitter' }, 'origin must be one of the following values'],
    ['an unknown feasibility', { feasibility: 'maybe' }, 'feasibility must be one of the following values'],
    ['guidelines as a string', { guidelineIds: 'abc' }, 'guidelineIds must be an array'],
    ['duplicate partners', { partnerActorIds: ['a', 'a'] }, "All partnerActorIds's elements must be unique"],
    [
      'too many guidelines',
      { guidelineIds: Array.from({ length: 51 }, (_, i) => `g${i}`) },
      'guidelineIds must contain no more than 50 elements',
    ],
    ['contact as a string', { contact: 'Frau Müller' }, 'contact must be an object'],
    ['an invalid contact e-mail', { contact: { email: 'not-an-email' } }, 'contact.email must be an email'],
    ['an unknown contact field', { contact: { phone: '040' } }, 'contact.property phone should not exist'],
    ['a status on create', { status: 'completed' }, 'property status should not exist'],
    ['a blank title', { title: '   ' }, 'title should not be empty'],
    ['a NUL character', { title: 'a\u0000b' }, 'title must not contain NUL characters'],
    [
      'variation selectors beyond the limit',
      { title: 'a\uFE0F'.repeat(200) },
      'title must be shorter than or equal to 200 characters',
    ],
    ['year 0000', { plannedStart: '0000-01-01' }, 'plannedStart must be a calendar date'],
    ['an empty lead actor id', { leadActorId: '' }, 'leadActorId should not be empty'],
  ])('POST with %s → 400 naming the field', async (_label, override, message) => {
    await expectNothingWritten(async () => {
      const response = await api(app())
        .post('/api/v1/measures')
        .send({ ...valid(), ...override })
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.message).toContainEqual(expect.stringContaining(message));
    });
  });

  it('refuses __proto__ and constructor keys without polluting anything', async () => {
    await expectNothingWritten(async () => {
      const raw = `{"title":"x","fieldOfActionId":"${catalogue.fields[0].id}","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`;
      const response = await api(app()).post('/api/v1/measures').set('content-type', 'application/json').send(raw);
      expect(response.status).toBe(400);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });

  it('answers malformed JSON with 400', async () => {
    await expectNothingWritten(async () => {
      const response = await api(app())
        .post('/api/v1/measures')
        .set('content-type', 'application/json')
        .send('{"title": "x",');
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.stringContaining('not valid JSON'),
        problems: [{ field: null, code: 'malformed_request', params: {} }],
      });
    });
  });

  it('answers a body that is not JSON with 415', async () => {
    await expectNothingWritten(async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        const response = await api(app()).post('/api/v1/measures').set('content-type', type).send('title=x');
        expect(response.status).toBe(415);
        expect(response.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
      }
    });
  });

  it('answers a body over the limit with 413', async () => {
    await expectNothingWritten(async () => {
      const response = await api(app())
        .post('/api/v1/measures')
        .send({ ...valid(), description: 'x'.repeat(1024 * 1024) });
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'Request body is too large',
        problems: [{ field: null, code: 'payload_too_large', params: {} }],
      });
    });
  });

  it('answers a JSON array or scalar as body with 400', async () => {
    await expectNothingWritten(async () => {
      for (const body of ['[]', '"title"', '42', 'null']) {
        const response = await api(app()).post('/api/v1/measures').set('content-type', 'application/json').send(body);
        expect(response.status).toBe(400);
      }
    });
  });

  it('refuses bad PATCH bodies with 400 and leaves the measure as it was', async () => {
    await expectNothingWritten(async () => {
      for (const body of [
        { title: 'x'.repeat(201) },
        { progress: 1000 },
        { plannedEnd: '2017-13-01' },
        { foo: 'bar' },
      ]) {
        await api(app()).patch(`/api/v1/measures/${measureId}`).set('If-Match', '"1"').send(body).expect(400);
      }
    });
  });

  it('refuses an over-long note on a status change', async () => {
    await expectNothingWritten(async () => {
      const response = await api(app())
        .post(`/api/v1/measures/${measureId}/status`)
        .set('If-Match', '"1"')
        .send({ status: 'rejected', note: 'x'.repeat(TEXT_LIMITS.note + 1) })
        .expect(400);
      expect(response.body.message).toContainEqual('note must be shorter than or equal to 2000 characters');
    });
  });

  it('keeps bidi control characters and SQL fragments as plain text', async () => {
    const title = "Robert'); DROP TABLE measure;-- \u202Eevil\u202C";
    const measure = await createMeasure(app(), { ...valid(), title });
    expect((await api(app()).get(`/api/v1/measures/${measure.id}`).expect(200)).body.title).toBe(title);
    const found = await api(app()).get('/api/v1/measures').query({ q: "'); DROP TABLE measure;--" }).expect(200);
    expect(found.body.total).toBe(1);
  });

  it('answers NUL characters and malformed escapes in the URL with the contract error', async () => {
    const nul = await api(app()).get('/api/v1/public/measures/%00').expect(400);
    expect(nul.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [expect.stringContaining('NUL')],
      problems: [{ field: 'id', code: 'invalid_text', params: {} }],
    });
    await api(app()).get('/api/v1/measures').query({ q: 'a\u0000' }).expect(400);
    const malformed = await api(app()).get('/api/v1/public/measures/%E0%A4%A').expect(400);
    expect(malformed.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'the request URL is malformed',
      problems: [{ field: null, code: 'malformed_request', params: {} }],
    });
  });

  it('refuses an over-long search text', async () => {
    const response = await api(app())
      .get('/api/v1/measures')
      .query({ q: 'x'.repeat(201) })
      .expect(400);
    expect(response.body.message).toContainEqual('q must be shorter than or equal to 200 characters');
  });
});
