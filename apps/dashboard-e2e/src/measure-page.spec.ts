import type { HistoryEntry, Page as ListPage } from '@leitbild-monitor/shared/contracts';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { createMeasure, patchMeasure, unique } from './support/measure-fixtures';
import { adminApi } from './support/users';

test.describe('Maßnahmenseite', () => {
  test('shows every field with names instead of ids, the guidelines and the history', async ({ page }) => {
    const created = await createMeasure({
      description: 'Wöchentliches Treffen zum Deutschüben.',
      plannedStart: '2027-01-15',
      plannedEnd: '2027-12-31',
      progress: null,
      public: true,
      origin: 'working_group',
      contact: { name: 'Anna Arslan', email: 'anna.arslan@example.org' },
    });
    const catalogue = created.catalogue;
    const measure = await patchMeasure(created.measure.id, {
      leadActorId: catalogue.actors[0].id,
      partnerActorIds: [catalogue.actors[1].id],
      guidelineIds: [catalogue.sections[0].guidelines[0].id],
      title: `${created.measure.title} (neu)`,
    });
    const [lead, partner] = catalogue.actors;
    const guideline = catalogue.sections[0].guidelines[0];

    await page.goto(`/measures/${measure.id}`);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(measure.title);
    await expect(page).toHaveTitle('Maßnahme – Leitbild-Monitor');
    await expect(page.getByTestId('measure-description')).toHaveText('Wöchentliches Treffen zum Deutschüben.');
    await expect(page.getByTestId('fact-fieldOfAction')).toHaveText(catalogue.fieldsOfAction[0].name);
    await expect(page.getByTestId('fact-status')).toHaveText('Vorgeschlagen');
    // Unknown progress is "unbekannt", never 0 %.
    await expect(page.getByTestId('fact-progress')).toHaveText('unbekannt');
    await expect(page.getByTestId('fact-plannedStart')).toHaveText('15.01.2027');
    await expect(page.getByTestId('fact-plannedEnd')).toHaveText('31.12.2027');
    await expect(page.getByTestId('fact-leadActor')).toHaveText(lead.name);
    await expect(page.getByTestId('fact-partnerActors')).toHaveText(partner.name);
    await expect(page.getByTestId('fact-contact')).toHaveText('Anna Arslan, anna.arslan@example.org');
    await expect(page.getByTestId('fact-public')).toContainText('ja');
    await expect(page.getByTestId('measure-guidelines')).toContainText(guideline.code);
    await expect(page.getByTestId('measure-guidelines')).toContainText(guideline.text);

    const createdEntry = page.getByTestId('status-entry').last();
    await expect(createdEntry).toContainText('Angelegt als „Vorgeschlagen“');
    await expect(createdEntry).toContainText('von Systemverwaltung');
    const change = page.getByTestId('field-change').filter({ hasText: 'Titel:' });
    await expect(change).toHaveText(`Titel: ${measure.title.replace(' (neu)', '')} → ${measure.title}`);
    await expect(page.getByTestId('field-change').filter({ hasText: 'Federführung:' })).toHaveText(
      `Federführung: keine Angabe → ${lead.name}`,
    );

    await expectNoAccessibilityViolations(page);
  });

  test('highlights what changed since a given moment', async ({ page }) => {
    const { measure } = await createMeasure();
    const api = await adminApi();
    const history = (await (await api.get(`/api/v1/measures/${measure.id}/history`)).json()) as ListPage<HistoryEntry>;
    await api.dispose();
    const since = history.items[0].at;
    await patchMeasure(measure.id, { description: 'Neu beschrieben' });
    await patchMeasure(measure.id, { progress: 10 });

    await page.goto(`/measures/${measure.id}?since=${encodeURIComponent(since)}`);

    await expect(page.getByTestId('changed-since')).toHaveText(
      `2 Änderungen seit ${new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(new Date(since))}.`,
    );
    await expect(page.locator('[data-testid="field-change-entry"].timeline__entry--new')).toHaveCount(2);
    await expect(page.getByTestId('field-change-entry').first()).toContainText('neu');
    await expect(page.locator('[data-testid="status-entry"].timeline__entry--new')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test('an unknown measure gets a friendly message', async ({ page }) => {
    await page.goto('/measures/gibt-es-nicht');

    await expect(page.getByTestId('measure-not-found')).toHaveText('Maßnahme nicht gefunden');
    await expect(page.getByRole('link', { name: 'Zur Maßnahmenliste' }).first()).toBeVisible();
  });

  test('reflows at 320 px without horizontal scrolling', async ({ page }) => {
    const { measure } = await createMeasure({
      description: 'Ein Text mit einem Donaudampfschifffahrtsgesellschaftskapitän.',
    });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/measures/${measure.id}`);
    await expect(page.getByTestId('measure-history')).toBeVisible();
    await page.getByTestId('open-status-dialog').click();
    await expect(page.getByTestId('status-dialog')).toBeVisible();

    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  test('in English, with the progress dialog open, the page passes axe too', async ({ page }) => {
    const { measure } = await createMeasure({ progress: 20 }, 'in_progress');
    await page.goto(`/measures/${measure.id}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('fact-status')).toHaveText('In progress');
    await page.getByTestId('open-progress-dialog').click();
    await expect(page.getByTestId('progress-dialog')).toBeVisible();
    await expect(page.getByTestId('progress-note')).toBeFocused();
    await page.getByTestId('progress-value').fill('200');
    await page.getByTestId('progress-submit').click();
    await expect(page.locator('#progress-value-error')).toHaveText(
      'Please enter a whole number from 0 to 100 or leave the field empty.',
    );
    await expectNoAccessibilityViolations(page);

    // Escape closes the dialog and focus returns to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('progress-dialog')).toBeHidden();
    await expect(page.getByTestId('open-progress-dialog')).toBeFocused();
  });

  test('a progress report can set progress back to unknown', async ({ page }) => {
    const { measure } = await createMeasure({ progress: 40 }, 'in_progress');
    await page.goto(`/measures/${measure.id}`);
    await expect(page.getByTestId('fact-progress')).toHaveText('40 %');
    await page.getByTestId('open-progress-dialog').click();
    await page.getByTestId('progress-note').fill('Die bisherige Schätzung trifft nicht mehr zu.');
    await page.getByLabel('Fortschritt ist nicht bekannt').check();
    await expect(page.getByTestId('progress-value')).toBeDisabled();
    await expectNoAccessibilityViolations(page);
    await page.getByTestId('progress-submit').click();
    await expect(page.getByTestId('progress-dialog')).toBeHidden();
    await expect(page.getByTestId('fact-progress')).toHaveText('unbekannt');
    const saved = await (await (await adminApi()).get(`/api/v1/measures/${measure.id}`)).json();
    expect(saved.progress).toBeNull();
  });

  test('an editor of another organisation reads the measure and is told why it cannot be changed', async ({ page }) => {
    const { measure, catalogue } = await createMeasure();
    const [lead, other] = catalogue.actors;
    const owned = await patchMeasure(measure.id, { leadActorId: lead.id });
    const api = await adminApi();
    const email = `${unique('redaktion').replace(/\s+/g, '-')}@example.org`;
    const created = await api.post('/api/v1/users', {
      data: { email, name: 'Olga Andere', role: 'editor', password: 'zweites-team-schreibt-7', actorId: other.id },
    });
    expect(created.status(), await created.text()).toBe(201);
    await api.dispose();
    await page.context().clearCookies();
    const login = await page.request.post('/api/v1/auth/login', {
      data: { email, password: 'zweites-team-schreibt-7' },
    });
    expect(login.status()).toBe(200);

    await page.goto(`/measures/${owned.id}`);
    await expect(page.getByTestId('read-only-notice')).toContainText(
      'Sie können diese Maßnahme lesen, aber nicht ändern',
    );
    await expect(page.getByTestId('edit-measure')).toHaveCount(0);
    await expect(page.getByTestId('open-status-dialog')).toHaveCount(0);

    await page.goto(`/measures/${owned.id}/edit`);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByTestId('measure-form')).toHaveCount(0);
  });
});
