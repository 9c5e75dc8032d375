import { Page, expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/axe';
import { E2E_OIDC, ProviderAccount } from './support/e2e-servers';
import { anonymous } from './support/session';

// Every test here starts in a fresh browser context, signed in nowhere (neither here nor at the provider).
test.use(anonymous);

/** An account at the test provider (E2E_OIDC in ./support/e2e-servers.ts). */
function providerAccount(login: string): ProviderAccount & { login: string } {
  const accounts: Record<string, ProviderAccount> = E2E_OIDC.accounts;
  if (!accounts[login]) throw new Error(`no provider account ${login} in E2E_OIDC.accounts`);
  return { login, ...accounts[login] };
}

const ssoButton = (page: Page) => page.getByRole('link', { name: 'Mit Dienstkonto anmelden' });

/** Signs in on the identity provider's own page, as a person would. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  const account = providerAccount(login);
  await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC.issuer}/interaction/`));
  await page.getByLabel('User name').fill(account.login);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('Anmeldung mit Dienstkonto', () => {
  test('signs in through the provider’s own form and lands on the page asked for; signs out there too', async ({
    page,
  }) => {
    await page.goto('/measures?status=planned');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fmeasures%3Fstatus%3Dplanned$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    await expect(ssoButton(page)).toBeVisible();
    // The password form stays for the break-glass administrator.
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
      'Mit E-Mail-Adresse und Passwort',
    );
    await expectNoAccessibilityViolations(page);

    await ssoButton(page).click();
    await signInAtProvider(page, 'sso.redaktion');

    await expect(page).toHaveURL(/\/measures\?status=planned$/);
    await expect(page.getByTestId('user-name')).toHaveText('Sina Sozialraum');
    await expect(page.getByTestId('user-role')).toHaveText('Redaktion');
    const me = await page.request.get('/api/v1/auth/me');
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'sso.redaktion@example.org', role: 'editor' });

    // Signing out ends the session here and, after the provider's confirmation, there.
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC.issuer}/session/end`));
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();

    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByTestId('login-notice')).toHaveText('Sie haben sich abgemeldet.');
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
    // The provider forgot the session too: the next sign-in asks for the password again.
    await ssoButton(page).click();
    await expect(page.getByLabel('User name')).toBeVisible();
  });

  test('an account whose groups map to no role gets a clear refusal, in German and English, without WCAG violations', async ({
    page,
  }) => {
    await page.goto('/login');
    await ssoButton(page).click();
    await signInAtProvider(page, 'sso.ohne.rolle');

    await expect(page).toHaveURL(/\/login\?sso=no_role$/);
    const refusal = page.getByTestId('sso-refusal');
    await expect(refusal).toHaveAttribute('role', 'alert');
    await expect(refusal.getByRole('heading', { level: 2 })).toHaveText('Kein Zugriff');
    await expect(refusal).toContainText(
      'Ihr Dienstkonto hat keine Rolle im Leitbild-Monitor. Bitte wenden Sie sich an die Systemverwaltung.',
    );
    await expect(page.getByTestId('user-name')).toHaveCount(0);
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(refusal.getByRole('heading', { level: 2 })).toHaveText('No access');
    await expect(refusal).toContainText('Your service account has no role in Leitbild-Monitor.');
    await expect(page.getByRole('link', { name: 'Sign in with your service account' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
