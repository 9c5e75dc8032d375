import type { PageSlug } from '@leitbild-monitor/shared/contracts';
import { Page, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { anonymous } from './support/session';

/** Every legal page with its heading in German and English (the shipped texts). */
const PAGES: { slug: PageSlug; de: string; en: string }[] = [
  { slug: 'barrierefreiheit', de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' },
  { slug: 'leichte-sprache', de: 'Leichte Sprache', en: 'Easy to read' },
  { slug: 'gebaerdensprache', de: 'Gebärdensprache', en: 'Sign language' },
  { slug: 'impressum', de: 'Impressum', en: 'Imprint' },
  { slug: 'datenschutz', de: 'Datenschutzerklärung', en: 'Privacy notice' },
];

async function inEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

async function expectNoHorizontalScrolling(page: Page): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
  expect(scrollWidth).toBeLessThanOrEqual(320);
}

test.describe('Rechtliche Seiten, anonym', () => {
  test.use(anonymous);

  for (const legal of PAGES) {
    test(`/${legal.slug} in German and English: no script in the text, axe clean, reflow at 320 px`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/${legal.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(legal.de);
      await expect(page).toHaveTitle(`${legal.de} – Leitbild-Monitor`);
      await expect(page.getByTestId('legal-content')).not.toBeEmpty();
      await expect(
        page.getByTestId('legal-content').locator('script, style, iframe, [onerror], [onclick]'),
      ).toHaveCount(0);
      await expectNoAccessibilityViolations(page);

      await inEnglish(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(legal.en);
      await expectNoAccessibilityViolations(page);

      await page.setViewportSize({ width: 320, height: 640 });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoHorizontalScrolling(page);
      expect(errors).toEqual([]);
    });
  }

  test('the sign-language page says in text that no video is there yet', async ({ page }) => {
    await page.goto('/gebaerdensprache');
    await expect(page.getByTestId('video-missing')).toContainText('noch nicht hochgeladen');
    await expect(page.locator('video')).toHaveCount(0);
  });

  test('the Leichte-Sprache page says whether the text was checked', async ({ page }) => {
    await page.goto('/leichte-sprache');
    await expect(page.getByTestId('legal-checked')).toHaveText(
      'Dieser Text ist noch nicht von einer Prüf-Gruppe geprüft.',
    );
  });

  test('the footer links the legal pages on public pages, and the start page links Leichte Sprache and DGS', async ({
    page,
  }) => {
    await page.goto('/public');
    const versions = page.getByTestId('public-accessible-versions');
    await expect(versions.getByRole('link', { name: 'Leichte Sprache' })).toHaveAttribute('href', '/leichte-sprache');
    await expect(versions.getByRole('link', { name: 'Gebärdensprache' })).toHaveAttribute('href', '/gebaerdensprache');

    const footer = page.getByRole('navigation', { name: 'Rechtliches und Barrierefreiheit' });
    await expect(footer.getByRole('link')).toHaveText([
      'Impressum',
      'Datenschutz',
      'Barrierefreiheit',
      'Leichte Sprache',
      'Gebärdensprache',
    ]);
    await footer.getByRole('link', { name: 'Impressum' }).click();
    await expect(page).toHaveURL(/\/impressum$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impressum');
    await page
      .getByRole('navigation', { name: 'Rechtliches und Barrierefreiheit' })
      .getByRole('link', { name: 'Barrierefreiheit' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erklärung zur Barrierefreiheit');
  });

  test('the barrier-report form needs no sign-in, says what is wrong, and confirms a report', async ({ page }) => {
    await page.goto('/barrierefreiheit');
    const form = page.getByTestId('feedback-form');
    await form.getByRole('button', { name: 'Meldung senden' }).click();
    const message = page.getByLabel('Was funktioniert nicht? (Pflichtfeld)');
    await expect(message).toBeFocused();
    await expect(message).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('feedback-message-error')).toHaveText('Bitte beschreiben Sie die Barriere.');
    await expectNoAccessibilityViolations(page);

    const text = `Im Impressum ist der Fokus der Links nicht zu sehen (${test.info().testId}).`;
    await message.fill(text);
    await page.getByLabel('Welche Seite ist betroffen? (freiwillig)').fill('/impressum');
    const sent = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/public/feedback');
    await form.getByRole('button', { name: 'Meldung senden' }).click();
    expect((await sent).status()).toBe(201);
    await expect(page.getByTestId('feedback-sent')).toContainText('Ihre Meldung ist angekommen');
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('Rechtliche Seiten, angemeldet', () => {
  test('an administrator sees a barrier report in the admin list, and the footer links on signed-in pages', async ({
    page,
    browser,
  }) => {
    const text = `Die Tabelle auf der Übersicht hat keine Überschriften (${test.info().testId}).`;
    const visitor = await browser.newContext({ ...anonymous, baseURL: test.info().project.use.baseURL });
    try {
      const anonymousPage = await visitor.newPage();
      await anonymousPage.goto('/barrierefreiheit');
      await anonymousPage.getByLabel('Was funktioniert nicht? (Pflichtfeld)').fill(text);
      await anonymousPage.getByRole('button', { name: 'Meldung senden' }).click();
      await expect(anonymousPage.getByTestId('feedback-sent')).toBeVisible();
    } finally {
      await visitor.close();
    }

    await page.goto('/overview');
    const footer = page.getByRole('navigation', { name: 'Rechtliches und Barrierefreiheit' });
    await expect(footer.getByRole('link')).toHaveCount(5);

    await page.goto('/admin/barrier-reports');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeldete Barrieren');
    await expect(page.getByTestId('barrier-reports')).toContainText(text);
    await expectNoAccessibilityViolations(page);
  });

  test('the administrators’ page for the texts shows the shipped text, says it is sanitised, and offers the video upload', async ({
    page,
  }) => {
    await page.goto('/admin/legal-pages');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rechtliche Seiten');
    await expect(page.getByTestId('legal-admin-content')).toHaveValue(/Schlichtungsverfahren/);
    await expect(page.locator('#legal-content-hint')).toContainText(
      'Skripte, Stile und Ereignis-Attribute werden entfernt',
    );
    await expect(page.getByLabel('Videodatei')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
