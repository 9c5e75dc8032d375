import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { actor, adminUser, apiError, pageOf } from '@leitbild-monitor/dashboard/admin/data-access/testing';
import { signInAs } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { UsersPageComponent } from './users-page.component';

const USERS = '/api/v1/users?page=1&limit=100';
const ACTORS = '/api/v1/actors?page=1&limit=100';

describe('UsersPageComponent', () => {
  let http: HttpTestingController;
  const me = adminUser({ id: 'u-me', name: 'Anna Arslan', email: 'anna@example.org' });
  const editor = adminUser({ id: 'u-2', name: 'Erik Elbe', email: 'erik@example.org', role: 'editor', actorId: 'a-1' });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(http, me);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(UsersPageComponent);
    http.expectOne(USERS).flush(pageOf([me, editor]));
    http.expectOne(ACTORS).flush(pageOf([actor()]));
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const $ = <T extends Element = HTMLElement>(selector: string) => element.querySelector(selector) as T;
    const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const input = (id: string) => $<HTMLInputElement>(`#${id}`);
    const type = (id: string, value: string) => {
      const field = input(id);
      field.value = value;
      field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    };
    return { fixture, element, $, text, input, type };
  }

  it('lists the users with role and status as text, their actor, and marks the own account', async () => {
    const { element } = await render();

    const rows = [...element.querySelectorAll('[data-testid="user-row"]')].map((row) =>
      [...row.querySelectorAll('th, td')].slice(0, 5).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Anna Arslan (Sie)', 'anna@example.org', 'Administration', 'Kein Akteur', 'Aktiv'],
      ['Erik Elbe', 'erik@example.org', 'Redaktion', 'Fachamt Sozialraummanagement', 'Aktiv'],
    ]);
    expect(element.querySelector('caption')?.textContent?.trim()).toBe(
      '2 Benutzerkonten, nach E-Mail-Adresse sortiert',
    );
  });

  it('checks the new account before sending: messages at the fields, linked and focused', async () => {
    const { fixture, $, input, type } = await render();
    type('user-create-email', 'kein-at-zeichen');
    type('user-create-password', 'kurz');

    $<HTMLFormElement>('[data-testid="user-create-form"]').dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    expect(input('user-create-name').getAttribute('aria-invalid')).toBe('true');
    expect(input('user-create-name').getAttribute('aria-describedby')).toBe('user-create-name-error');
    expect($('#user-create-name-error').textContent?.trim()).toBe('Bitte füllen Sie dieses Feld aus.');
    expect($('#user-create-email-error').textContent).toContain('gültige E-Mail-Adresse');
    expect($('#user-create-password-error').textContent).toContain('Mindestens 8 Zeichen.');
    expect(input('user-create-password').getAttribute('aria-describedby')).toBe(
      'user-create-password-error user-create-password-hint',
    );
    expect(document.activeElement).toBe(input('user-create-name'));
  });

  it('creates an editor bound to an actor and announces it politely', async () => {
    const { fixture, $, text, type } = await render();
    type('user-create-name', '  Eva Engel ');
    type('user-create-email', 'eva@example.org');
    type('user-create-role', 'editor');
    type('user-create-password', 'anfangs-passwort');
    type('user-create-actorId', 'a-1');

    $<HTMLFormElement>('[data-testid="user-create-form"]').dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: '/api/v1/users' });
    expect(post.request.body).toEqual({
      name: 'Eva Engel',
      email: 'eva@example.org',
      role: 'editor',
      password: 'anfangs-passwort',
      actorId: 'a-1',
    });
    post.flush(adminUser({ id: 'u-3', name: 'Eva Engel', role: 'editor' }));
    await fixture.whenStable();
    http.expectOne(USERS).flush(pageOf([me, editor]));
    await fixture.whenStable();

    expect($('[data-testid="admin-status"]').getAttribute('role')).toBe('status');
    expect(text('[data-testid="admin-status"]')).toBe('Das Benutzerkonto von Eva Engel ist angelegt.');
    expect($<HTMLInputElement>('#user-create-name').value).toBe('');
  });

  it('shows the API’s duplicate e-mail answer at the e-mail field', async () => {
    const { fixture, $, input, type } = await render();
    type('user-create-name', 'Erik');
    type('user-create-email', 'erik@example.org');
    type('user-create-password', 'anfangs-passwort');

    $<HTMLFormElement>('[data-testid="user-create-form"]').dispatchEvent(new Event('submit'));
    http
      .expectOne({ method: 'POST', url: '/api/v1/users' })
      .flush(
        ...apiError(409, 'email: a user with this e-mail already exists', 'Conflict', [
          { field: 'email', code: 'duplicate_email', params: {} },
        ]),
      );
    await fixture.whenStable();

    expect($('#user-create-email-error').textContent?.trim()).toBe(
      'Für diese E-Mail-Adresse gibt es schon ein Benutzerkonto.',
    );
    expect(input('user-create-email').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input('user-create-email'));
  });

  it('changes role and actor in a dialog', async () => {
    const { fixture, element, $, text, type } = await render();
    const editButton = element.querySelectorAll<HTMLButtonElement>('[data-testid="user-edit"]')[1];
    editButton.focus();
    editButton.click();
    await fixture.whenStable();

    const dialog = $<HTMLDialogElement>('dialog[data-testid="user-edit-dialog"]');
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('user-edit-dialog-title');
    expect($<HTMLInputElement>('#user-edit-name').value).toBe('Erik Elbe');
    type('user-edit-role', 'reviewer');
    type('user-edit-actorId', '');

    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/users/u-2' });
    expect(patch.request.body).toEqual({ name: 'Erik Elbe', role: 'reviewer', actorId: null });
    patch.flush({ ...editor, role: 'reviewer', actorId: null });
    await fixture.whenStable();
    http.expectOne(USERS).flush(pageOf([me, { ...editor, role: 'reviewer', actorId: null }]));
    await fixture.whenStable();

    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(editButton);
    expect(text('[data-testid="admin-status"]')).toBe('Das Benutzerkonto von Erik Elbe ist gespeichert.');
  });

  it('asks before deactivating and shows the API’s refusal to lock oneself out', async () => {
    const { fixture, element, $, text } = await render();
    element.querySelectorAll<HTMLButtonElement>('[data-testid="user-toggle-active"]')[0].click();
    await fixture.whenStable();

    expect(text('#user-active-dialog-title')).toBe('Benutzerkonto von Anna Arslan deaktivieren?');
    $<HTMLButtonElement>('[data-testid="user-active-confirm"]').click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/users/u-me' });
    expect(patch.request.body).toEqual({ active: false });
    patch.flush(
      ...apiError(400, 'an administrator cannot deactivate or demote their own account', 'Bad Request', [
        { field: null, code: 'self_lockout', params: {} },
      ]),
    );
    await fixture.whenStable();

    expect($<HTMLDialogElement>('dialog[data-testid="user-active-dialog"]').open).toBe(true);
    expect(text('[data-testid="user-active-error"]')).toContain('Sie können Ihr eigenes Konto nicht deaktivieren');
  });

  it('deactivates another account after confirmation', async () => {
    const { fixture, element, $, text } = await render();
    element.querySelectorAll<HTMLButtonElement>('[data-testid="user-toggle-active"]')[1].click();
    await fixture.whenStable();
    $<HTMLButtonElement>('[data-testid="user-active-confirm"]').click();
    http.expectOne({ method: 'PATCH', url: '/api/v1/users/u-2' }).flush({ ...editor, active: false });
    await fixture.whenStable();
    http.expectOne(USERS).flush(pageOf([me, { ...editor, active: false }]));
    await fixture.whenStable();

    expect(text('[data-testid="admin-status"]')).toBe('Das Benutzerkonto von Erik Elbe ist deaktiviert.');
    expect(element.querySelectorAll('[data-testid="user-active-cell"]')[1].textContent?.trim()).toBe('Deaktiviert');
    expect(element.querySelectorAll('[data-testid="user-toggle-active"]')[1].textContent?.trim()).toBe(
      'Reaktivieren: Erik Elbe',
    );
  });

  it('resets a password in a dialog', async () => {
    const { fixture, element, $, text, type } = await render();
    element.querySelectorAll<HTMLButtonElement>('[data-testid="user-reset-password"]')[1].click();
    await fixture.whenStable();
    type('user-password-password', 'ein-neues-passwort');

    $('dialog[data-testid="user-password-dialog"] form').dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: '/api/v1/users/u-2/password' });
    expect(post.request.body).toEqual({ password: 'ein-neues-passwort' });
    post.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(text('[data-testid="admin-status"]')).toBe('Das Passwort von Erik Elbe ist zurückgesetzt.');
  });
});
