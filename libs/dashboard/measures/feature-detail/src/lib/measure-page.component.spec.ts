import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { leitbildSections } from '@leitbild-monitor/dashboard/catalog/data-access/testing';
import {
  actorsPage,
  commentsPage,
  fieldsOfActionPage,
  historyPage,
  measure,
  reviewComment,
  statusDefinitions,
} from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { IndicatorListItem, Measure, Page, User } from '@leitbild-monitor/shared/contracts';
import { indicatorListItem, indicatorPage } from '@leitbild-monitor/dashboard/indicators/data-access/testing';
import { MeasurePageComponent } from './measure-page.component';

// jsdom has no <dialog> methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

describe('MeasurePageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(
    options: { user?: User; measure?: Measure; since?: string; indicators?: Page<IndicatorListItem> } = {},
  ) {
    await signInAs(http, options.user ?? user({ role: 'admin' }));
    const fixture = TestBed.createComponent(MeasurePageComponent);
    fixture.componentRef.setInput('id', 'm-1');
    if (options.since) fixture.componentRef.setInput('since', options.since);
    await fixture.whenStable();
    http.expectOne('/api/v1/measures/m-1').flush(options.measure ?? measure());
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush(historyPage());
    http.expectOne('/api/v1/measures/m-1/comments?limit=100').flush(commentsPage());
    http.expectOne('/api/v1/fields-of-action?limit=100').flush(fieldsOfActionPage());
    http.expectOne('/api/v1/actors?limit=100').flush(actorsPage());
    http.expectOne('/api/v1/measures/statuses').flush(statusDefinitions());
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    await fixture.whenStable();
    http
      .expectOne('/api/v1/indicators?measure=m-1&page=1&limit=100')
      .flush(options.indicators ?? { items: [], total: 0, page: 1, limit: 100 });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { fixture, element, text };
  }

  it('shows the measure’s fields with names instead of ids', async () => {
    const { text } = await render();

    expect(text('h1')).toBe('Sprachcafé im Bürgerhaus');
    expect(text('[data-testid="fact-fieldOfAction"]')).toBe('Deutsch als Sprache');
    expect(text('[data-testid="fact-status"]')).toBe('In Umsetzung');
    expect(text('[data-testid="fact-progress"]')).toBe('40 %');
    expect(text('[data-testid="fact-plannedEnd"]')).toBe('31.12.2026');
    expect(text('[data-testid="fact-leadActor"]')).toBe('Fachamt Sozialraummanagement');
    expect(text('[data-testid="fact-partnerActors"]')).toBe('Bücherhalle Harburg');
    expect(text('[data-testid="fact-contact"]')).toBe('Anna Arslan, anna.arslan@example.org');
    expect(text('[data-testid="measure-guidelines"]')).toBe('1.1 Wir sind Harburg.');
  });

  it('shows the status timeline, progress reports and field changes with who and when', async () => {
    const { element, text } = await render();

    const statusEntries = [...element.querySelectorAll('[data-testid="status-entry"]')];
    expect(statusEntries).toHaveLength(2);
    expect(statusEntries[0].textContent).toContain('Geplant → In Umsetzung');
    expect(statusEntries[0].textContent).toContain('von Anna Arslan');
    expect(statusEntries[0].textContent).toContain('Start im Februar.');
    expect(statusEntries[0].textContent).toContain('Tatsächlicher Beginn');
    expect(statusEntries[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-02-01T08:00:00.000Z');
    expect(statusEntries[1].textContent).toContain('Angelegt als „Vorgeschlagen“');
    expect(text('[data-testid="progress-entry"]')).toContain('Zwei Gruppen laufen.');
    expect(text('[data-testid="progress-entry"]')).toContain('Fortschritt: 20 % → 40 %');
    expect(text('[data-testid="field-change"]')).toBe('Titel: Sprachcafe → Sprachcafé im Bürgerhaus');
  });

  it('counts and marks the changes since ?since=', async () => {
    const { element, text } = await render({ since: '2026-01-31' });

    expect(text('[data-testid="changed-since"]')).toBe('2 Änderungen seit 31.01.2026.');
    expect(element.querySelectorAll('.timeline__entry--new')).toHaveLength(2);
    expect(element.querySelectorAll('.timeline__entry--new .badge--new')).toHaveLength(2);
  });

  it('offers edit, status and progress to those who may change the measure', async () => {
    const { element } = await render({ user: user({ role: 'editor', actorId: 'a-2' }) });

    expect(element.querySelector('[data-testid="edit-measure"]')?.getAttribute('href')).toBe('/measures/m-1/edit');
    expect(element.querySelector('[data-testid="open-status-dialog"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="read-only-notice"]')).toBeNull();
  });

  it('explains to an editor of another organisation why there are no edit controls', async () => {
    const { element, text } = await render({ user: user({ role: 'editor', actorId: 'a-9' }) });

    expect(element.querySelector('[data-testid="edit-measure"]')).toBeNull();
    expect(text('[data-testid="read-only-notice"]')).toContain('nicht ändern');
  });

  it('shows council members no edit controls but the comment form', async () => {
    const { element, text } = await render({ user: user({ role: 'reviewer' }) });

    expect(element.querySelector('[data-testid="open-status-dialog"]')).toBeNull();
    expect(element.querySelector('[data-testid="read-only-notice"]')).toBeNull();
    expect(text('[data-testid="review-text"]')).toBe(reviewComment().text);
    expect(element.querySelector('[data-testid="review-form"]')).not.toBeNull();
  });

  it('changes the status through the dialog, offering only allowed transitions and asking for a reason', async () => {
    const { fixture, element, text } = await render();
    (element.querySelector('[data-testid="open-status-dialog"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    const options = [
      ...element.querySelectorAll<HTMLInputElement>('[data-testid="status-dialog"] input[type="radio"]'),
    ];
    expect(options.map((option) => option.dataset['testid'])).toEqual([
      'status-option-completed',
      'status-option-on_hold',
    ]);

    options[1].click();
    await fixture.whenStable();
    (element.querySelector('[data-testid="status-submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(text('#status-note-error')).toBe('Bitte geben Sie eine Begründung an.');
    http.expectNone({ method: 'POST' });

    const note = element.querySelector('[data-testid="status-note"]') as HTMLTextAreaElement;
    note.value = 'Raum fehlt';
    note.dispatchEvent(new Event('input'));
    (element.querySelector('[data-testid="status-submit"]') as HTMLButtonElement).click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/measures/m-1/status' });
    expect(request.request.body).toEqual({ status: 'on_hold', note: 'Raum fehlt' });
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    request.flush(measure({ status: 'on_hold', statusNote: 'Raum fehlt', version: 4 }));
    await fixture.whenStable();
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush(historyPage());
    await fixture.whenStable();

    expect(text('[data-testid="announcement"]')).toBe('Der Status ist jetzt „Zurückgestellt“.');
    expect(text('[data-testid="fact-statusNote"]')).toBe('Raum fehlt');
    expect(element.querySelector('[data-testid="status-dialog"]')?.hasAttribute('open')).toBe(false);
  });

  it('sets progress back to unknown through the progress dialog', async () => {
    const { fixture, element, text } = await render();
    expect(text('[data-testid="fact-progress"]')).toBe('40 %');
    (element.querySelector('[data-testid="open-progress-dialog"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const value = element.querySelector('[data-testid="progress-value"]') as HTMLInputElement;
    value.value = '55';
    value.dispatchEvent(new Event('input'));
    const unknown = element.querySelector('[data-testid="progress-unknown"]') as HTMLInputElement;
    unknown.click();
    await fixture.whenStable();
    expect(value.disabled).toBe(true);
    expect(value.value).toBe('');
    const note = element.querySelector('[data-testid="progress-note"]') as HTMLTextAreaElement;
    note.value = 'Schätzung überholt';
    note.dispatchEvent(new Event('input'));
    (element.querySelector('[data-testid="progress-submit"]') as HTMLButtonElement).click();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/measures/m-1/progress' });
    expect(request.request.body).toEqual({ note: 'Schätzung überholt', progress: null });
    request.flush(measure({ progress: null, version: 4 }));
    await fixture.whenStable();
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush(historyPage());
    await fixture.whenStable();
    expect(text('[data-testid="fact-progress"]')).toBe('unbekannt');
  });

  it('shows what the API refused in a dialog by its problem codes, in the interface language', async () => {
    const { fixture, element, text } = await render();
    (element.querySelector('[data-testid="open-progress-dialog"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const note = element.querySelector('[data-testid="progress-note"]') as HTMLTextAreaElement;
    note.value = 'Zwischenstand';
    note.dispatchEvent(new Event('input'));
    (element.querySelector('[data-testid="progress-submit"]') as HTMLButtonElement).click();
    http.expectOne({ method: 'POST', url: '/api/v1/measures/m-1/progress' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['note must be shorter than or equal to 2000 characters'],
        problems: [{ field: 'note', code: 'too_long', params: { max: 2000 } }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(text('[data-testid="progress-dialog-error"]')).toContain('Die Eingaben wurden nicht angenommen.');
    expect(text('[data-testid="progress-dialog-error"]')).toContain('Höchstens 2000 Zeichen.');
    expect(text('[data-testid="progress-dialog-error"]')).not.toContain('shorter than');
  });

  it('offers "unknown" in the progress dialog only while progress is known', async () => {
    const { fixture, element } = await render({ measure: measure({ progress: null }) });
    (element.querySelector('[data-testid="open-progress-dialog"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="progress-unknown"]')).toBeNull();
  });

  it('says that someone else saved when the status change meets a newer version', async () => {
    const { fixture, element, text } = await render();
    (element.querySelector('[data-testid="open-status-dialog"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    (element.querySelector('[data-testid="status-option-completed"]') as HTMLInputElement).click();
    (element.querySelector('[data-testid="status-submit"]') as HTMLButtonElement).click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/measures/m-1/status' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });
    await fixture.whenStable();
    http.expectOne('/api/v1/measures/m-1').flush(measure({ version: 5, title: 'Neuer Titel' }));
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush(historyPage());
    await fixture.whenStable();

    expect(text('[data-testid="status-dialog-error"]')).toContain('Jemand hat die Maßnahme inzwischen gespeichert');
    expect(text('h1')).toBe('Neuer Titel');
  });

  it('shows a friendly message for an unknown measure', async () => {
    await signInAs(http);
    const fixture = TestBed.createComponent(MeasurePageComponent);
    fixture.componentRef.setInput('id', 'm-1');
    await fixture.whenStable();
    http.expectOne('/api/v1/measures/m-1').flush({}, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/measures/m-1/history?limit=100').flush({}, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/measures/m-1/comments?limit=100').flush({}, { status: 404, statusText: 'Not Found' });
    http.match(() => true).forEach((request) => request.flush([]));
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="measure-not-found"]')?.textContent).toBe(
      'Maßnahme nicht gefunden',
    );
  });

  it('lists the indicators that measure the measure’s effect, with their state', async () => {
    const { text, element } = await render({
      indicators: { ...indicatorPage([indicatorListItem({ progressMeasureIds: ['m-1'] })]), limit: 100 },
    });
    const item = element.querySelector('[data-testid="measure-indicator"]');
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('/indicators/i-1');
    expect(item?.textContent?.replace(/[\s\u00a0]+/g, ' ').trim()).toBe(
      'Engagierte in den Lokalen Partnerschaften ⚠ Nicht auf Kurs Letzter Wert: 412 Personen (31.12.2025) · ' +
        'Ziel: 600 Personen (31.12.2030) zeigt den Fortschritt dieser Maßnahme',
    );
    expect(text('[data-testid="measure-indicators-none"]')).toBeUndefined();
  });

  it('says when no indicator is linked', async () => {
    const { text } = await render();
    expect(text('[data-testid="measure-indicators-none"]')).toBe('Mit dieser Maßnahme ist keine Kennzahl verknüpft.');
  });
});
