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

  it('validates its filters like the internal list', async () => {
    await anonymous(app()).get('/api/v1/public/measures').query({ sort: 'contactEmail' }).expect(400);
    await anonymous(app()).get('/api/v1/public/measures').query({ limit: 1000 }).expect(400);
  });
});
