import type { User } from '@leitbild-monitor/shared/contracts';
import { Page, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { E2E_ADMIN } from './support/e2e-servers';
import { anonymous } from './support/session';
import { nextJsonAnswer } from './support/json-answers';

// Every test here starts in a fresh context without the shared session.
test.use(anonymous);

const emailField = (page: Page) => page.getByLabel('E-Mail-Adresse', { exact: true });
const passwordField = (page: Page) => page.getByLabel('Passwort', { exact: true });
const navigationLinks = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link');

/** Fills and submits the login form; answers with the signed-in user as the API returned it. */
async function signInThroughForm(page: Page): Promise<User> {
  const { email, password } = E2E_ADMIN;
  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  const login = await nextJsonAnswer<User>(page, (url) => url.pathname === '/api/v1/auth/login');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const answer = await login.answer;
  expect(answer.status).toBe(200);
  return answer.body;
}

test.describe('Anmeldung', () => {
  test('signs in through the form, shows who is signed in, and signs out again', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    await expect(page).toHaveTitle('Anmelden – Leitbild-Monitor');
    await expect(navigationLinks(page)).toHaveText(['Öffentliche Ansicht']);

    const user = await signInThroughForm(page);

    await expect(page).toHaveURL(/\/overview$/);
    await expect(page.getByTestId('fields-table')).toBeVisible();
    await expect(page.getByTestId('user-name')).toHaveText(user.name);
    await expect(page.getByTestId('user-role')).toHaveText('Administration');
    await expect(navigationLinks(page)).toHaveText([
      'Übersicht',
      'Maßnahmen',
      'Kennzahlen',
      'Sitzungen',
      'Leitbild',
      'Berichte',
      'Verwaltung',
      'Öffentliche Ansicht',
    ]);

    await page.getByRole('button', { name: 'Abmelden' }).click();

    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByTestId('login-notice')).toHaveText('Sie haben sich abgemeldet.');
    await expect(page.getByTestId('user-name')).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
    await expect(navigationLinks(page)).toHaveText(['Öffentliche Ansicht']);
    // The session is dead on the server, not only forgotten by the page.
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);

    await page.goto('/overview');

    await expect(page).toHaveURL(/\/login\?returnUrl=%2Foverview$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
  });

  test('a wrong password gets the German error, focus moves to it, and the page has no WCAG violations', async ({
    page,
  }) => {
    await page.goto('/login');
    await emailField(page).fill(E2E_ADMIN.email);
    await passwordField(page).fill('das-ist-nicht-das-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('E-Mail oder Passwort ist falsch.');
    await expect(alert).toBeFocused();
    await expect(emailField(page)).toHaveAttribute('aria-describedby', 'login-error');
    await expect(passwordField(page)).toHaveAttribute('aria-describedby', 'login-error');
    await expect(passwordField(page)).toHaveValue('');
    await expect(page).toHaveURL(/\/login$/);

    await expectNoAccessibilityViolations(page);
  });

  test('an expired session sends the reader to the login page, explains why and leads back', async ({ page }) => {
    await page.goto('/login');
    await signInThroughForm(page);
    await expect(page.getByTestId('fields-table')).toBeVisible();

    // End the session on the server behind the page's back, as an idle timeout would: the API request
    // context shares the page's cookies, so this is the page's own session.
    const xsrfToken = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
    expect(xsrfToken).toBeTruthy();
    const logout = await page.request.post('/api/v1/auth/logout', { headers: { 'X-XSRF-TOKEN': xsrfToken ?? '' } });
    expect(logout.status()).toBe(204);

    // The page still believes it is signed in; its next API call meets the 401.
    await navigationLinks(page).filter({ hasText: 'Leitbild' }).click();

    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fleitbild$/);
    await expect(page.getByTestId('login-notice')).toHaveText(
      'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    );
    await expect(page.getByTestId('user-name')).toHaveCount(0);

    await signInThroughForm(page);

    await expect(page).toHaveURL(/\/leitbild$/);
    await expect(page.getByTestId('leitbild-section').first()).toBeVisible();
  });

  test('signs in with the keyboard only', async ({ page }) => {
    const { email, password } = E2E_ADMIN;
    await page.goto('/login?returnUrl=%2Fleitbild');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
    await page.keyboard.press('Enter');
    // Single sign-on comes first where it is offered (the browser tests' server offers it).
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Mit Dienstkonto anmelden' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(emailField(page)).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await expect(passwordField(page)).toBeFocused();
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/leitbild$/);
    await expect(page.getByTestId('user-name')).toBeVisible();
  });
});
