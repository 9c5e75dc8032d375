import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import type { MeetingBody } from '@leitbild-monitor/shared/contracts';
import { MeetingBodiesAdminPageComponent } from './meeting-bodies-admin-page.component';

const BODIES: MeetingBody[] = [
  { id: 'b1', name: 'Integrationsrat', position: 0, meetingCount: 3 },
  { id: 'b2', name: 'Jugendhilfeausschuss', position: 1, meetingCount: 0 },
];

const clean = (text: string | null | undefined) => text?.replace(/[\s\u00a0]+/g, ' ').trim();

describe('MeetingBodiesAdminPageComponent', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(MeetingBodiesAdminPageComponent);
    fixture.autoDetectChanges();
    http.expectOne('/api/v1/meeting-bodies').flush(BODIES);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (label: string) =>
      [...element.querySelectorAll<HTMLButtonElement>('button')].find(
        (item) => (item.getAttribute('aria-label') ?? clean(item.textContent)) === label,
      );
    const type = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, element, button, type, settle };
  }

  it('lists the bodies with the number of meetings that name them', async () => {
    const { element, button } = await render();
    const rows = [...element.querySelectorAll('[data-testid="meeting-body-row"]')];
    expect(rows.map((row) => clean(row.querySelector('th')?.textContent))).toEqual([
      'Integrationsrat',
      'Jugendhilfeausschuss',
    ]);
    expect(clean(rows[0].querySelector('[data-testid="meeting-body-count"]')?.textContent)).toBe('3');
    expect(button('Umbenennen: Integrationsrat')).toBeTruthy();
    expect(button('Löschen: Jugendhilfeausschuss')?.textContent?.trim()).toBe('Löschen');
  });

  it('checks the name before adding a body, then sends it and lists the new one', async () => {
    const { element, button, type, settle } = await render();
    button('Gremium hinzufügen')?.click();
    await settle();
    http.expectNone({ method: 'POST' });
    const input = element.querySelector('#meeting-body-new');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(clean(element.querySelector('#meeting-body-new-error')?.textContent)).toContain('Bitte ausfüllen');

    type('#meeting-body-new', '  Ausschuss für Bildung  ');
    button('Gremium hinzufügen')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/meeting-bodies' });
    expect(request.request.body).toEqual({ name: 'Ausschuss für Bildung' });
    request.flush({ id: 'b3', name: 'Ausschuss für Bildung', position: 2, meetingCount: 0 });
    await settle();
    http
      .expectOne('/api/v1/meeting-bodies')
      .flush([...BODIES, { id: 'b3', name: 'Ausschuss für Bildung', position: 2, meetingCount: 0 }]);
    await settle();
    expect(clean(element.querySelector('[data-testid="meeting-bodies-status"]')?.textContent)).toBe(
      'Das Gremium „Ausschuss für Bildung“ wurde angelegt.',
    );
    expect(element.querySelectorAll('[data-testid="meeting-body-row"]')).toHaveLength(3);
  });

  it('renames a body and shows a refused name at the field', async () => {
    const { element, button, type, settle } = await render();
    button('Umbenennen: Jugendhilfeausschuss')?.click();
    await settle();
    const label = element.querySelector('label[for="meeting-body-rename"]');
    expect(clean(label?.textContent)).toContain('Neuer Name für „Jugendhilfeausschuss“');
    expect(element.ownerDocument.activeElement?.id).toBe('meeting-body-rename');

    type('#meeting-body-rename', 'Integrationsrat');
    button('Namen speichern')?.click();
    await settle();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/meeting-bodies/b2' })
      .flush(
        { statusCode: 409, problems: [{ field: 'name', code: 'duplicate_name', params: {} }] },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(clean(element.querySelector('#meeting-body-rename-error')?.textContent)).toContain(
      'Dieser Name ist schon vergeben',
    );

    type('#meeting-body-rename', 'Kinder- und Jugendhilfeausschuss');
    button('Namen speichern')?.click();
    await settle();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/meeting-bodies/b2' });
    expect(request.request.body).toEqual({ name: 'Kinder- und Jugendhilfeausschuss' });
    request.flush({ ...BODIES[1], name: 'Kinder- und Jugendhilfeausschuss' });
    await settle();
    http.expectOne('/api/v1/meeting-bodies').flush(BODIES);
    await settle();
    expect(clean(element.querySelector('[data-testid="meeting-bodies-status"]')?.textContent)).toBe(
      '„Jugendhilfeausschuss“ heißt jetzt „Kinder- und Jugendhilfeausschuss“.',
    );
  });

  it('deletes a body after confirmation', async () => {
    const { element, button, settle } = await render();
    button('Löschen: Jugendhilfeausschuss')?.click();
    await settle();
    http.expectNone({ method: 'DELETE' });
    button('„Jugendhilfeausschuss“ löschen')?.click();
    await settle();
    http.expectOne({ method: 'DELETE', url: '/api/v1/meeting-bodies/b2' }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settle();
    http.expectOne('/api/v1/meeting-bodies').flush([BODIES[0]]);
    await settle();
    expect(clean(element.querySelector('[data-testid="meeting-bodies-status"]')?.textContent)).toBe(
      'Das Gremium „Jugendhilfeausschuss“ wurde gelöscht.',
    );
    expect(element.querySelectorAll('[data-testid="meeting-body-row"]')).toHaveLength(1);
  });

  it('explains why a body that meetings name cannot be deleted, and what to do', async () => {
    const { element, button, settle } = await render();
    button('Löschen: Integrationsrat')?.click();
    await settle();
    button('„Integrationsrat“ löschen')?.click();
    await settle();
    http
      .expectOne({ method: 'DELETE', url: '/api/v1/meeting-bodies/b1' })
      .flush(
        { statusCode: 409, problems: [{ field: null, code: 'in_use', params: { count: 3 } }] },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    http.expectOne('/api/v1/meeting-bodies').flush(BODIES);
    await settle();

    const problem = element.querySelector('[data-testid="meeting-body-delete-problem"]');
    expect(problem?.getAttribute('role')).toBe('alert');
    expect(clean(problem?.textContent)).toContain(
      '„Integrationsrat“ kann nicht gelöscht werden: 3 Sitzung(en) nennen dieses Gremium.',
    );
    expect(problem?.querySelector('a')?.getAttribute('href')).toBe('/meetings');
    expect(element.ownerDocument.activeElement).toBe(problem);
  });
});
