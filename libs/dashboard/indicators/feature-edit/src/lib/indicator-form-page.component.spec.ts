import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { leitbildSections } from '@leitbild-monitor/dashboard/catalog/data-access/testing';
import { indicator } from '@leitbild-monitor/dashboard/indicators/data-access/testing';
import {
  actorsPage,
  fieldsOfActionPage,
  measureListItem,
  measurePage,
} from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { User } from '@leitbild-monitor/shared/contracts';
import { IndicatorFormPageComponent } from './indicator-form-page.component';

const clean = (text: string | null | undefined) => text?.replace(/[\s\u00a0]+/g, ' ').trim();

describe('IndicatorFormPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18nTesting(),
        provideRouter([{ path: 'indicators/:id', children: [] }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(options: { id?: string; user?: User } = {}) {
    await signInAs(http, options.user ?? user({ role: 'admin' }));
    const fixture = TestBed.createComponent(IndicatorFormPageComponent);
    if (options.id) fixture.componentRef.setInput('id', options.id);
    await fixture.whenStable();
    if (options.id) http.expectOne(`/api/v1/indicators/${options.id}`).flush(indicator());
    http.expectOne('/api/v1/fields-of-action?limit=100').flush(fieldsOfActionPage());
    http.expectOne('/api/v1/actors?limit=100').flush(actorsPage());
    http.expectOne('/api/v1/measures/statuses').flush([]);
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    http
      .expectOne((request) => request.url === '/api/v1/measures')
      .flush(
        measurePage([
          measureListItem({ id: 'm-1', title: 'Sprachcafé im Bürgerhaus' }),
          measureListItem({ id: 'm-2', title: 'Lotsenprojekt' }),
        ]),
      );
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = async (testId: string, value: string) => {
      const control = element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | HTMLSelectElement;
      control.value = value;
      control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      (element.querySelector('[data-testid="indicator-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, element, type, submit };
  }

  it('names every missing required field in the summary and at the field, sending nothing', async () => {
    const { element, submit } = await render();
    await submit();

    const summary = element.querySelector('[data-testid="form-errors"]');
    expect([...(summary?.querySelectorAll('li') ?? [])].map((item) => clean(item.textContent))).toEqual([
      'Name: Bitte ausfüllen.',
      'Einheit: Bitte ausfüllen.',
      'Handlungsfeld: Bitte wählen.',
    ]);
    expect(element.querySelector('#indicator-name')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('creates an indicator with its measures and opens its page, saying so', async () => {
    const { element, type, submit } = await render();
    await type('field-name', 'Teilnehmende an Deutschkursen');
    await type('field-unit', 'Personen');
    await type('field-code', 'DS-01');
    await type('field-fieldOfActionId', 'f-1');
    const measure = element.querySelector('#indicator-measure-m-2') as HTMLInputElement;
    measure.checked = true;
    measure.dispatchEvent(new Event('change'));
    await submit();
    const progress = element.querySelector('#indicator-progress-m-2') as HTMLInputElement | null;
    expect(progress).not.toBeNull();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/indicators' });
    expect(request.request.body).toMatchObject({
      code: 'DS-01',
      name: 'Teilnehmende an Deutschkursen',
      unit: 'Personen',
      fieldOfActionId: 'f-1',
      measureIds: ['m-2'],
      progressMeasureIds: [],
      desiredTrend: 'increase',
    });
    request.flush(indicator({ id: 'i-7' }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(Router).url).toBe('/indicators/i-7');
  });

  it('refuses a code with spaces before sending', async () => {
    const { element, type, submit } = await render();
    await type('field-code', 'EA 01');
    await submit();
    expect(clean(element.querySelector('#indicator-code-error')?.textContent)).toBe(
      'Nur Buchstaben, Ziffern und . _ / - ohne Leerzeichen; am Anfang ein Buchstabe oder eine Ziffer.',
    );
  });

  it('sends only the changed fields of an indicator, the baseline among them', async () => {
    const { type, submit } = await render({ id: 'i-1' });
    await type('field-unit', 'Engagierte');
    await type('field-baselineDate', '2022-12-31');
    await submit();

    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/indicators/i-1' });
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    expect(request.request.body).toEqual({ unit: 'Engagierte', baselineDate: '2022-12-31' });
    request.flush(indicator({ version: 5 }));
  });

  it('after a 412 keeps the user’s change on the current version and names what the other person changed', async () => {
    const { fixture, element, type, submit } = await render({ id: 'i-1' });
    await type('field-source', 'Eigene Zählung');
    await submit();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/indicators/i-1' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });
    await Promise.resolve();
    http.expectOne('/api/v1/indicators/i-1').flush(indicator({ version: 8, name: 'Engagierte (neu)' }));
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(clean(element.querySelector('[data-testid="conflict-theirs"]')?.textContent)).toBe(
      'Inzwischen geändert: Name',
    );
    expect(clean(element.querySelector('[data-testid="conflict-mine"]')?.textContent)).toBe(
      'Ihre Änderungen, die sonst niemand berührt hat: Quelle',
    );
    expect((element.querySelector('[data-testid="field-name"]') as HTMLInputElement).value).toBe('Engagierte (neu)');
    expect((element.querySelector('[data-testid="field-source"]') as HTMLInputElement).value).toBe('Eigene Zählung');
  });

  it('lets an editor of an actor create only indicators that actor is responsible for', async () => {
    const { element, type, submit } = await render({ user: user({ role: 'editor', actorId: 'a-1' }) });
    expect((element.querySelector('[data-testid="field-responsibleActorId"]') as HTMLSelectElement).value).toBe('a-1');
    await type('field-responsibleActorId', '');
    await type('field-name', 'x');
    await type('field-unit', 'x');
    await type('field-fieldOfActionId', 'f-1');
    await submit();
    expect(clean(element.querySelector('#indicator-responsibleActorId-error')?.textContent)).toBe(
      'Ihre Organisation muss verantwortlich bleiben; sonst könnten Sie die Kennzahl nicht mehr bearbeiten.',
    );
  });

  it('shows the API’s problems at their fields', async () => {
    const { fixture, element, type, submit } = await render();
    await type('field-name', 'x');
    await type('field-unit', 'x');
    await type('field-code', 'EA-01');
    await type('field-fieldOfActionId', 'f-1');
    await submit();
    http
      .expectOne({ method: 'POST', url: '/api/v1/indicators' })
      .flush(
        { statusCode: 409, problems: [{ field: 'code', code: 'duplicate_code', params: {} }] },
        { status: 409, statusText: 'Conflict' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(clean(element.querySelector('#indicator-code-error')?.textContent)).toBe(
      'Dieser Code ist schon vergeben. Bitte wählen Sie einen anderen.',
    );
  });
});
