import type { MeasureListItem, Page } from '@leitbild-monitor/shared/contracts';
import { pinClock, releaseClock } from '../test/clock';
import { api, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TestApp, writeDirectly } from '../test/test-app';

describe('measure list: changed since', () => {
  let test: TestApp;
  let field: string;
  let guideline: string;

  const app = () => test.app;
  const setUpdatedAt = (id: string, timestamp: string) =>
    writeDirectly(app(), `UPDATE measure SET updated_at = '${timestamp}' WHERE id = '${id}'`);

  // "Now" lies after every fixed change below, whatever day the test runs on.
  const TODAY = '2026-12-01';

  beforeAll(async () => {
    pinClock(`${TODAY}T10:00:00.000Z`);
    test = await startTestApp();
    const catalogue = await seedCatalog(test.app);
    guideline = catalogue.guidelines[1].id;
    // A field of its own keeps the assertions independent of anything else in the database.
    field = (await api(app()).post('/api/v1/fields-of-action').send({ name: 'Geändert-seit-Test' }).expect(201)).body
      .id;
    const make = (title: string, extra: Record<string, unknown> = {}) =>
      createMeasure(app(), { title, fieldOfActionId: field, ...extra });
    const september = await make('September Nachbarschaftsfest');
    const lastOfSeptember = await make('Spätsommer Lesepatenschaft', { guidelineIds: [guideline] });
    const firstOfOctober = await make('Oktober Sprachcafé', { guidelineIds: [guideline] });
    const november = await make('November Ausbildungsmesse');
    await setUpdatedAt(september.id, '2026-09-15T12:00:00.000Z');
    await setUpdatedAt(lastOfSeptember.id, '2026-09-30T23:59:59.999Z');
    await setUpdatedAt(firstOfOctober.id, '2026-10-01T00:00:00.000Z');
    await setUpdatedAt(november.id, '2026-11-20T08:15:00.000Z');
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });

  const list = async (query: Record<string, string | number | boolean>) =>
    (
      await api(app())
        .get('/api/v1/measures')
        .query({ fieldOfAction: field, ...query })
        .expect(200)
    ).body as Page<MeasureListItem>;
  const titles = (page: Page<MeasureListItem>) => page.items.map((item) => item.title.split(' ')[0]);

  it('lists the measures updated on or after the start of the day in UTC, newest first', async () => {
    const page = await list({ changedSince: '2026-10-01' });
    expect(titles(page)).toEqual(['November', 'Oktober']);
    expect(page.total).toBe(2);
  });

  it('includes the whole day and everything when the date lies before all changes', async () => {
    expect(titles(await list({ changedSince: '2026-09-30', sort: 'updatedAt' }))).toEqual([
      'Spätsommer',
      'Oktober',
      'November',
    ]);
    expect((await list({ changedSince: '1900-01-01' })).total).toBe(4);
    expect((await list({ changedSince: '2026-11-21' })).total).toBe(0);
  });

  it('combines with the other filters, sort and pagination', async () => {
    expect(titles(await list({ changedSince: '2026-09-01', guideline }))).toEqual(['Oktober', 'Spätsommer']);
    expect(titles(await list({ changedSince: '2026-09-01', q: 'sprachcafé' }))).toEqual(['Oktober']);
    const second = await list({ changedSince: '2026-09-01', sort: 'title', limit: 3, page: 2 });
    expect(second).toMatchObject({ total: 4, page: 2, limit: 3 });
    expect(titles(second)).toEqual(['Spätsommer']);
  });

  it('sees a change made now', async () => {
    const today = TODAY;
    expect((await list({ changedSince: today })).total).toBe(0);
    const [september] = (await list({ q: 'Nachbarschaftsfest' })).items;
    await api(app())
      .patch(`/api/v1/measures/${september.id}`)
      .set('If-Match', `"${september.version}"`)
      .send({ progress: 10 })
      .expect(200);
    expect(titles(await list({ changedSince: today }))).toEqual(['September']);
  });

  it('counts every measure the filters match, whatever the page shows', async () => {
    const queries: Record<string, string>[] = [
      {},
      { guideline },
      { q: 'ber' },
      { q: 'nichts dergleichen' },
      { changedSince: '2026-10-01' },
      { guideline, changedSince: '2026-10-01' },
    ];
    for (const query of queries) {
      const all = await list({ ...query, limit: 100 });
      const first = await list({ ...query, limit: 1 });
      expect([query, first.total, all.total]).toEqual([query, all.items.length, all.items.length]);
    }
    const register = (await api(app()).get('/api/v1/measures').query({ limit: 100 }).expect(200)).body;
    expect(register.total).toBe(register.items.length);
  });

  it('answers 400 naming the field for anything but a calendar date', async () => {
    for (const value of [
      '2026-02-30',
      '2026-10-1',
      '01.10.2026',
      '2026-10-01T00:00:00Z',
      '1899-12-31',
      '3000-01-01',
      'gestern',
      '',
    ]) {
      const response = await api(app()).get('/api/v1/measures').query({ changedSince: value }).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(response.body.message).toContainEqual(expect.stringMatching(/^changedSince must be a calendar date/));
    }
    const repeated = await api(app())
      .get('/api/v1/measures?changedSince=2026-10-01&changedSince=2026-11-01')
      .expect(400);
    expect(repeated.body.message).toContainEqual(expect.stringMatching(/^changedSince must be a calendar date/));
  });
});
