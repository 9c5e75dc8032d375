import type { DashboardSummary, Page, PublicMeasure } from '@leitbild-monitor/shared/contracts';
import { pinClock, releaseClock } from '../test/clock';
import { anonymous, api } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('public endpoints', () => {
  // A day years after the demo data's history was written, in another month than most runs: the demo history is
  // laid out up to the day it is loaded and the timeline must cover any period since the first change.
  const TODAY = '2031-03-14';
  let test: TestApp;
  beforeAll(async () => {
    pinClock(`${TODAY}T09:30:00.000Z`);
    test = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });
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

    // Since the beginning: from the first recorded change to today, binned per year for a decade.
    const plain = (await anonymous(app()).get('/api/v1/public/summary').expect(200)).body as DashboardSummary;
    const from = plain.timeline.firstRecorded as string;
    const to = TODAY;
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(from < '2022-01-01').toBe(true);
    const binOf = (month: string, resolution: string) =>
      resolution === 'month'
        ? month
        : resolution === 'year'
          ? month.slice(0, 4)
          : `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
    const expectMatches = (summary: DashboardSummary, field?: string) => {
      const entries = [...firstMonths.values()].filter((entry) => !field || entry.field === field);
      const inPeriod = (month?: string) => !!month && month >= summary.timeline.from.slice(0, 7);
      for (const bin of summary.timeline.bins) {
        const inBin = (month?: string) =>
          inPeriod(month) && binOf(month as string, summary.timeline.resolution) === bin.key;
        expect(bin).toEqual({
          key: bin.key,
          start: bin.start,
          started: entries.filter((entry) => inBin(entry.started)).length,
          completed: entries.filter((entry) => inBin(entry.completed)).length,
        });
      }
    };
    const wide = (await anonymous(app()).get('/api/v1/public/summary').query({ from, to }).expect(200))
      .body as DashboardSummary;
    expect(wide.timeline.resolution).toBe('year');
    expect(wide.timeline.bins.map((bin) => bin.key)).toEqual(
      Array.from({ length: 2031 - Number(from.slice(0, 4)) + 1 }, (_, index) =>
        String(Number(from.slice(0, 4)) + index),
      ),
    );
    // Every published measure that ever started is counted.
    expect(wide.timeline.bins.reduce((sum, bin) => sum + bin.started, 0)).toBe(starts.length);
    expectMatches(wide);

    // The default period: the last twelve calendar months, per month, ending in the pinned month.
    expect(plain.timeline.resolution).toBe('month');
    expect(plain.timeline.bins.map((bin) => bin.key).at(-1)).toBe('2031-03');
    expect(plain.timeline.bins).toHaveLength(12);
    expectMatches(plain);

    const quarters = (
      await anonymous(app()).get('/api/v1/public/summary').query({ from: '2027-01-01', to }).expect(200)
    ).body as DashboardSummary;
    expect(quarters.timeline.resolution).toBe('quarter');
    expect(quarters.timeline.bins[0]).toMatchObject({ key: '2027-Q1', start: '2027-01-01' });
    expectMatches(quarters);

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
