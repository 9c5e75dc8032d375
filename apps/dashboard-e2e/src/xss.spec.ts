import type {
  Actor,
  FieldOfAction,
  Measure,
  Page as ResultPage,
  PublicMeasure,
} from '@leitbild-monitor/shared/contracts';
import { APIRequestContext, Page, expect, test } from '@playwright/test';
import { anonymous } from './support/session';

/**
 * Stored text is rendered as text: markup in actor names, measure titles and descriptions shows up literally
 * and never becomes elements or runs script.
 *
 * No field of action is created: overview.spec.ts expects exactly the five fields of action of the demo data,
 * and there is no way to delete one again. The field-of-action payload therefore goes into the title too.
 * Names carry a per-run suffix because every spec of a run shares one database.
 */
const FIELD_PAYLOAD = '<img src=x onerror="window.__xss=1">Feld';
const TITLE_START = '<img src=x onerror="window.__xss=3">Titel';
const DESCRIPTION_START = '<svg onload="window.__xss=4">';

/** Names of this run's records, with a suffix of their own (set in beforeAll, which retries run again). */
let ACTOR_NAME: string;
let TITLE: string;
let DESCRIPTION: string;
let measureId: string;

test.describe.configure({ mode: 'serial' });

/** The signed-in administrator's API client: session cookies plus the CSRF header writes need. */
async function writeHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const { cookies } = await request.storageState();
  const xsrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  if (!xsrf) throw new Error('the signed-in storage state has no XSRF-TOKEN cookie');
  return { 'X-XSRF-TOKEN': xsrf };
}

test.beforeAll(async ({ playwright }, testInfo) => {
  const { baseURL, storageState } = testInfo.project.use;
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  ACTOR_NAME = `<script>window.__xss=2</script>Träger ${suffix}`;
  TITLE = `${TITLE_START} "quoted" & <b>bold</b> ${FIELD_PAYLOAD} ${suffix}`;
  DESCRIPTION = `${DESCRIPTION_START} ${suffix}`;
  const request = await playwright.request.newContext({ baseURL, storageState });
  try {
    const headers = await writeHeaders(request);
    const fields = (await (await request.get('/api/v1/fields-of-action')).json()) as ResultPage<FieldOfAction>;
    const actorResponse = await request.post('/api/v1/actors', {
      headers,
      data: { name: ACTOR_NAME, type: 'association' },
    });
    expect(actorResponse.status(), await actorResponse.text()).toBe(201);
    const actor = (await actorResponse.json()) as Actor;
    expect(actor.name).toBe(ACTOR_NAME);

    const measureResponse = await request.post('/api/v1/measures', {
      headers,
      data: {
        title: TITLE,
        description: DESCRIPTION,
        fieldOfActionId: fields.items[0].id,
        leadActorId: actor.id,
        public: true,
      },
    });
    expect(measureResponse.status(), await measureResponse.text()).toBe(201);
    const measure = (await measureResponse.json()) as Measure;
    // Stored as sent: not escaped, not stripped.
    expect(measure).toMatchObject({ title: TITLE, description: DESCRIPTION, leadActorId: actor.id, public: true });
    measureId = measure.id;
  } finally {
    await request.dispose();
  }
});

/** Nothing from the payloads became an element, an event handler or ran. */
async function expectNothingInjected(page: Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[onerror], [onload]')).toHaveCount(0);
  await expect(page.locator('svg[onload]')).toHaveCount(0);
  const injected = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('__xss')).length,
    bold: [...document.querySelectorAll('b')].filter((element) => element.textContent === 'bold').length,
    xss: (window as unknown as { __xss?: unknown }).__xss,
  }));
  expect(injected).toEqual({ scripts: 0, bold: 0, xss: undefined });
}

async function expectPayloadsAsText(page: Page): Promise<void> {
  const measuresResponse = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/v1/public/measures',
  );
  await page.goto('/public');
  // The same request again, read by the test itself: the browser may have let go of the page's answer body by the
  // time it is read (the page goes on loading), which made this read fail now and then.
  const answered = await measuresResponse;
  expect(answered.status()).toBe(200);
  const published = (await (await page.request.get(answered.url())).json()) as ResultPage<PublicMeasure>;
  expect(published.items.find((item) => item.id === measureId)).toMatchObject({
    title: TITLE,
    leadActorName: ACTOR_NAME,
  });

  const row = page.getByTestId('public-measure-row').filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await expect(row.getByText(TITLE_START, { exact: false })).toBeVisible();
  await expect(row.locator('th')).toHaveText(TITLE);
  await expect(row.getByText(FIELD_PAYLOAD, { exact: false })).toBeVisible();
  await expect(row.getByText(ACTOR_NAME, { exact: true })).toBeVisible();
  await expectNothingInjected(page);
}

test.describe('Gespeicherter Text erscheint als Text (signed in)', () => {
  test('the overview renders with the payloads stored and injects nothing', async ({ page }) => {
    // The overview shows only figures per field of action; the payloads are counted there, not shown.
    const summaryResponse = page.waitForResponse('**/api/v1/dashboard/summary');
    await page.goto('/overview');
    expect((await summaryResponse).status()).toBe(200);
    await expect(page.getByTestId('fields-table')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
    await expectNothingInjected(page);
  });

  test('the public page shows title and lead actor literally and injects nothing', async ({ page }) => {
    await expectPayloadsAsText(page);
  });
});

test.describe('Gespeicherter Text erscheint als Text (anonymous)', () => {
  test.use(anonymous);

  test('the public page shows title and lead actor literally and injects nothing', async ({ page, request }) => {
    await expectPayloadsAsText(page);
    // The public API hands out the description exactly as stored, too.
    const measure = (await (await request.get(`/api/v1/public/measures/${measureId}`)).json()) as PublicMeasure;
    expect(measure.description).toBe(DESCRIPTION);
  });
});
