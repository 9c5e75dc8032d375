import type { DashboardSummary, FieldOfActionSummary } from '@leitbild-monitor/shared/contracts';
import { pinClock, releaseClock } from '../test/clock';
import { api, Catalog, createMeasure, seedCatalog } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('dashboard summary', () => {
  // Overdue and the default period depend on today: a pinned day in the middle of a month.
  const TODAY = '2030-02-12';
  let test: TestApp;
  let catalogue: Catalog;
  beforeAll(async () => {
    pinClock(`${TODAY}T10:00:00.000Z`);
    test = await startTestApp();
    catalogue = await seedCatalog(test.app);
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });
  const app = () => test.app;

  const summary = async () => (await api(app()).get('/api/v1/dashboard/summary').expect(200)).body as DashboardSummary;
  const fieldSummary = async (id: string) =>
    (await summary()).fieldsOfAction.find((field) => field.fieldOfActionId === id) as FieldOfActionSummary;

  async function moveTo(id: string, statuses: string[], note = 'Grund') {
    let version = (await api(app()).get(`/api/v1/measures/${id}`).expect(200)).body.version;
    for (const status of statuses) {
      await api(app())
        .post(`/api/v1/measures/${id}/status`)
        .set('If-Match', `"${version++}"`)
        .send({ status, note })
        .expect(200);
    }
  }

  it('lists every field of action, also those without measures, with zero counts', async () => {
    const result = await summary();
    expect(result.fieldsOfAction).toHaveLength(5);
    expect(result.fieldsOfAction[0]).toMatchObject({ total: 0, meanProgress: null, progressBasis: 0, overdue: 0 });
    expect(result.totals.total).toBe(0);
    expect(result.guidelines.every((guideline) => guideline.activeMeasures === 0)).toBe(true);
  });

  it('rolls up status counts, mean progress (known, not rejected or on hold) and overdue per field', async () => {
    const field = catalogue.fields[1].id;
    const guideline = catalogue.guidelines[3].id;
    const a = await createMeasure(app(), {
      title: 'A',
      fieldOfActionId: field,
      progress: 20,
      plannedEnd: '2020-06-30',
      guidelineIds: [guideline],
    });
    const b = await createMeasure(app(), {
      title: 'B',
      fieldOfActionId: field,
      progress: 60,
      guidelineIds: [guideline],
    });
    await createMeasure(app(), { title: 'C (unknown progress)', fieldOfActionId: field });
    const d = await createMeasure(app(), { title: 'D (on hold)', fieldOfActionId: field, progress: 0 });
    const e = await createMeasure(app(), {
      title: 'E (rejected, overdue date)',
      fieldOfActionId: field,
      progress: 5,
      plannedEnd: '2020-01-01',
    });

    await moveTo(a.id, ['in_review', 'planned', 'in_progress']);
    await moveTo(b.id, ['in_review', 'planned']);
    await moveTo(d.id, ['in_review', 'on_hold']);
    await moveTo(e.id, ['rejected']);

    const result = await fieldSummary(field);
    expect(result.total).toBe(5);
    expect(result.byStatus).toEqual({
      proposed: 1,
      in_review: 0,
      planned: 1,
      in_progress: 1,
      completed: 0,
      on_hold: 1,
      rejected: 1,
    });
    // A (20) and B (60) count; C is unknown, D on hold, E rejected.
    expect(result.meanProgress).toBe(40);
    expect(result.progressBasis).toBe(2);
    // A is past its planned end; E too, but rejected measures are never overdue.
    expect(result.overdue).toBe(1);

    const all = await summary();
    expect(all.totals).toMatchObject({ total: 5, overdue: 1 });
    expect(all.guidelines.find((entry) => entry.guidelineId === guideline)?.activeMeasures).toBe(2);
    expect(all.recentChanges[0]).toMatchObject({ measureId: e.id, kind: 'status_change' });
    expect(all.recentChanges.length).toBeLessThanOrEqual(10);

    // Completing A: no longer overdue, progress 100 now counts.
    await moveTo(a.id, ['completed']);
    const after = await fieldSummary(field);
    expect(after.overdue).toBe(0);
    expect(after.meanProgress).toBe(80);
    expect((await summary()).guidelines.find((entry) => entry.guidelineId === guideline)?.activeMeasures).toBe(1);
  });

  describe('filters and timeline', () => {
    const thisMonth = () => TODAY.slice(0, 7);
    const get = (query: Record<string, string>) => api(app()).get('/api/v1/dashboard/summary').query(query);

    it('covers the last twelve calendar months by default, months without changes included', async () => {
      const { timeline } = await summary();
      expect(timeline.resolution).toBe('month');
      expect(timeline.bins).toHaveLength(12);
      expect(timeline.bins[11].key).toBe(thisMonth());
      expect(timeline.to).toBe(TODAY);
      expect(timeline.from).toBe('2029-03-01');
      expect(timeline.from).toBe(timeline.bins[0].start);
      expect(timeline.bins.every((bin) => bin.started >= 0 && bin.completed >= 0)).toBe(true);
    });

    it('counts each measure in the month its status first changed to in progress or completed', async () => {
      const field = catalogue.fields[2].id;
      const before = (await get({ fieldOfAction: field }).expect(200)).body as DashboardSummary;
      expect(before.timeline.bins.at(-1)).toMatchObject({ started: 0, completed: 0 });

      const a = await createMeasure(app(), { title: 'Zeitreihe A', fieldOfActionId: field });
      const b = await createMeasure(app(), { title: 'Zeitreihe B', fieldOfActionId: field });
      await moveTo(a.id, ['in_review', 'planned', 'in_progress', 'on_hold', 'in_progress', 'completed']);
      await moveTo(b.id, ['in_review', 'planned', 'in_progress']);

      const after = (await get({ fieldOfAction: field }).expect(200)).body as DashboardSummary;
      // A went into progress twice but started once; B started; only A completed.
      expect(after.timeline.bins.at(-1)).toEqual({
        key: thisMonth(),
        start: `${thisMonth()}-01`,
        started: 2,
        completed: 1,
      });
      expect(after.fieldOfActionId).toBe(field);
      expect(after.fieldsOfAction.map((entry) => entry.fieldOfActionId)).toEqual([field]);
      expect(after.totals).toMatchObject({ total: 2 });
      expect(after.totals.byStatus).toMatchObject({ in_progress: 1, completed: 1 });
      expect(after.recentChanges.every((change) => [a.id, b.id].includes(change.measureId))).toBe(true);

      // Another field's view does not see them.
      const other = (await get({ fieldOfAction: catalogue.fields[3].id }).expect(200)).body as DashboardSummary;
      expect(other.timeline.bins.at(-1)).toMatchObject({ started: 0, completed: 0 });
      expect(other.totals.total).toBe(0);
    });

    it('bounds the timeline and the recent changes by the period, key figures stay current', async () => {
      const all = await summary();
      const past = (await get({ from: '2020-01-15', to: '2020-12-31' }).expect(200)).body as DashboardSummary;
      expect(past.timeline).toEqual({
        from: '2020-01-15',
        to: '2020-12-31',
        resolution: 'month',
        bins: Array.from({ length: 12 }, (_, index) => ({
          key: `2020-${String(index + 1).padStart(2, '0')}`,
          start: `2020-${String(index + 1).padStart(2, '0')}-01`,
          started: 0,
          completed: 0,
        })),
        firstRecorded: TODAY,
      });
      expect(past.recentChanges).toEqual([]);
      expect(past.totals).toEqual(all.totals);

      const current = (await get({ from: TODAY, to: TODAY }).expect(200)).body as DashboardSummary;
      expect(current.timeline.bins).toHaveLength(1);
      expect(current.timeline.bins[0].started).toBe(all.timeline.bins.at(-1)?.started);

      // Since the beginning of the century: one bin per year, this year's holding this month's changes.
      const long = (await get({ from: '2000-01-01', to: TODAY }).expect(200)).body as DashboardSummary;
      expect(long.timeline.resolution).toBe('year');
      expect(long.timeline.bins).toHaveLength(31);
      expect(long.timeline.bins.at(-1)).toMatchObject({ key: '2030', started: all.timeline.bins.at(-1)?.started });
      expect(current.recentChanges.length).toBeGreaterThan(0);
    });

    it.each([
      [{ from: '2026-02-30' }, /^from must be a calendar date/],
      [{ to: 'yesterday' }, /^to must be a calendar date/],
      [{ from: '2026-05-02', to: '2026-05-01' }, /^from must be on or before to$/],
      [{ from: '1926-01-01', to: '2026-01-01' }, /^from: the period may span at most 100 years$/],
      [{ fieldOfAction: 'no-such-field' }, /^fieldOfAction must be the id of a field of action$/],
      [{ fieldOfAction: 'x'.repeat(37) }, /^fieldOfAction must be/],
      [{ period: '12m' }, /^property period should not exist$/],
    ])('answers 400 naming the field for %j', async (query, message) => {
      const response = await get(query as Record<string, string>).expect(400);
      expect(response.body.statusCode).toBe(400);
      const messages = ([] as string[]).concat(response.body.message);
      expect(messages.some((text) => message.test(text))).toBe(true);
    });
  });
});
