import type { DashboardSummary, FieldOfActionSummary } from '@leitbild-monitor/shared/contracts';
import { api, Catalogue, createMeasure, seedCatalogue } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('dashboard summary', () => {
  let test: TestApp;
  let catalogue: Catalogue;
  beforeAll(async () => {
    test = await startTestApp();
    catalogue = await seedCatalogue(test.app);
  });
  afterAll(() => test.close());
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
});
