import { expect, test } from '@playwright/test';
import type { User } from '@leitbild-monitor/shared/contracts';
import { expectNoAccessibilityViolations } from './support/axe';
import { createMeasure, unique } from './support/measure-fixtures';
import { adminApi } from './support/users';

/**
 * "Zu erledigen": an editor bound to an actor of their own sees the measures of that actor whose planned end has
 * passed, with the count in the header, and chooses in /account how often they come by e-mail. The planned ends lie
 * years back, so they have passed whatever day the test runs.
 */
test.describe('Zu erledigen', () => {
  test('an editor sees their tasks with the count in the header and sets the e-mail frequency', async ({ page }) => {
    const api = await adminApi();
    const actor = await api.post('/api/v1/actors', { data: { name: unique('Stadtteilbüro'), type: 'administration' } });
    expect(actor.status(), await actor.text()).toBe(201);
    const actorId = ((await actor.json()) as { id: string }).id;
    const email = `${unique('tasks')
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase()}@example.org`;
    const password = 'Kranich-Ufer-Laterne-58';
    const created = await api.post('/api/v1/users', {
      data: { email, name: 'Tara Aufgaben', role: 'editor', password, actorId },
    });
    expect(created.status(), await created.text()).toBe(201);
    const editor = (await created.json()) as User;
    await api.dispose();

    const titles = [unique('Sprachcafé'), unique('Lotsenprojekt'), unique('Elterncafé')];
    for (const [index, title] of titles.entries()) {
      await createMeasure({ title, leadActorId: actorId, plannedEnd: `2020-0${index + 1}-15` }, 'planned');
    }

    // Signing in over the stored session would end the run's administrator session: start without cookies.
    await page.context().clearCookies();
    const login = await page.request.post('/api/v1/auth/login', { data: { email, password } });
    expect(login.status(), await login.text()).toBe(200);
    await page.goto('/overview');
    await expect(page.getByRole('link', { name: 'Zu erledigen: 3' })).toBeVisible();
    await page.getByTestId('tasks-link').click();

    await expect(page).toHaveURL(/\/tasks$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zu erledigen');
    const overdue = page.getByTestId('tasks-overdue');
    await expect(overdue.getByRole('heading', { level: 2 })).toHaveText('Geplantes Ende überschritten (3)');
    await expect(overdue.getByRole('link')).toHaveText(titles);
    await expectNoAccessibilityViolations(page);
    await overdue.getByRole('link', { name: titles[1] }).click();
    await expect(page).toHaveURL(/\/measures\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[1]);

    await page.goto('/account');
    const settings = page.getByTestId('notification-settings');
    await expect(settings.getByTestId('frequency-daily')).toBeChecked();
    await settings.getByTestId('frequency-weekly').check();
    await settings.getByLabel('Sprache der E-Mails').selectOption('en');
    await settings.getByTestId('notification-settings-save').click();
    await expect(page.getByTestId('notification-settings-status')).toHaveText('Gespeichert.');
    await expectNoAccessibilityViolations(page);
    const saved = await page.request.get('/api/v1/me/notification-settings');
    expect(await saved.json()).toEqual({ frequency: 'weekly', language: 'en' });
    expect(editor.email).toBe(email);
  });
  test('an administrator sets the limits and the digest time and reads the send log', async ({ page }) => {
    // The run's administrator (the project's stored session).
    await page.goto('/admin/notifications');
    await expect(page.getByRole('heading', { level: 2, name: 'Benachrichtigungen' })).toBeVisible();
    const staleDays = page.getByLabel('Nicht aktualisiert seit mehr als (Tage)');
    const before = await staleDays.inputValue();
    await staleDays.fill('120');
    await page.getByLabel('Wochentag der wöchentlichen Zusammenfassung').selectOption({ label: 'Freitag' });
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect(page.getByTestId('notification-admin-status')).toHaveText('Gespeichert.');
    await expect(page.getByRole('heading', { level: 3, name: 'Versandprotokoll' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const xsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const saved = await page.request.get('/api/v1/notifications/settings');
    expect(await saved.json()).toMatchObject({ staleDays: 120, weeklyWeekday: 5 });
    // Back to what the other specs expect.
    const reset = await page.request.put('/api/v1/notifications/settings', {
      data: { staleDays: Number(before), digestHour: 7, timeZone: 'Europe/Berlin', weeklyWeekday: 1 },
      headers: { 'X-XSRF-TOKEN': xsrf },
    });
    expect(reset.status(), await reset.text()).toBe(200);
  });
});
