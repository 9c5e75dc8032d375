import type { Actor, FieldOfAction, LeitbildSection, Page } from '@leitbild-monitor/shared/contracts';
import { api } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('catalogue API', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());
  const app = () => test.app;

  it('serves the Leitbild: five sections in order, each with its guideline statements', async () => {
    const sections = (await api(app()).get('/api/v1/guidelines').expect(200)).body as LeitbildSection[];
    expect(sections.map((section) => section.title)).toEqual([
      'Wer sind wir?',
      'Was machen wir?',
      'Wie machen wir das?',
      '„Integration“ – Was heißt das für uns?',
      'Und Du?',
    ]);
    expect(sections[0].motto).toBe('Wir alle sind Harburger_innen!');
    expect(sections[0].guidelines[0]).toMatchObject({ code: '1.1', id: expect.any(String) });
    expect(sections.flatMap((section) => section.guidelines).map((guideline) => guideline.text)).toContain(
      'Unsere Vielfalt ist unsere Stärke.',
    );
  });

  it('serves the fields of action named in the source documents', async () => {
    const page = (await api(app()).get('/api/v1/fields-of-action').expect(200)).body as Page<FieldOfAction>;
    expect(page.items.map((field) => field.name)).toEqual([
      'Antidiskriminierung',
      'Ehrenamt',
      'Zusammenleben in Harburg',
      'Deutsch als Sprache',
      'Arbeit und Bildung',
    ]);
    expect(page).toMatchObject({ total: 5, page: 1, limit: 25 });
  });

  it('creates and renames a field of action, refusing duplicate names', async () => {
    const created = (
      await api(app())
        .post('/api/v1/fields-of-action')
        .send({ name: 'Wohnen', description: 'Wohnraum für alle' })
        .expect(201)
    ).body as FieldOfAction;
    expect(created).toMatchObject({ name: 'Wohnen', key: 'wohnen', position: 6 });
    const renamed = await api(app())
      .patch(`/api/v1/fields-of-action/${created.id}`)
      .send({ name: 'Wohnen und Quartier' })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'Wohnen und Quartier', key: 'wohnen' });
    const duplicate = await api(app()).post('/api/v1/fields-of-action').send({ name: 'Ehrenamt' }).expect(409);
    expect(duplicate.body.message).toBe('name: a field of action with this name already exists');
    await api(app()).patch(`/api/v1/fields-of-action/${created.id}`).send({ name: 'Ehrenamt' }).expect(409);
    await api(app()).get(`/api/v1/fields-of-action/${created.id}`).expect(200);
    await api(app()).get('/api/v1/fields-of-action/unknown').expect(404);
  });

  it('answers parallel duplicates with one 201 and otherwise 409, never 500', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        api(app()).post('/api/v1/actors').send({ name: 'Doppelt e.V.', type: 'association' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it('refuses null and blank names on update', async () => {
    const actor = (await api(app()).post('/api/v1/actors').send({ name: 'Null-Test', type: 'other' }).expect(201)).body;
    for (const body of [{ name: null }, { type: null }, { name: '   ' }]) {
      await api(app()).patch(`/api/v1/actors/${actor.id}`).send(body).expect(400);
    }
    const field = (await api(app()).get('/api/v1/fields-of-action').expect(200)).body.items[0];
    await api(app()).patch(`/api/v1/fields-of-action/${field.id}`).send({ name: null }).expect(400);
    await api(app()).patch(`/api/v1/fields-of-action/${field.id}`).send({ name: ' \t ' }).expect(400);
  });

  it('validates fields of action', async () => {
    const response = await api(app()).post('/api/v1/fields-of-action').send({ name: '', extra: 1 }).expect(400);
    expect(response.body.message).toEqual(
      expect.arrayContaining(['property extra should not exist', 'name should not be empty']),
    );
    await api(app()).patch('/api/v1/fields-of-action/unknown').send({ name: 'X' }).expect(404);
  });

  it('creates, finds and edits actors with a type', async () => {
    const created = (
      await api(app()).post('/api/v1/actors').send({ name: 'Volkshochschule Harburg', type: 'education' }).expect(201)
    ).body as Actor;
    await api(app())
      .post('/api/v1/actors')
      .send({ name: 'Türkischer Elternverein', type: 'migrant_organisation' })
      .expect(201);
    const found = (await api(app()).get('/api/v1/actors').query({ q: 'volkshoch' }).expect(200)).body as Page<Actor>;
    expect(found.items).toEqual([created]);
    const byType = (await api(app()).get('/api/v1/actors').query({ type: 'migrant_organisation' }).expect(200))
      .body as Page<Actor>;
    expect(byType.items.map((actor) => actor.name)).toEqual(['Türkischer Elternverein']);
    const edited = await api(app()).patch(`/api/v1/actors/${created.id}`).send({ type: 'association' }).expect(200);
    expect(edited.body).toMatchObject({ name: 'Volkshochschule Harburg', type: 'association' });
    await api(app()).post('/api/v1/actors').send({ name: 'Volkshochschule Harburg', type: 'education' }).expect(409);
    const bad = await api(app()).post('/api/v1/actors').send({ name: 'X', type: 'club' }).expect(400);
    expect(bad.body.message[0]).toMatch(/^type must be one of the following values/);
  });
});
