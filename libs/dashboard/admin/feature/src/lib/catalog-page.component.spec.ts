import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { actor, apiError, fieldOfAction, pageOf } from '@leitbild-monitor/dashboard/admin/data-access/testing';
import { LanguageService } from '@leitbild-monitor/dashboard/shared/util-i18n';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ACTORS, CatalogKind, FIELDS_OF_ACTION } from './catalog-kinds';
import { CatalogPageComponent } from './catalog-page.component';
import { adminRoutes } from './admin.routes';

let http: HttpTestingController;

/** The page as the route opens it: with the catalogue it shows. */
function createPage(kind: CatalogKind) {
  const fixture = TestBed.createComponent(CatalogPageComponent);
  fixture.componentRef.setInput('kind', kind);
  fixture.detectChanges();
  return fixture;
}

/** The page with its list loaded, and helpers to find elements and fill in fields. */
async function renderPage(kind: CatalogKind, list: string, entries: object[]) {
  const fixture = createPage(kind);
  http.expectOne(list).flush(pageOf(entries));
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const $ = <T extends Element = HTMLElement>(selector: string) => element.querySelector(selector) as T;
  const set = (id: string, value: string) => {
    const field = $<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    field.value = value;
    field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
  };
  return { fixture, element, $, set, type: set };
}

beforeEach(() => {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
  });
  http = TestBed.inject(HttpTestingController);
});

afterEach(() => http.verify());

const FIELDS_LIST = '/api/v1/fields-of-action?page=1&limit=100';

describe('CatalogPageComponent: fields of action', () => {
  const fields = [
    fieldOfAction({ id: 'f-1', name: 'Antidiskriminierung', description: 'Gleiche Rechte für alle' }),
    fieldOfAction({ id: 'f-2', name: 'Ehrenamt', position: 2 }),
  ];

  const render = () => renderPage(FIELDS_OF_ACTION, FIELDS_LIST, fields);

  it('lists the fields of action in their order', async () => {
    const { element } = await render();

    expect(
      [...element.querySelectorAll('[data-testid="field-of-action-row"]')].map((row) =>
        [...row.querySelectorAll('th, td')].slice(0, 2).map((cell) => cell.textContent?.trim()),
      ),
    ).toEqual([
      ['Antidiskriminierung', 'Gleiche Rechte für alle'],
      ['Ehrenamt', ''],
    ]);
  });

  it('shows loading and a retry after a failure', async () => {
    const fixture = createPage(FIELDS_OF_ACTION);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[data-testid="loading"]')).not.toBeNull();
    http.expectOne(FIELDS_LIST).flush('down', { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();

    fixture.nativeElement.querySelector('[data-testid="load-error"] button').click();
    http.expectOne(FIELDS_LIST).flush(pageOf(fields));
    await fixture.whenStable();

    expect(fixture.nativeElement.querySelectorAll('[data-testid="field-of-action-row"]')).toHaveLength(2);
  });

  it('requires a name and explains a duplicate at the name field', async () => {
    const { fixture, $, type } = await render();
    const form = $<HTMLFormElement>('[data-testid="field-create-form"]');

    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect($('#field-create-name-error').textContent?.trim()).toBe('Bitte füllen Sie dieses Feld aus.');
    expect($('#field-create-name').getAttribute('aria-describedby')).toBe('field-create-name-error');

    type('field-create-name', 'Ehrenamt');
    form.dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: '/api/v1/fields-of-action' });
    expect(post.request.body).toEqual({ name: 'Ehrenamt', description: null });
    post.flush(
      ...apiError(409, 'name: a field of action with this name already exists', 'Conflict', [
        { field: 'name', code: 'duplicate_name', params: {} },
      ]),
    );
    await fixture.whenStable();

    expect($('#field-create-name-error').textContent?.trim()).toBe(
      'Dieser Name ist schon vergeben. Bitte wählen Sie einen anderen.',
    );
    expect(document.activeElement).toBe($('#field-create-name'));
  });

  it('shows an API length message at the field it names, in the UI language', async () => {
    const { fixture, $, type } = await render();
    type('field-create-name', 'Sport');
    $<HTMLFormElement>('[data-testid="field-create-form"]').dispatchEvent(new Event('submit'));
    http
      .expectOne({ method: 'POST', url: '/api/v1/fields-of-action' })
      .flush(
        ...apiError(400, ['description must be shorter than or equal to 5000 characters'], 'Bad Request', [
          { field: 'description', code: 'too_long', params: { max: 5000 } },
        ]),
      );
    await fixture.whenStable();

    expect($('#field-create-description-error').textContent?.trim()).toBe('Höchstens 5000 Zeichen.');
    await TestBed.inject(LanguageService).switchTo('en');
    await fixture.whenStable();
    expect($('#field-create-description-error').textContent?.trim()).toBe('At most 5000 characters.');
    localStorage.clear();
  });

  it('renames a field of action in a dialog and returns the focus to its button', async () => {
    const { fixture, element, $, type } = await render();
    const button = element.querySelectorAll<HTMLButtonElement>('[data-testid="field-edit"]')[1];
    button.focus();
    button.click();
    await fixture.whenStable();
    const dialog = $<HTMLDialogElement>('dialog[data-testid="field-edit-dialog"]');
    expect(dialog.open).toBe(true);
    expect($<HTMLInputElement>('#field-edit-name').value).toBe('Ehrenamt');

    type('field-edit-name', 'Ehrenamt und Engagement');
    $('[data-testid="field-edit-form"]').dispatchEvent(new Event('submit'));
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/fields-of-action/f-2' });
    expect(patch.request.body).toEqual({ name: 'Ehrenamt und Engagement', description: null });
    patch.flush({ ...fields[1], name: 'Ehrenamt und Engagement' });
    await fixture.whenStable();
    http.expectOne(FIELDS_LIST).flush(pageOf([fields[0], { ...fields[1], name: 'Ehrenamt und Engagement' }]));
    await fixture.whenStable();

    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(button);
    expect($('[data-testid="admin-status"]').textContent?.trim()).toBe(
      'Das Handlungsfeld „Ehrenamt und Engagement“ ist gespeichert.',
    );
    expect(element.querySelectorAll('[data-testid="field-of-action-name"]')[1].textContent?.trim()).toBe(
      'Ehrenamt und Engagement',
    );
  });
});

