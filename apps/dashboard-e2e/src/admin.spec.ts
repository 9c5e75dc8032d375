import type { FieldOfAction } from '@leitbild-monitor/shared/contracts';
import { APIRequestContext, Locator, Page, expect, request, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { adminApi, signInAs } from './support/users';

/** Unique per test run, so repeated runs against one database do not collide. */
const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });
const status = (page: Page) => page.getByTestId('admin-status');

async function createFieldOfAction(name: string): Promise<FieldOfAction> {
  const api = await adminApi();
  try {
    const response = await api.post('/api/v1/fields-of-action', { data: { name } });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as FieldOfAction;
  } finally {
    await api.dispose();
  }
}

/** A request context without any session, as a script or another browser would call the API. */
async function withoutSession<T>(use: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await request.newContext({
    baseURL: test.info().project.use.baseURL,
    storageState: { cookies: [], origins: [] },
  });
  try {
    return await use(api);
  } finally {
    await api.dispose();
  }
}

/** Presses Tab, as a keyboard user does, until `target` has the focus (at most `limit` times). */
async function tabUntilFocused(page: Page, target: Locator, limit = 60): Promise<void> {
  const focused = () => target.evaluate((element) => element === document.activeElement);
  for (let presses = 0; presses < limit && !(await focused()); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function noHorizontalScrolling(page: Page): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
  expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

test.describe('Verwaltung', () => {
  test('the administration is in the main navigation and opens with the user accounts', async ({ page }) => {
    await page.goto('/overview');
    await mainNav(page).getByRole('link', { name: 'Verwaltung' }).click();

    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benutzerkonten');
    await expect(page).toHaveTitle('Benutzerkonten – Leitbild-Monitor');
    await expect(page.getByTestId('admin-nav').getByRole('link', { name: 'Benutzerkonten' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByTestId('users-table')).toBeVisible();
  });

  test('an administrator creates an editor, who can then sign in', async ({ page, browser }) => {
    const name = unique('Erika Neu');
    const email = `${name.split(' ').pop()}@example.org`;
    const password = 'anfangs-passwort-123';
    await page.goto('/admin/users');
    await expect(page.getByTestId('users-table')).toBeVisible();

    const form = page.getByTestId('user-create-form');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('E-Mail-Adresse').fill(email);
    await form.getByLabel('Rolle').selectOption({ label: 'Redaktion' });
    await form.getByLabel('Anfangspasswort').fill(password);
    await expect(form.getByLabel('Akteur')).toHaveAccessibleDescription(/nur die Maßnahmen dieses Akteurs/);
    await form.getByRole('button', { name: 'Benutzerkonto anlegen' }).click();

    await expect(status(page)).toHaveText(`Das Benutzerkonto von ${name} ist angelegt.`);
    const row = page.locator(`[data-user-email="${email}"]`);
    await expect(row.getByTestId('user-role-cell')).toHaveText('Redaktion');
    await expect(row.getByTestId('user-active-cell')).toHaveText('Aktiv');

    // A fresh browser context: nobody is signed in there.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const other = await context.newPage();
      await other.goto('/login');
      await other.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
      await other.getByLabel('Passwort', { exact: true }).fill(password);
      await other.getByRole('button', { name: 'Anmelden' }).click();

      await expect(other).toHaveURL(/\/overview$/);
      await expect(other.getByTestId('user-name')).toHaveText(name);
      await expect(other.getByTestId('user-role')).toHaveText('Redaktion');
      await expect(mainNav(other).getByRole('link', { name: 'Verwaltung' })).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  test('validation messages sit at their fields, and an administrator cannot lock themself out', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page.getByTestId('users-table')).toBeVisible();

    const form = page.getByTestId('user-create-form');
    await form.getByLabel('E-Mail-Adresse').fill('keine-adresse');
    await form.getByRole('button', { name: 'Benutzerkonto anlegen' }).click();

    const nameField = form.getByLabel('Name');
    await expect(nameField).toBeFocused();
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(nameField).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    await expect(form.getByLabel('E-Mail-Adresse')).toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
    await expectNoAccessibilityViolations(page);

    // The own account (marked "Sie"): the API refuses to deactivate it, and the dialog says why.
    const ownRow = page.getByTestId('user-row').filter({ hasText: '(Sie)' });
    const toggle = ownRow.getByTestId('user-toggle-active');
    await toggle.click();
    const dialog = page.getByRole('dialog', { name: /deaktivieren\?$/ });
    await expect(dialog).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Deaktivieren' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Sie können Ihr eigenes Konto nicht deaktivieren');
    await expectNoAccessibilityViolations(page);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(ownRow.getByTestId('user-active-cell')).toHaveText('Aktiv');
  });

  test('deactivating asks first, signs the person out, and reactivating lets them in again', async ({ page }) => {
    const api = await adminApi();
    const email = `${unique('lesen').split(' ').pop()}@example.org`;
    const created = await api.post('/api/v1/users', {
      data: { email, name: 'Lena Lesend', role: 'viewer', password: 'lesen-passwort-123' },
    });
    expect(created.status()).toBe(201);
    await api.dispose();

    await page.goto('/admin/users');
    const row = page.locator(`[data-user-email="${email}"]`);
    await row.getByTestId('user-edit').click();
    const edit = page.getByRole('dialog', { name: 'Benutzerkonto bearbeiten' });
    await expect(edit).toBeVisible();
    await expect(edit.getByLabel('Name')).toHaveValue('Lena Lesend');
    await expectNoAccessibilityViolations(page);
    await edit.getByLabel('Rolle').selectOption({ label: 'Integrationsrat (Prüfung)' });
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await expect(edit).toBeHidden();
    await expect(row.getByTestId('user-role-cell')).toHaveText('Integrationsrat (Prüfung)');

    await row.getByTestId('user-toggle-active').click();
    const confirm = page.getByRole('dialog', { name: 'Benutzerkonto von Lena Lesend deaktivieren?' });
    await confirm.getByRole('button', { name: 'Deaktivieren' }).click();
    await expect(confirm).toBeHidden();
    await expect(row.getByTestId('user-active-cell')).toHaveText('Deaktiviert');
    await expect(status(page)).toHaveText('Das Benutzerkonto von Lena Lesend ist deaktiviert.');
    const refused = await withoutSession((api) =>
      api.post('/api/v1/auth/login', { data: { email, password: 'lesen-passwort-123' } }),
    );
    expect(refused.status()).toBe(401);

    await row.getByTestId('user-toggle-active').click();
    await page
      .getByRole('dialog', { name: /reaktivieren\?$/ })
      .getByRole('button', { name: 'Reaktivieren' })
      .click();
    await expect(row.getByTestId('user-active-cell')).toHaveText('Aktiv');

    await row.getByTestId('user-reset-password').click();
    const reset = page.getByRole('dialog', { name: 'Passwort von Lena Lesend zurücksetzen' });
    await reset.getByLabel('Neues Passwort').fill('kurz');
    await reset.getByRole('button', { name: 'Passwort setzen' }).click();
    await expect(reset.getByLabel('Neues Passwort')).toHaveAccessibleDescription(/Mindestens 8 Zeichen/);
    await expectNoAccessibilityViolations(page);
    // A password everyone tries first is refused by the server, and the reason is given at the field.
    await reset.getByLabel('Neues Passwort').fill('password1');
    await reset.getByRole('button', { name: 'Passwort setzen' }).click();
    await expect(reset.getByLabel('Neues Passwort')).toHaveAccessibleDescription(/häufigsten Passwörtern/);
    await reset.getByLabel('Neues Passwort').fill('neues-passwort-456');
    await reset.getByRole('button', { name: 'Passwort setzen' }).click();
    await expect(reset).toBeHidden();
    await expect(status(page)).toHaveText('Das Passwort von Lena Lesend ist zurückgesetzt.');
  });

  test('an administrator renames a field of action, and a duplicate name is explained at the field', async ({
    page,
  }) => {
    const field = await createFieldOfAction(unique('Sport'));
    const renamed = unique('Sport und Bewegung');
    await page.goto('/admin/fields-of-action');
    const row = page.locator(`[data-field-id="${field.id}"]`);
    await expect(row.getByTestId('field-of-action-name')).toHaveText(field.name);

    const editButton = row.getByTestId('field-edit');
    await editButton.click();
    const dialog = page.getByRole('dialog', { name: 'Handlungsfeld bearbeiten' });
    await expect(dialog.getByLabel('Name')).toHaveValue(field.name);
    // Another field's name is taken: the API's 409 appears at the name field.
    await dialog.getByLabel('Name').fill('Ehrenamt');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription(
      'Dieser Name ist schon vergeben. Bitte wählen Sie einen anderen.',
    );
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await expectNoAccessibilityViolations(page);

    await dialog.getByLabel('Name').fill(renamed);
    await dialog.getByRole('button', { name: 'Speichern' }).click();

    await expect(dialog).toBeHidden();
    await expect(editButton).toBeFocused();
    await expect(status(page)).toHaveText(`Das Handlungsfeld „${renamed}“ ist gespeichert.`);
    await expect(row.getByTestId('field-of-action-name')).toHaveText(renamed);
    await page.reload();
    await expect(page.locator(`[data-field-id="${field.id}"]`).getByTestId('field-of-action-name')).toHaveText(renamed);
  });

  test('creates a field of action with the keyboard only', async ({ page }) => {
    const name = unique('Nachbarschaft');
    await page.goto('/admin/fields-of-action');
    await expect(page.getByTestId('fields-of-action-table')).toBeVisible();
    const nameField = page.getByTestId('field-create-form').getByLabel('Name');

    await tabUntilFocused(page, nameField);
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('field-create-form').getByLabel('Beschreibung (optional)')).toBeFocused();
    await page.keyboard.type('Begegnung im Quartier');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Handlungsfeld anlegen' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(status(page)).toHaveText(`Das Handlungsfeld „${name}“ ist angelegt.`);
    await expect(page.getByTestId('field-of-action-name').filter({ hasText: name })).toBeVisible();

    // The edit dialog opens from the keyboard, keeps the focus inside and gives it back on Escape.
    // The button names its field of action for screen readers ("Bearbeiten: <name>").
    const editButton = page.getByTestId('field-of-action-row').filter({ hasText: name }).getByTestId('field-edit');
    await expect(editButton).toHaveAccessibleName(new RegExp(`^Bearbeiten\\W+${name}$`));
    await editButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Handlungsfeld bearbeiten' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Name')).toBeFocused();
    // The page behind the modal dialog is inert: Tab moves through the dialog's controls (and, past the last,
    // to the browser itself, which leaves the document's focus on <body>), never to a control of the page.
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() =>
          document.activeElement?.closest('dialog') ? 'dialog' : (document.activeElement?.tagName ?? 'none'),
        ),
      );
    }
    expect(stops.filter((stop) => stop !== 'dialog' && stop !== 'BODY')).toEqual([]);
    expect(stops.filter((stop) => stop === 'dialog').length).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(editButton).toBeFocused();
  });

  test('actors: create with a type, and inline messages for missing fields', async ({ page }) => {
    const name = unique('Stadtteilverein');
    await page.goto('/admin/actors');
    await expect(page.getByTestId('actors-table')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const form = page.getByTestId('actor-create-form');
    await form.getByRole('button', { name: 'Akteur anlegen' }).click();
    await expect(form.getByLabel('Name')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    await expect(form.getByLabel('Art')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    await expectNoAccessibilityViolations(page);

    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Art').selectOption({ label: 'Verein oder Verband' });
    await form.getByRole('button', { name: 'Akteur anlegen' }).click();

    await expect(status(page)).toHaveText(`Der Akteur „${name}“ ist angelegt.`);
    const row = page.getByTestId('actor-row').filter({ hasText: name });
    await expect(row.getByTestId('actor-type')).toHaveText('Verein oder Verband');

    await row.getByTestId('actor-edit').click();
    const dialog = page.getByRole('dialog', { name: 'Akteur bearbeiten' });
    await expect(dialog.getByLabel('Art')).toHaveValue('association');
    await expectNoAccessibilityViolations(page);
    await dialog.getByLabel('Art').selectOption({ label: 'Migrantenorganisation' });
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect(row.getByTestId('actor-type')).toHaveText('Migrantenorganisation');
  });

  for (const path of ['/admin/users', '/admin/fields-of-action', '/admin/actors', '/account']) {
    test(`${path} has no WCAG violations and reflows at 320 px`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('table').first()).toBeVisible();
      await expectNoAccessibilityViolations(page);

      await page.setViewportSize({ width: 320, height: 640 });
      await expect(page.locator('table').first()).toBeVisible();
      await noHorizontalScrolling(page);
    });
  }
});

