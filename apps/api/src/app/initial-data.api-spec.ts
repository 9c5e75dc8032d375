import type {
  DashboardSummary,
  HistoryEntry,
  Indicator,
  IndicatorListItem,
  IndicatorSummary,
  Measure,
  MeasureListItem,
  Page,
} from '@leitbild-monitor/shared/contracts';
import { pinClock, releaseClock } from '../test/clock';
import { api } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

describe('initial and demo data', () => {
  describe('with DEMO_DATA=true', () => {
    // Loaded on a day far from the one the example history was written for.
    const TODAY = '2029-08-20';
    let test: TestApp;
    beforeAll(async () => {
      pinClock(`${TODAY}T06:00:00.000Z`);
      test = await startTestApp({ DEMO_DATA: 'true' });
    });
    afterAll(async () => {
      await test.close();
      releaseClock();
    });

    it('loads example measures, marked as such, across all fields of action and statuses', async () => {
      const summary = (await api(test.app).get('/api/v1/dashboard/summary').expect(200)).body as DashboardSummary;
      expect(summary.totals.total).toBe(40);
      expect(summary.fieldsOfAction.every((field) => field.total > 0)).toBe(true);
      expect(Object.values(summary.totals.byStatus).every((count) => count > 0)).toBe(true);
      expect(summary.totals.overdue).toBeGreaterThan(0);
      expect(summary.guidelines.some((guideline) => guideline.activeMeasures === 0)).toBe(true);
      const page = (await api(test.app).get('/api/v1/measures').query({ limit: 100 }).expect(200))
        .body as Page<MeasureListItem>;
      expect(page.items.every((measure) => measure.title.startsWith('Beispiel: '))).toBe(true);
      expect(
        page.items.every((measure) => measure.contact.email === null || measure.contact.email.endsWith('@example.org')),
      ).toBe(true);
    });

    it('gives example measures a dated history over about a decade up to the day before loading, matching their state', async () => {
      const page = (await api(test.app).get('/api/v1/measures').query({ status: 'completed', limit: 100 }).expect(200))
        .body as Page<Measure>;
      for (const measure of page.items) {
        expect(measure.progress).toBe(100);
        const history = (
          await api(test.app).get(`/api/v1/measures/${measure.id}/history`).query({ limit: 100 }).expect(200)
        ).body as Page<HistoryEntry>;
        expect(history.items[0].changes).toContainEqual({ field: 'status', from: 'in_progress', to: 'completed' });
        expect(history.items.at(-1)?.kind).toBe('created');
        const created = history.items.at(-1)?.at ?? '';
        expect(created < history.items[0].at).toBe(true);
        expect(history.items[0].at < TODAY).toBe(true);
        expect(measure.version).toBe(history.total);
      }
    });

    it('shows measures started and completed in the default period of a fresh start', async () => {
      const { timeline, recentChanges } = (await api(test.app).get('/api/v1/dashboard/summary').expect(200))
        .body as DashboardSummary;
      expect(timeline.to).toBe(TODAY);
      expect(timeline.bins.reduce((sum, bin) => sum + bin.started, 0)).toBeGreaterThanOrEqual(2);
      expect(timeline.bins.reduce((sum, bin) => sum + bin.completed, 0)).toBeGreaterThanOrEqual(2);
      expect(recentChanges.length).toBeGreaterThan(0);
      expect(recentChanges.every((change) => change.at < TODAY)).toBe(true);
    });

    it('loads example indicators, marked as such, in every field of action, with values over years and goals', async () => {
      const page = (await api(test.app).get('/api/v1/indicators').query({ limit: 100 }).expect(200))
        .body as Page<IndicatorListItem>;
      expect(page.total).toBe(9);
      expect(page.items.every((indicator) => indicator.name.startsWith('Beispiel: '))).toBe(true);
      const summary = (await api(test.app).get('/api/v1/indicators/summary').expect(200)).body as IndicatorSummary;
      expect(summary.fieldsOfAction.every((field) => field.total > 0)).toBe(true);
      // Every state is there to be seen: on track, off track, reached and without data.
      expect(new Set(page.items.map((indicator) => indicator.state))).toEqual(
        new Set(['on_track', 'off_track', 'reached', 'no_data']),
      );
      for (const indicator of page.items) {
        expect(indicator.latest === null || indicator.latest.date < TODAY).toBe(true);
        expect(indicator.trend.length).toBeGreaterThanOrEqual(3);
      }
      // The latest yearly values are those of last year's end, whatever day the data is loaded.
      expect(page.items.find((indicator) => indicator.code === 'EA-01')?.latest?.date).toBe('2028-12-31');
      const linked = page.items.filter((indicator) => indicator.measureIds.length > 0);
      expect(linked).toHaveLength(9);
      const one = (await api(test.app).get(`/api/v1/indicators/${linked[0].id}`).expect(200)).body as Indicator;
      expect(one.measures.every((measure) => measure.title.startsWith('Beispiel: '))).toBe(true);
      expect(one.version).toBe(
        (await api(test.app).get(`/api/v1/indicators/${one.id}/history`).query({ limit: 100 }).expect(200)).body.total,
      );
      const published = (await api(test.app).get('/api/v1/public/indicators').query({ limit: 100 }).expect(200)).body;
      expect(published.total).toBe(page.items.filter((indicator) => indicator.public).length);
      expect(published.total).toBeLessThan(page.total);
    });

    it('does not load anything twice after a restart', async () => {
      test = await test.restart();
      const summary = (await api(test.app).get('/api/v1/dashboard/summary').expect(200)).body as DashboardSummary;
      expect(summary.totals.total).toBe(40);
      expect(summary.fieldsOfAction).toHaveLength(5);
      expect((await api(test.app).get('/api/v1/indicators').expect(200)).body.total).toBe(9);
    });
  });

  describe('with DEMO_DATA=false', () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await startTestApp({ DEMO_DATA: 'false' });
    });
    afterAll(() => test.close());

    it('loads only the Leitbild and the fields of action', async () => {
      expect((await api(test.app).get('/api/v1/measures').expect(200)).body.total).toBe(0);
      expect((await api(test.app).get('/api/v1/actors').expect(200)).body.total).toBe(0);
      expect((await api(test.app).get('/api/v1/guidelines').expect(200)).body).toHaveLength(5);
    });

    it('never adds demo data to a database that is in use, even when DEMO_DATA is switched on later', async () => {
      test = await test.restart({ DEMO_DATA: 'true' });
      expect((await api(test.app).get('/api/v1/measures').expect(200)).body.total).toBe(0);
    });
  });
});
