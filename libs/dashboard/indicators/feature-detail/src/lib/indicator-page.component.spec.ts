import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { leitbildSections } from '@leitbild-monitor/dashboard/catalog/data-access/testing';
import { indicator, indicatorHistoryPage } from '@leitbild-monitor/dashboard/indicators/data-access/testing';
import { actorsPage, fieldsOfActionPage } from '@leitbild-monitor/dashboard/measures/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { Indicator, User } from '@leitbild-monitor/shared/contracts';
import { IndicatorPageComponent } from './indicator-page.component';

// jsdom has no <dialog> methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const clean = (text: string | null | undefined) => text?.replace(/[\s\u00a0]+/g, ' ').trim();

describe('IndicatorPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(options: { user?: User; indicator?: Indicator } = {}) {
    await signInAs(http, options.user ?? user({ role: 'admin' }));
    const fixture = TestBed.createComponent(IndicatorPageComponent);
    fixture.componentRef.setInput('id', 'i-1');
    await fixture.whenStable();
    http.expectOne('/api/v1/indicators/i-1').flush(options.indicator ?? indicator());
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
    http.expectOne('/api/v1/fields-of-action?limit=100').flush(fieldsOfActionPage());
    http.expectOne('/api/v1/actors?limit=100').flush(actorsPage());
    http.expectOne('/api/v1/measures/statuses').flush([]);
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => clean(element.querySelector(selector)?.textContent);
    const all = (selector: string) => [...element.querySelectorAll(selector)].map((node) => clean(node.textContent));
    return { fixture, element, text, all };
  }

  it('says where the indicator stands and charts values, goals, goal line and baseline with a data table', async () => {
    const { text, element } = await render();

    expect(text('h1')).toBe('Engagierte in den Lokalen Partnerschaften');
    expect(text('[data-testid="indicator-state"]')).toBe('⚠ Nicht auf Kurs');
    expect(text('[data-testid="chart-summary"]')).toBe(
      'Zuletzt 412 Personen (31.12.2025); Ziel 2030: 600 Personen; nicht auf Kurs: Die Ziellinie läge zu diesem ' +
        'Datum bei 450 Personen; 37,3 % des Weges vom Basiswert zum Ziel sind geschafft.',
    );
    const chartTable = element.querySelector('[data-testid="chart-table"]');
    expect([...(chartTable?.querySelectorAll('thead th') ?? [])].map((th) => clean(th.textContent))).toEqual([
      'Datum',
      'Wert (Personen)',
      'Ziel (Personen)',
      'Ziellinie (Personen)',
      'Basiswert (Personen)',
    ]);
    expect(chartTable?.querySelectorAll('[data-testid="chart-table-row"]')).toHaveLength(6);
  });

  it('lists values and goals by date with notes, who entered them, and the baseline marked', async () => {
    const { element, all } = await render();
    const rows = [...element.querySelectorAll('[data-testid="entry-row"]')];

    expect(rows.map((row) => row.getAttribute('data-date'))).toEqual([
      '2021-12-31',
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
      '2030-12-31',
    ]);
    expect(clean(rows[0].querySelector('th')?.textContent)).toBe('31.12.2021 Basiswert');
    expect(all('[data-testid="cell-value"]')).toEqual([
      '300 Personen',
      '330 Personen',
      '352 Personen',
      '380 Personen',
      '412 Personen',
      '–',
    ]);
    expect(all('[data-testid="cell-goal"]')).toEqual(['–', '–', '–', '–', '450 Personen', '600 Personen']);
    expect(clean(rows[2].querySelector('[data-testid="cell-note"]')?.textContent)).toBe('Zählung im Januar nachgeholt');
    expect(clean(rows[4].querySelector('.entered')?.textContent)).toBe('Anna Arslan, 01.02.2025');
  });

  it('shows facts with names, the linked measures and the history in words', async () => {
    const { text, all } = await render();

    expect(text('[data-testid="fact-fieldOfAction"]')).toBe('Deutsch als Sprache');
    expect(text('[data-testid="fact-responsible"]')).toBe('Fachamt Sozialraummanagement');
    expect(text('[data-testid="fact-desiredTrend"]')).toBe('Steigen – mehr ist besser');
    expect(text('[data-testid="fact-due"]')).toBe('jährlich bis zum 31. März');
    expect(text('[data-testid="fact-baseline"]')).toBe('300 Personen (der früheste Wert)');
    expect(text('[data-testid="indicator-measure"]')).toBe(
      'Sprachcafé im Bürgerhaus In Umsetzung · 40 % Die Kennzahl zeigt den Fortschritt dieser Maßnahme.',
    );
    expect(all('[data-testid="history-entry"] .timeline__what')).toEqual([
      'Wert vom 31.12.2025',
      'Ziel für den 31.12.2030',
      'Angelegt',
    ]);
    expect(all('[data-testid="history-change"]')).toEqual([
      'Wert: 410 Personen → 412 Personen',
      'Ziel: keine Angabe → 600 Personen',
    ]);
  });

  it('enters a value typed with a German decimal comma and announces it', async () => {
    const { fixture, element, text } = await render();
    (element.querySelector('[data-testid="open-value-dialog"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const dialog = element.querySelector('[data-testid="value-dialog"]') as HTMLDialogElement;
    expect(dialog.hasAttribute('open')).toBe(true);

    const type = (testId: string, value: string) => {
      const input = dialog.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('entry-date', '2026-12-31');
    type('entry-value', '1.234,5');
    type('entry-note', ' vorläufig ');
    (dialog.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    const request = http.expectOne({ method: 'PUT', url: '/api/v1/indicators/i-1/values/2026-12-31' });
    expect(request.request.body).toEqual({ value: 1234.5, note: 'vorläufig' });
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    request.flush(indicator({ version: 5 }));
    await fixture.whenStable();
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
    await fixture.whenStable();

    expect(dialog.hasAttribute('open')).toBe(false);
    expect(text('[data-testid="announcement"]')).toBe('Der Wert vom 31.12.2026 wurde gespeichert.');
  });

  it('refuses an empty value and a missing date before sending, naming both at their fields', async () => {
    const { fixture, element } = await render();
    (element.querySelector('[data-testid="open-value-dialog"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const dialog = element.querySelector('[data-testid="value-dialog"]') as HTMLDialogElement;
    (dialog.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    const errors = [...dialog.querySelectorAll('.field__error')].map((error) => clean(error.textContent));
    expect(errors).toEqual([
      'Bitte ein gültiges Datum zwischen 1900 und 2999 eingeben.',
      'Bitte einen Wert eingeben. Ein fehlender Wert wird nicht als null gespeichert.',
    ]);
    expect(dialog.querySelector('[data-testid="entry-value"]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('says that a value of the same date is replaced, and corrects a value with its date fixed', async () => {
    const { fixture, element, text } = await render();
    (element.querySelector('[data-testid="open-value-dialog"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const dialog = element.querySelector('[data-testid="value-dialog"]') as HTMLDialogElement;
    const date = dialog.querySelector('[data-testid="entry-date"]') as HTMLInputElement;
    date.value = '2025-12-31';
    date.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('[data-testid="entry-replaces"]')).toBe(
      'Für dieses Datum gibt es schon den Wert 412 Personen. Er wird ersetzt; der alte Wert bleibt im Änderungsverlauf.',
    );

    (element.querySelectorAll('[data-testid="correct-value"]')[2] as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(clean(dialog.querySelector('h2')?.textContent)).toBe('Wert vom 31.12.2023 korrigieren');
    expect(date.value).toBe('2023-12-31');
    expect(date.readOnly).toBe(true);
    expect((dialog.querySelector('[data-testid="entry-value"]') as HTMLInputElement).value).toBe('352');
    expect((dialog.querySelector('[data-testid="entry-note"]') as HTMLTextAreaElement).value).toBe(
      'Zählung im Januar nachgeholt',
    );
  });

  it('after a 412 says someone else saved and shows the current indicator', async () => {
    const { fixture, element, text } = await render();
    (element.querySelector('[data-testid="edit-goal"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const dialog = element.querySelector('[data-testid="goal-dialog"]') as HTMLDialogElement;
    const value = dialog.querySelector('[data-testid="entry-value"]') as HTMLInputElement;
    value.value = '460';
    value.dispatchEvent(new Event('input'));
    (dialog.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    http
      .expectOne({ method: 'PUT', url: '/api/v1/indicators/i-1/goals/2025-12-31' })
      .flush({ statusCode: 412 }, { status: 412, statusText: 'Precondition Failed' });
    await fixture.whenStable();
    http.expectOne('/api/v1/indicators/i-1').flush(indicator({ version: 9, unit: 'Engagierte' }));
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
    await fixture.whenStable();

    expect(text('[data-testid="entry-dialog-error"]')).toBe(
      'Jemand hat die Kennzahl inzwischen geändert. Die Seite zeigt jetzt den aktuellen Stand; bitte prüfen Sie ihn ' +
        'und versuchen Sie es erneut.',
    );
    expect(element.querySelector('[data-testid="indicator"]')?.getAttribute('data-version')).toBe('9');
  });

  it('deletes a goal after asking', async () => {
    const { fixture, element, text } = await render();
    (element.querySelectorAll('[data-testid="delete-goal"]')[1] as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(text('[data-testid="delete-dialog"] h2')).toBe('Ziel für den 31.12.2030 löschen?');
    (element.querySelector('[data-testid="delete-confirm"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectOne({ method: 'DELETE', url: '/api/v1/indicators/i-1/goals/2030-12-31' }).flush(indicator());
    await fixture.whenStable();
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush(indicatorHistoryPage());
    await fixture.whenStable();
    expect(text('[data-testid="announcement"]')).toBe('Das Ziel für den 31.12.2030 wurde gelöscht.');
  });

  it('lets a viewer read, and tells an editor of another actor why nothing can be changed', async () => {
    let page = await render({ user: user({ role: 'viewer' }) });
    expect(page.element.querySelector('[data-testid="open-value-dialog"]')).toBeNull();
    expect(page.element.querySelector('[data-testid="correct-value"]')).toBeNull();
    expect(page.element.querySelector('[data-testid="read-only-notice"]')).toBeNull();

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    page = await render({ user: user({ role: 'editor', actorId: 'a-9' }) });
    expect(page.element.querySelector('[data-testid="open-value-dialog"]')).toBeNull();
    expect(page.text('[data-testid="read-only-notice"]')).toContain('nicht für sie verantwortlich');
  });

  it('tells an unknown indicator apart', async () => {
    await signInAs(http, user());
    const fixture = TestBed.createComponent(IndicatorPageComponent);
    fixture.componentRef.setInput('id', 'i-1');
    await fixture.whenStable();
    http.expectOne('/api/v1/indicators/i-1').flush({}, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/indicators/i-1/history?limit=100').flush({}, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/fields-of-action?limit=100').flush(fieldsOfActionPage());
    http.expectOne('/api/v1/actors?limit=100').flush(actorsPage());
    http.expectOne('/api/v1/measures/statuses').flush([]);
    http.expectOne('/api/v1/guidelines').flush(leitbildSections());
    await fixture.whenStable();
    expect(clean((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent)).toBe(
      'Kennzahl nicht gefunden',
    );
  });
});