test.describe('Mein Konto', () => {
  test('a token is shown once, listed by name and prefix, works, and is revoked', async ({ page }) => {
    const name = unique('Auswertung');
    await page.goto('/overview');
    await page.getByTestId('account-link').click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');

    await page.getByLabel('Wofür ist das Token?').fill(name);
    await page.getByRole('button', { name: 'Token erstellen' }).click();

    const shown = page.getByTestId('created-token');
    await expect(shown).toContainText('Nur jetzt sichtbar');
    const field = shown.getByLabel(`Neues Token „${name}“`);
    await expect(field).toHaveJSProperty('readOnly', true);
    const token = await field.inputValue();
    expect(token.length).toBeGreaterThan(20);
    await expectNoAccessibilityViolations(page);

    const row = page.getByTestId('token-row').filter({ hasText: name });
    await expect(row.getByTestId('token-prefix')).toHaveText(token.slice(0, 12));
    const asScript = await withoutSession((api) =>
      api.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(asScript.status()).toBe(200);

    // Shown once: after a reload only name and prefix remain.
    await page.reload();
    await expect(page.getByTestId('created-token')).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);
    const listed = page.getByTestId('token-row').filter({ hasText: name });
    await expect(listed.getByTestId('token-prefix')).toHaveText(token.slice(0, 12));

    const revoke = listed.getByTestId('token-revoke');
    await expect(revoke).toHaveAccessibleName(new RegExp(`^Widerrufen\\W+${name}$`));
    await revoke.click();
    const dialog = page.getByRole('dialog', { name: `API-Token „${name}“ widerrufen?` });
    await expect(dialog).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Widerrufen' }).click();

    await expect(dialog).toBeHidden();
    await expect(status(page)).toHaveText(`Das API-Token „${name}“ ist widerrufen.`);
    await expect(page.getByTestId('token-row').filter({ hasText: name })).toHaveCount(0);
    const afterRevoke = await withoutSession((api) =>
      api.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(afterRevoke.status()).toBe(401);
  });

  test('every role reaches its own account and changes its password', async ({ page }) => {
    // A throwaway account, so that no shared role account changes its password.
    const api = await adminApi();
    const email = `${unique('konto').split(' ').pop()}@example.org`;
    expect(
      (
        await api.post('/api/v1/users', {
          data: { email, name: 'Klara Konto', role: 'reviewer', password: 'erstes-passwort-1' },
        })
      ).status(),
    ).toBe(201);
    await api.dispose();
    await page.context().clearCookies();
    expect(
      (await page.request.post('/api/v1/auth/login', { data: { email, password: 'erstes-passwort-1' } })).status(),
    ).toBe(200);

    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
    await page.getByLabel('Aktuelles Passwort').fill('falsch-falsch');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('zweites-passwort-2');
    await page.getByLabel('Neues Passwort wiederholen').fill('zweites-passwort-2');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(page.getByLabel('Aktuelles Passwort')).toHaveAccessibleDescription(
      'Das aktuelle Passwort ist falsch.',
    );
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Aktuelles Passwort').fill('erstes-passwort-1');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(status(page)).toHaveText('Ihr Passwort ist geändert. Ihre API-Tokens sind nicht mehr gültig.');

    const withNew = await withoutSession((api) =>
      api.post('/api/v1/auth/login', { data: { email, password: 'zweites-passwort-2' } }),
    );
    expect(withNew.status()).toBe(200);
  });
});

test.describe('Verwaltung ohne Administrationsrolle', () => {
  test('a viewer sees no administration link and is told "Kein Zugriff" at /admin/users', async ({ page }) => {
    await signInAs(page, 'viewer');
    await page.goto('/overview');
    await expect(page.getByTestId('user-role')).toHaveText('Lesezugriff');
    await expect(mainNav(page).getByRole('link', { name: 'Verwaltung' })).toHaveCount(0);
    await expect(page.getByTestId('account-link')).toBeVisible();

    await page.goto('/admin/users');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page).toHaveTitle('Kein Zugriff – Leitbild-Monitor');
    await expect(page.getByTestId('users-table')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
    await expect(page.getByTestId('tokens-table')).toBeVisible();
  });
});