const ACTORS_LIST = '/api/v1/actors?page=1&limit=100';

describe('CatalogPageComponent: actors', () => {
  const render = () =>
    renderPage(ACTORS, ACTORS_LIST, [
      actor(),
      actor({ id: 'a-2', name: 'Interkultureller Verein', type: 'association' }),
    ]);

  it('lists the actors with their type in words', async () => {
    const { element } = await render();

    expect([...element.querySelectorAll('[data-testid="actor-type"]')].map((cell) => cell.textContent?.trim())).toEqual(
      ['Verwaltung', 'Verein oder Verband'],
    );
  });

  it('requires name and type, then creates the actor', async () => {
    const { fixture, $, set } = await render();
    const form = $<HTMLFormElement>('[data-testid="actor-create-form"]');
    set('actor-create-name', 'Kita Sonnenschein');
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    expect($('#actor-create-type-error').textContent?.trim()).toBe('Bitte füllen Sie dieses Feld aus.');
    expect(document.activeElement).toBe($('#actor-create-type'));

    set('actor-create-type', 'education');
    form.dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: '/api/v1/actors' });
    expect(post.request.body).toEqual({ name: 'Kita Sonnenschein', type: 'education' });
    post.flush(actor({ id: 'a-3', name: 'Kita Sonnenschein', type: 'education' }));
    await fixture.whenStable();
    http.expectOne(ACTORS_LIST).flush(pageOf([]));
    await fixture.whenStable();

    expect($('[data-testid="admin-status"]').textContent?.trim()).toBe('Der Akteur „Kita Sonnenschein“ ist angelegt.');
    expect($<HTMLSelectElement>('#actor-create-type').value).toBe('');
  });

  it('changes the type of an actor in a dialog', async () => {
    const { fixture, element, $, set } = await render();
    element.querySelectorAll<HTMLButtonElement>('[data-testid="actor-edit"]')[1].click();
    await fixture.whenStable();
    expect($<HTMLSelectElement>('#actor-edit-type').value).toBe('association');

    set('actor-edit-type', 'migrant_organisation');
    $('[data-testid="actor-edit-form"]').dispatchEvent(new Event('submit'));
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/actors/a-2' });
    expect(patch.request.body).toEqual({ name: 'Interkultureller Verein', type: 'migrant_organisation' });
    patch.flush(actor({ id: 'a-2', name: 'Interkultureller Verein', type: 'migrant_organisation' }));
    await fixture.whenStable();
    http.expectOne(ACTORS_LIST).flush(pageOf([]));
    await fixture.whenStable();

    expect($<HTMLDialogElement>('dialog[data-testid="actor-edit-dialog"]').open).toBe(false);
  });
});

describe('adminRoutes', () => {
  it('open the one catalogue page for fields of action and for actors, each with its kind', async () => {
    const children = adminRoutes[0].children ?? [];
    for (const [path, kind] of [
      ['fields-of-action', FIELDS_OF_ACTION],
      ['actors', ACTORS],
    ] as const) {
      const route = children.find((child) => child.path === path);
      expect(route?.data).toEqual({ kind });
      expect(await route?.loadComponent?.()).toBe(CatalogPageComponent);
    }
  });
});
