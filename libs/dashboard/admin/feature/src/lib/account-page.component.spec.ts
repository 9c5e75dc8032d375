import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { apiError, apiToken } from '@leitbild-monitor/dashboard/admin/data-access/testing';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { AccountPageComponent } from './account-page.component';

const TOKENS = '/api/v1/auth/tokens';

describe('AccountPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(http, user({ role: 'viewer', name: 'Paul Politik', email: 'paul@example.org' }));
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(AccountPageComponent);
    http.expectOne({ method: 'GET', url: TOKENS }).flush([apiToken({ lastUsedAt: '2026-11-20T10:00:00.000Z' })]);
    // The e-mail settings (their own component, tested beside it) load with the page.
    http.expectOne('/api/v1/me/notification-settings').flush({ frequency: 'daily', language: 'de' });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const $ = <T extends Element = HTMLElement>(selector: string) => element.querySelector(selector) as T;
    const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const type = (id: string, value: string) => {
      const field = $<HTMLInputElement>(`#${id}`);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    return { fixture, element, $, text, type };
  }

  it('shows who is signed in and the own tokens by name and prefix, dated in German', async () => {
    const { element } = await render();

    expect([...element.querySelectorAll('.who dt, .who dd')].map((item) => item.textContent?.trim())).toEqual([
      'Name',
      'Paul Politik',
      'E-Mail-Adresse',
      'paul@example.org',
      'Rolle',
      'Lesezugriff',
    ]);
    const cells = [...element.querySelectorAll('[data-testid="token-row"] th, [data-testid="token-row"] td')].map(
      (cell) => cell.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 2)).toEqual(['Auswertungsskript', 'lbm_ab12…']);
    expect(cells[2]).toMatch(/^02\.11\.2026, \d\d:30:00$/);
    expect(cells[3]).toMatch(/^20\.11\.2026, \d\d:00:00$/);
  });

  it('creates a token and shows it once, read-only, with the warning', async () => {
    const { fixture, $, text, type } = await render();
    type('token-create-name', 'Export');

    $('[data-testid="token-create-form"]').dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: TOKENS });
    expect(post.request.body).toEqual({ name: 'Export' });
    post.flush({ id: 't-2', token: 'lbm_geheim_123' });
    await fixture.whenStable();
    http.expectOne(TOKENS).flush([apiToken(), apiToken({ id: 't-2', name: 'Export', prefix: 'lbm_geheim_1' })]);
    await fixture.whenStable();

    const field = $<HTMLInputElement>('[data-testid="created-token-value"]');
    expect(field.value).toBe('lbm_geheim_123');
    expect(field.readOnly).toBe(true);
    expect(text('label[for="created-token-value"]')).toBe('Neues Token „Export“');
    expect(text('.created-token__warning')).toContain('Nur jetzt sichtbar');
    expect(text('[data-testid="admin-status"]')).toBe('Das API-Token „Export“ ist erstellt. Kopieren Sie es jetzt.');

    $<HTMLButtonElement>('.created-token .button:not(.button--primary)').click();
    await fixture.whenStable();
    expect($('[data-testid="created-token"]')).toBeNull();
  });

  it('copies the token to the clipboard', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { fixture, $, text, type } = await render();
    type('token-create-name', 'Export');
    $('[data-testid="token-create-form"]').dispatchEvent(new Event('submit'));
    http.expectOne({ method: 'POST', url: TOKENS }).flush({ id: 't-2', token: 'lbm_geheim_123' });
    await fixture.whenStable();
    http.expectOne(TOKENS).flush([]);
    await fixture.whenStable();

    $<HTMLButtonElement>('[data-testid="copy-token"]').click();
    await fixture.whenStable();

    expect(writeText).toHaveBeenCalledWith('lbm_geheim_123');
    expect(text('[data-testid="copy-token"]')).toBe('Kopiert');
    expect(text('[data-testid="admin-status"]')).toBe('Das Token ist in die Zwischenablage kopiert.');
  });

  it('revokes a token after confirmation', async () => {
    const { fixture, $, text } = await render();
    $<HTMLButtonElement>('[data-testid="token-revoke"]').click();
    await fixture.whenStable();
    expect($<HTMLDialogElement>('dialog[data-testid="token-revoke-dialog"]').open).toBe(true);
    expect(text('#token-revoke-dialog-title')).toBe('API-Token „Auswertungsskript“ widerrufen?');

    $<HTMLButtonElement>('[data-testid="token-revoke-confirm"]').click();
    http.expectOne({ method: 'DELETE', url: `${TOKENS}/t-1` }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    http.expectOne(TOKENS).flush([]);
    await fixture.whenStable();

    expect($<HTMLDialogElement>('dialog[data-testid="token-revoke-dialog"]').open).toBe(false);
    expect(text('[data-testid="tokens-table"] tbody')).toBe('Sie haben keine API-Tokens.');
    expect(text('[data-testid="admin-status"]')).toBe('Das API-Token „Auswertungsskript“ ist widerrufen.');
  });

  it('checks that the new password is repeated correctly before sending', async () => {
    const { fixture, $, type } = await render();
    type('account-password-currentPassword', 'altes-passwort');
    type('account-password-newPassword', 'neues-passwort');
    type('account-password-repeatPassword', 'neues-passwort!');

    $('[data-testid="password-form"]').dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    expect($('#account-password-repeatPassword-error').textContent?.trim()).toBe(
      'Die beiden Passwörter stimmen nicht überein.',
    );
    expect(document.activeElement).toBe($('#account-password-repeatPassword'));
  });

  it('shows a wrong current password at that field and changes the password otherwise', async () => {
    const { fixture, $, text, type } = await render();
    const submit = () => $('[data-testid="password-form"]').dispatchEvent(new Event('submit'));
    type('account-password-currentPassword', 'falsch');
    type('account-password-newPassword', 'neues-passwort');
    type('account-password-repeatPassword', 'neues-passwort');

    submit();
    http
      .expectOne('/api/v1/auth/password')
      .flush(
        ...apiError(400, 'currentPassword is wrong', 'Bad Request', [
          { field: 'currentPassword', code: 'current_password_wrong', params: {} },
        ]),
      );
    await fixture.whenStable();
    expect($('#account-password-currentPassword-error').textContent?.trim()).toBe('Das aktuelle Passwort ist falsch.');
    expect($<HTMLInputElement>('#account-password-currentPassword').value).toBe('');

    type('account-password-currentPassword', 'richtig-123');
    submit();
    const post = http.expectOne('/api/v1/auth/password');
    expect(post.request.body).toEqual({ currentPassword: 'richtig-123', newPassword: 'neues-passwort' });
    post.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    http.expectOne(TOKENS).flush([]);
    await fixture.whenStable();

    expect(text('[data-testid="admin-status"]')).toBe(
      'Ihr Passwort ist geändert. Ihre API-Tokens sind nicht mehr gültig.',
    );
    expect($('#account-password-currentPassword-error')).toBeNull();
  });
});
