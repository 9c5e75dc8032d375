import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { leitbildSections } from '@leitbild-monitor/dashboard/catalog/data-access/testing';
import {
  actorsPage,
  fieldsOfActionPage,
  measure,
  statusDefinitions,
} from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { indicatorListItem } from '@leitbild-monitor/dashboard/indicators/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { CouncilPaper, Measure, User } from '@leitbild-monitor/shared/contracts';
import { MeasureFormPageComponent } from './measure-form-page.component';

describe('MeasureFormPageComponent', () => {
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  async function render(id?: string, signedIn: User = user({ role: 'editor' }), loaded: Measure = measure()) {
    await signInAs(http, signedIn);
    const fixture = TestBed.createComponent(MeasureFormPageComponent);
    if (id) fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
    if (id) http.expectOne(`/api/v1/measures/${id}`).flush(loaded);
    http.expectOne('/api/v1/fields-of-action?limit=100').flush(fieldsOfActionPage());
    http.expectOne('/api/v1/actors?limit=100').flush(actorsPage());
    http.expectOne('/api/v1/measures/statuses').flush(statusDefinitions());
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    http
      .expectOne('/api/v1/indicators?sort=code&page=1&limit=100')
      .flush({ items: [indicatorListItem()], total: 1, page: 1, limit: 100 });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const type = (testId: string, value: string) => {
      const input = element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | HTMLSelectElement;
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    const submit = async () => {
      (element.querySelector('[data-testid="measure-submit"]') as HTMLButtonElement).click();
      await fixture.whenStable();
    };
    /** Lets the component's promise chain (request → answer → next request) run to its end. */
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, element, text, type, submit, settle };
  }

  it('shows the client-side errors at their fields and sends nothing', async () => {
    const { element, text, type, submit } = await render();
    type('field-progress', '101');

    await submit();

    http.expectNone({ method: 'POST' });
    expect(text('#title-error')).toBe('Bitte ausfüllen.');
    expect(text('#fieldOfActionId-error')).toBe('Bitte wählen.');
    expect(text('#progress-error')).toContain('ganze Zahl von 0 bis 100');
    const title = element.querySelector('#measure-title') as HTMLInputElement;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('title-error title-hint');
    expect(text('[data-testid="form-errors"]')).toContain('Titel: Bitte ausfüllen.');
  });

  it('creates a measure with only the fields that are set and opens it', async () => {
    const { element, type, submit, settle } = await render();
    type('field-title', '  Sprachcafé  ');
    type('field-fieldOfActionId', 'f-1');
    (element.querySelector('[data-actor-id="a-2"]') as HTMLInputElement).click();

    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/measures' });
    expect(request.request.body).toEqual({ title: 'Sprachcafé', fieldOfActionId: 'f-1', partnerActorIds: ['a-2'] });
    request.flush(measure({ id: 'm-9' }));
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/measures', 'm-9'], { state: { saved: 'measure.saved.created' } });
  });

  it('shows the API’s field errors inline', async () => {
    const { text, type, submit, settle } = await render();
    type('field-title', 'Sprachcafé');
    type('field-fieldOfActionId', 'f-1');
    type('field-contactEmail', 'anna@example.x');

    await submit();
    http.expectOne({ method: 'POST', url: '/api/v1/measures' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['contact.email must be an email', 'colour: other problem'],
        problems: [
          { field: 'contact.email', code: 'invalid_email', params: {} },
          { field: 'colour', code: 'unknown_field', params: {} },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(text('#contactEmail-error')).toBe('Bitte eine gültige E-Mail-Adresse eingeben.');
    expect(text('[data-testid="form-errors"]')).toContain('Diese Angabe ist hier nicht vorgesehen.');
    expect(text('[data-testid="form-errors"]')).not.toContain('other problem');
  });

  it('edits with a PATCH of only the changed fields, naming the loaded version', async () => {
    const { type, submit } = await render('m-1');
    type('field-description', 'Neu');

    await submit();

    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' });
    expect(request.request.body).toEqual({ description: 'Neu' });
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    request.flush(measure({ description: 'Neu', version: 4 }));
  });

  it('links the indicators that measure the measure’s effect, sending their ids', async () => {
    const { element, submit } = await render('m-1');
    const box = element.querySelector<HTMLInputElement>('[data-indicator-id="i-1"]');
    expect(box?.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'EA-01 Engagierte in den Lokalen Partnerschaften',
    );
    box?.click();

    await submit();

    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' });
    expect(request.request.body).toEqual({ indicatorIds: ['i-1'] });
    request.flush(measure({ indicatorIds: ['i-1'], version: 4 }));
  });

  it('says when there is nothing to save', async () => {
    const { text, submit } = await render('m-1');

    await submit();

    http.expectNone({ method: 'PATCH' });
    expect(text('[data-testid="form-announcement"]')).toBe('Sie haben nichts geändert; es gibt nichts zu speichern.');
  });

  it('after a 412 keeps the user’s input, shows the other changes and reapplies on the new version', async () => {
    const { element, text, type, submit, settle } = await render('m-1');
    type('field-description', 'Meine Beschreibung');
    type('field-title', 'Mein Titel');

    await submit();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });
    await settle();
    http.expectOne('/api/v1/measures/m-1').flush(measure({ version: 4, title: 'Titel von Ben', progress: 60 }));
    await settle();

    const rows = [...element.querySelectorAll('[data-testid="conflict-row"]')];
    expect(rows.map((row) => row.getAttribute('data-field'))).toEqual(['title', 'progress']);
    expect(rows[0].querySelector('[data-testid="conflict-theirs"]')?.textContent?.trim()).toBe('Titel von Ben');
    expect(rows[0].querySelector('[data-testid="conflict-yours"]')?.textContent).toContain('Mein Titel');
    expect(rows[1].querySelector('[data-testid="conflict-yours"]')?.textContent?.trim()).toBe(
      'von Ihnen nicht geändert',
    );
    expect(text('[data-testid="conflict"]')).toContain('Beschreibung');
    expect((element.querySelector('#measure-title') as HTMLInputElement).value).toBe('Mein Titel');
    expect((element.querySelector('#measure-progress') as HTMLInputElement).value).toBe('60');

    (element.querySelector('[data-testid="conflict-reapply"]') as HTMLButtonElement).click();
    await settle();
    const again = http.expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' });
    expect(again.request.body).toEqual({ title: 'Mein Titel', description: 'Meine Beschreibung' });
    expect(again.request.headers.get('If-Match')).toBe('"4"');
    again.flush(measure({ version: 5 }));
  });

  it('discards the user’s changes after a conflict on request', async () => {
    const { fixture, element, type, submit, settle } = await render('m-1');
    type('field-description', 'Meine Beschreibung');
    await submit();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });
    await settle();
    http.expectOne('/api/v1/measures/m-1').flush(measure({ version: 4, description: 'Von Ben' }));
    await settle();

    (element.querySelector('[data-testid="conflict-discard"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="conflict"]')).toBeNull();
    expect((element.querySelector('#measure-description') as HTMLTextAreaElement).value).toBe('Von Ben');
  });

  it('explains a 403 instead of failing silently', async () => {
    const { text, type, submit, settle } = await render('m-1');
    type('field-description', 'Neu');
    await submit();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' })
      .flush({ statusCode: 403 }, { status: 403, statusText: 'Forbidden' });
    await settle();

    expect(text('[data-testid="form-errors"]')).toContain('Sie dürfen diese Maßnahme nicht ändern.');
  });

  it('names the rule at the lead actor when a partner’s editor would remove the lead, and sends nothing', async () => {
    const { text, type, submit } = await render('m-1', user({ role: 'editor', actorId: 'a-2' }));
    type('field-leadActorId', '');

    await submit();

    http.expectNone({ method: 'PATCH' });
    expect(text('#leadActorId-error')).toBe(
      'Nur die Redaktion der federführenden Organisation darf die Federführung ändern oder Beteiligte entfernen.',
    );
    expect(text('[data-testid="form-errors"]')).not.toContain('Sie dürfen diese Maßnahme nicht ändern.');
  });

  it('explains a 403 of the responsibility rule by its reason, not the general message', async () => {
    const { text, type, submit, settle } = await render('m-1', user({ role: 'editor', actorId: 'a-1' }));
    type('field-description', 'Neu');
    await submit();
    // Meanwhile an administrator made another organisation lead: the server's rule now refuses the edit's
    // version of the lead actor, and the page says why.
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' });
    type('field-leadActorId', '');
    request.flush({ statusCode: 403 }, { status: 403, statusText: 'Forbidden' });
    await settle();

    expect(text('#leadActorId-error')).toContain('Ihre Organisation muss federführend oder beteiligt bleiben');
  });

  describe('council papers', () => {
    const paper = (reference: string, url: string | null = null): CouncilPaper => ({
      reference,
      title: null,
      date: null,
      url,
    });
    const renderWithPapers = (papers: CouncilPaper[]) =>
      render('m-1', user({ role: 'editor' }), measure({ councilPapers: papers }));

    it('adds entries, checks them as the API does and sends them with a new measure', async () => {
      const { fixture, element, text, type, submit, settle } = await render();
      type('field-title', 'Sprachcafé');
      type('field-fieldOfActionId', 'f-1');
      expect(text('[data-testid="councilPapers-none"]')).toBe('Keine Drucksachen genannt.');

      const add = element.querySelector<HTMLButtonElement>('[data-testid="paper-add"]');
      expect(add?.textContent?.trim()).toBe('Drucksache hinzufügen');
      add?.click();
      await fixture.whenStable();
      type('paper-reference', 'x'.repeat(41));
      type('paper-url', 'ftp://rat.example/21-1234');
      await submit();

      http.expectNone({ method: 'POST' });
      expect(text('#measure-councilPapers-0-reference-error')).toBe('Höchstens 40 Zeichen.');
      expect(text('#measure-councilPapers-0-url-error')).toBeTruthy();
      expect(element.querySelector('#measure-councilPapers-0-url')?.getAttribute('aria-invalid')).toBe('true');
      expect(text('[data-testid="form-errors"]')).toContain('Drucksache 1, Nummer: Höchstens 40 Zeichen.');

      type('paper-reference', ' 21-1234 ');
      type('paper-url', 'https://rat.example/vo020?VOLFDNR=1234');
      type('paper-title', 'Integrationskonzept');
      await submit();

      const request = http.expectOne({ method: 'POST', url: '/api/v1/measures' });
      expect(request.request.body).toEqual({
        title: 'Sprachcafé',
        fieldOfActionId: 'f-1',
        councilPapers: [
          {
            reference: '21-1234',
            title: 'Integrationskonzept',
            date: null,
            url: 'https://rat.example/vo020?VOLFDNR=1234',
          },
        ],
      });
      request.flush(measure({ id: 'm-9' }));
      await settle();
    });

    it('names the entry in the remove button and sends the shorter list in the PATCH', async () => {
      const { fixture, element, submit } = await renderWithPapers([paper('21-1234'), paper('21-2000')]);
      const buttons = [...element.querySelectorAll<HTMLButtonElement>('[data-testid="paper-remove"]')];
      expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
        'Entfernen: Drucksache 1 (21-1234)',
        'Entfernen: Drucksache 2 (21-2000)',
      ]);
      expect(buttons[0].textContent?.trim()).toBe('Entfernen');

      buttons[0].click();
      await fixture.whenStable();
      expect(element.querySelectorAll('[data-testid="council-paper"]')).toHaveLength(1);
      expect(element.ownerDocument.activeElement?.id).toBe('councilPapers-add');
      await submit();

      const request = http.expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' });
      expect(request.request.body).toEqual({ councilPapers: [paper('21-2000')] });
      request.flush(measure({ councilPapers: [paper('21-2000')], version: 4 }));
    });

    it('leaves the papers out of the PATCH when they did not change', async () => {
      const { type, submit } = await renderWithPapers([paper('21-1234', 'https://rat.example/1')]);
      type('field-description', 'Neu');

      await submit();

      const request = http.expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' });
      expect(request.request.body).toEqual({ description: 'Neu' });
      request.flush(measure({ version: 4 }));
    });

    it('shows the API’s problem at the entry’s field', async () => {
      const { element, text, type, submit, settle } = await renderWithPapers([paper('21-1234'), paper('21-2000')]);
      const urls = element.querySelectorAll<HTMLInputElement>('[data-testid="paper-url"]');
      urls[1].value = 'https://rat.example/2';
      urls[1].dispatchEvent(new Event('input'));
      type('field-description', 'Neu');

      await submit();
      http.expectOne({ method: 'PATCH', url: '/api/v1/measures/m-1' }).flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: ['councilPapers.1.url: invalid'],
          problems: [{ field: 'councilPapers.1.url', code: 'invalid_url', params: {} }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle();

      expect(text('#measure-councilPapers-1-url-error')).toBeTruthy();
      expect(element.querySelector('#measure-councilPapers-0-url-error')).toBeNull();
      const link = element.querySelector<HTMLAnchorElement>('[data-testid="form-errors"] a');
      expect(link?.getAttribute('href')).toBe('#measure-councilPapers-1-url');
      expect(link?.textContent).toContain('Drucksache 2, Link');
    });
  });

  it('shows no form to an editor of another organisation', async () => {
    const { element, text } = await render('m-1', user({ role: 'editor', actorId: 'a-9' }));

    expect(element.querySelector('[data-testid="measure-form"]')).toBeNull();
    expect(text('[data-testid="read-only-notice"]')).toContain('nicht ändern');
  });
});
