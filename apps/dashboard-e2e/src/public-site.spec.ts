import type { Page as ApiPage, PublicChange } from '@leitbild-monitor/shared/contracts';
import { Page, expect, test } from '@playwright/test';
import { createServer, Server } from 'node:http';
import { expectNoAccessibilityViolations } from './support/axe';
import { E2E_EMBEDDING_ORIGIN, E2E_EMBEDDING_PORT } from './support/e2e-servers';
import { createMeasure, patchMeasure } from './support/measure-fixtures';
import { anonymous } from './support/session';

/** The other site that embeds the public charts: the servers' EMBED_ALLOWED_ORIGINS name it on 127.0.0.1 only. */
const EMBEDDING_PORT = E2E_EMBEDDING_PORT;
const ALLOWED_ORIGIN = E2E_EMBEDDING_ORIGIN;
const REFUSED_ORIGIN = `http://localhost:${EMBEDDING_PORT}`;

const CONTACT = { name: 'Wiebke Sommerfeld', email: 'w.sommerfeld@bezirksamt.example' };

async function inEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

async function expectReflowAt320(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY))
    .toBeLessThanOrEqual(320);
}

test.describe('Öffentliche Seite: Maßnahmen, Änderungen, Einbettung (anonym)', () => {
  test.use(anonymous);
  let measureId: string;
  let title: string;

  test.beforeAll(async () => {
    const { measure, catalogue } = await createMeasure(
      {
        leadActorId: undefined,
        guidelineIds: [],
        contact: CONTACT,
        description: 'Ein Treffpunkt zum Deutschsprechen.',
        public: true,
      },
      'planned',
    );
    const lead = catalogue.actors[0];
    const guideline = catalogue.sections[0].guidelines[0];
    const changed = await patchMeasure(measure.id, {
      leadActorId: lead.id,
      guidelineIds: [guideline.id],
      plannedEnd: '2040-06-30',
      progress: 25,
    });
    measureId = changed.id;
    title = changed.title;
  });

  test("a published measure's page: responsible bodies, timeline, guidelines; no contact person; German and English", async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/public');
    await page.getByTestId('public-measure-link').filter({ hasText: title }).click();
    await expect(page).toHaveURL(new RegExp(`/public/measures/${measureId}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle('Maßnahme – Leitbild-Monitor');
    await expect(page.getByTestId('public-measure-status')).toHaveText('Geplant');
    await expect(page.getByTestId('public-measure-progress')).toHaveText(/25\s%/);
    await expect(page.getByTestId('public-measure-lead')).not.toBeEmpty();
    await expect(page.getByTestId('public-measure-guidelines').locator('li')).toHaveCount(1);
    const timeline = page.getByTestId('public-measure-changes').locator('li');
    await expect(timeline.first()).toContainText('Fortschritt: 25 %');
    await expect(timeline.first()).toContainText('Federführung');
    await expect(timeline.last()).toContainText('Veröffentlicht');
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(CONTACT.name);
    expect(text).not.toContain(CONTACT.email);
    await expectNoAccessibilityViolations(page);

    await inEnglish(page);
    await expect(page.getByTestId('public-measure-status')).toHaveText('Planned');
    await expect(timeline.first()).toContainText('Progress: 25%');
    await expectNoAccessibilityViolations(page);
    await expectReflowAt320(page);
    expect(errors).toEqual([]);
  });

  test('an unknown or unpublished measure shows the not-found page', async ({ page }) => {
    await page.goto('/public/measures/no-such-measure');
    await expect(page.getByTestId('public-measure-not-found')).toHaveText('Maßnahme nicht gefunden');
    await expectNoAccessibilityViolations(page);
    const { measure } = await createMeasure({ public: false, contact: CONTACT });
    await page.goto(`/public/measures/${measure.id}`);
    await expect(page.getByTestId('public-measure-not-found')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(measure.title);
  });

  test('the changes page lists public changes, names the feed in the head, in German and English', async ({
    page,
    request,
  }) => {
    await page.goto('/public');
    await page.getByTestId('public-changes-link').getByRole('link').click();
    await expect(page).toHaveURL(/\/public\/changes$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Änderungen an veröffentlichten Maßnahmen');
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveCount(1);
    const feed = await request.get((await alternate.getAttribute('href')) ?? '');
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toContain(`/public/measures/${measureId}`);
    const changes = (await (await request.get('/api/v1/public/changes?limit=1')).json()) as ApiPage<PublicChange>;
    await expect(page.getByTestId('public-change').first()).toContainText(changes.items[0].measureTitle);
    await expect(page.locator('body')).not.toContainText(CONTACT.name);
    await expectNoAccessibilityViolations(page);
    await inEnglish(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes to published measures');
    await expectNoAccessibilityViolations(page);
    await expectReflowAt320(page);

    await page.getByRole('link', { name: 'Back to the public view' }).click();
    await expect(page).toHaveURL(/\/public$/);
    await expect(alternate).toHaveCount(0);
  });

  test('the embed page: charts with text alternatives and tables, no navigation, one link out; German and English', async ({
    page,
  }) => {
    await page.goto('/public/embed');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahmen des Leitbilds im Überblick');
    await expect(page.locator('canvas').first()).toBeVisible();
    await expect(page.locator('table').first()).toBeAttached();
    await expect(page.locator('header, footer, nav')).toHaveCount(0);
    const out = page.getByTestId('public-embed-full-site');
    await expect(out).toHaveAttribute('target', '_blank');
    await expectNoAccessibilityViolations(page);
    await expectReflowAt320(page);

    // The embedding site chooses the language: the frame has no language switch of its own.
    await page.goto('/public/embed?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("The Leitbild's measures at a glance");
    await expect(page.locator('table').first()).toBeAttached();
    await expectNoAccessibilityViolations(page);
  });

  test.describe('framed by another site', () => {
    let server: Server;
    test.beforeAll(async () => {
      server = createServer((request, response) => {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(
          '<!doctype html><html lang="de"><title>Bezirk</title>' +
            `<iframe title="Leitbild" src="${new URL('/public/embed', test.info().project.use.baseURL).href}" width="800" height="600"></iframe>`,
        );
      });
      await new Promise<void>((resolve) => server.listen(EMBEDDING_PORT, resolve));
    });
    test.afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    test('is shown on the allowed site and refused on any other', async ({ page }) => {
      await page.goto(`${ALLOWED_ORIGIN}/`);
      const allowed = page.frameLocator('iframe');
      await expect(allowed.getByRole('heading', { level: 1 })).toHaveText('Maßnahmen des Leitbilds im Überblick');

      // Chromium reports the refusal on the console and shows its error page in the frame instead.
      const refused = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
      await page.goto(`${REFUSED_ORIGIN}/`);
      expect((await refused).text()).toContain(`frame-ancestors ${ALLOWED_ORIGIN}`);
      await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
    });
  });
});
