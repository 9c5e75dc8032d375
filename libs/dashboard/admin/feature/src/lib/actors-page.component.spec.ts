import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { actor, pageOf } from '@leitbild-monitor/dashboard/admin/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ActorsPageComponent } from './actors-page.component';

const LIST = '/api/v1/actors?page=1&limit=100';

describe('ActorsPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(ActorsPageComponent);
    http
      .expectOne(LIST)
      .flush(pageOf([actor(), actor({ id: 'a-2', name: 'Interkultureller Verein', type: 'association' })]));
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const $ = <T extends Element = HTMLElement>(selector: string) => element.querySelector(selector) as T;
    const set = (id: string, value: string) => {
      const field = $<HTMLInputElement | HTMLSelectElement>(`#${id}`);
      field.value = value;
      field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    };
    return { fixture, element, $, set };
  }

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
    http.expectOne(LIST).flush(pageOf([]));
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
    http.expectOne(LIST).flush(pageOf([]));
    await fixture.whenStable();

    expect($<HTMLDialogElement>('dialog[data-testid="actor-edit-dialog"]').open).toBe(false);
  });
});
