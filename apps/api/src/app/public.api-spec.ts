import type { DashboardSummary, Page, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import { anonymous, api } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('public endpoints', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(() => test.close());
  const app = () => test.app;

  it('lists only published measures, without any personal data or internal notes', async () => {
    const page = (await anonymous(app()).get('/api/v1/public/measures').query({ limit: 100 }).expect(200))
      .body as Page<PublicMeasure>;
    const internal = (await api(app()).get('/api/v1/measures').query({ limit: 100 }).expect(200)).body;
    const published = internal.items.filter((measure: { public: boolean }) => measure.public);
    expect(page.total).toBe(published.length);
    expect(page.total).toBeLessThan(internal.total);
    const text = JSON.stringify(page);
    expect(text).not.toMatch(/@/);
    for (const field of ['contact', 'statusNote', 'feasibilityReason', 'email', 'version', '"public"'])
      expect(text).not.toContain(field);
    expect(page.items[0]).toEqual(
      expect.objectContaining({
        title: expect.any(String),
        fieldOfActionName: expect.any(String),
        partnerActorNames: expect.any(Array),
      }),
    );
  });

  it('answers 404 for a measure that is not published', async () => {
    const internal = (await api(app()).get('/api/v1/measures').query({ limit: 100 }).expect(200)).body;
    const hidden = internal.items.find((measure: { public: boolean }) => !measure.public);
    const shown = internal.items.find((measure: { public: boolean }) => measure.public);
    await anonymous(app()).get(`/api/v1/public/measures/${hidden.id}`).expect(404);
    const one = await anonymous(app()).get(`/api/v1/public/measures/${shown.id}`).expect(200);
    expect(JSON.stringify(one.body)).not.toMatch(/@/);
  });

  it('sums up the published measures only', async () => {
    const summary = (await anonymous(app()).get('/api/v1/public/summary').expect(200)).body as DashboardSummary;
    const page = (await anonymous(app()).get('/api/v1/public/measures').expect(200)).body as Page<PublicMeasure>;
    expect(summary.totals.total).toBe(page.total);
    expect(JSON.stringify(summary)).not.toMatch(/@/);
  });

  it('derives the timeline of the published measures from their status history, for any period and field', async () => {
    const internal = (await api(app()).get('/api/v1/measures').query({ limit: 100 }).expect(200)).body;
    const published: { id: string; fieldOfActionId: string }[] = internal.items.filter(
      (measure: { public: boolean }) => measure.public,
    );
    const firstMonths = new Map<string, { started?: string; completed?: string; field: string }>();
    for (const measure of published) {
      const history = (
        await api(app())
          .get(`/api/v1/measures/${measure.id}/history`)
          .query({ kind: 'status_change', limit: 100 })
          .expect(200)
      ).body.items as { at: string; changes: { field: string; to: unknown }[] }[];
      const first = (status: string) =>
        history
          .filter((entry) => entry.changes[0]?.field === 'status' && entry.changes[0].to === status)
          .map((entry) => entry.at)
          .sort()[0]
          ?.slice(0, 7);
      firstMonths.set(measure.id, {
        started: first('in_progress'),
        completed: first('completed'),
        field: measure.fieldOfActionId,
      });
    }
    const starts = [...firstMonths.values()].map((entry) => entry.started).filter(Boolean);
    expect(starts.length).toBeGreaterThan(0);

    const from = '2016-12-01';
    const to = new Date().toISOString().slice(0, 10);
    const expectMatches = (summary: DashboardSummary, field?: string) => {
      for (const month of summary.timeline.months) {
        const entries = [...firstMonths.values()].filter((entry) => !field || entry.field === field);
        expect(month).toEqual({
          month: month.month,
          started: entries.filter((entry) => entry.started === month.month).length,
          completed: entries.filter((entry) => entry.completed === month.month).length,
        });
      }
    };
    const wide = (await anonymous(app()).get('/api/v1/public/summary').query({ from, to }).expect(200))
      .body as DashboardSummary;
    expect(wide.timeline.months.reduce((sum, month) => sum + month.started, 0)).toBe(
      starts.filter((month) => month && month >= '2016-12').length,
    );
    expectMatches(wide);

    const field = published[0].fieldOfActionId;
    const narrowed = (
      await anonymous(app()).get('/api/v1/public/summary').query({ from, to, fieldOfAction: field }).expect(200)
    ).body as DashboardSummary;
    expectMatches(narrowed, field);
    expect(narrowed.totals.total).toBe(published.filter((measure) => measure.fieldOfActionId === field).length);
    expect(narrowed.recentChanges.every((change) => firstMonths.has(change.measureId))).toBe(true);

    await anonymous(app()).get('/api/v1/public/summary').query({ from: to, to: from }).expect(400);
  });

  it('validates its filters like the internal list', async () => {
    await anonymous(app()).get('/api/v1/public/measures').query({ sort: 'contactEmail' }).expect(400);
    await anonymous(app()).get('/api/v1/public/measures').query({ limit: 1000 }).expect(400);
  });
});
