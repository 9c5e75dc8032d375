import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import { ReportsPageComponent } from './reports-page.component';

const LIST = '/api/v1/reporting-dates?limit=100';
const AFTER_TODAY = 'Der Stichtag darf nicht in der Zukunft liegen – höchstens heute.';

/** Only `Date` is pinned: Angular's and the HTTP testing backend's timers stay real. */
function pinDate(instant: string): void {
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: [
      'nextTick',
      'setImmediate',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
      'clearImmediate',
      'queueMicrotask',
      'hrtime',
      'performance',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
    ],
  });
}

describe('ReportsPageComponent: taking a reporting date', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    // Late in the evening of 12 March (UTC): "today" is the 12th, as the API counts it.
    pinDate('2026-03-12T22:30:00.000Z');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(http, user({ role: 'editor' }));
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  async function render() {
    const fixture = TestBed.createComponent(ReportsPageComponent);
    await fixture.whenStable();
    http.expectOne(LIST).flush({ items: [], total: 0, page: 1, limit: 100 });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const $ = <T extends Element = HTMLElement>(selector: string) => element.querySelector(selector) as T;
    const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const type = (selector: string, value: string) => {
      const field = $<HTMLInputElement>(selector);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      $<HTMLFormElement>('[data-testid="reporting-date-form"]').dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, $, text, type, submit };
  }

  it('offers dates up to today in the date field', async () => {
    const { $ } = await render();
    expect($<HTMLInputElement>('[data-testid="create-date"]').getAttribute('max')).toBe('2026-03-12');
  });

  it('names a date after today at the date field, without asking the API', async () => {
    const { $, text, type, submit } = await render();
    type('[data-testid="create-name"]', 'Sitzung des Integrationsrats');
    type('[data-testid="create-date"]', '2026-03-13');
    await submit();

    http.expectNone({ method: 'POST', url: '/api/v1/reporting-dates' });
    expect(text('[data-testid="create-date-error"]')).toBe(AFTER_TODAY);
    const field = $<HTMLInputElement>('[data-testid="create-date"]');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('create-date-error');
  });

  it('sends today, and shows the API refusing a date after its today at the date field', async () => {
    const { text, type, submit, fixture } = await render();
    type('[data-testid="create-name"]', 'Sitzung des Integrationsrats');
    type('[data-testid="create-date"]', '2026-03-12');
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/reporting-dates' });
    expect(request.request.body).toEqual({ name: 'Sitzung des Integrationsrats', date: '2026-03-12' });
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: ['date must not be after today'],
        problems: [{ field: 'date', code: 'date_in_future', params: {} }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    // The refusal reaches the form through the service's promise.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(text('[data-testid="create-date-error"]')).toBe(AFTER_TODAY);
    expect(text('[data-testid="create-error"]')).toBeUndefined();
  });
});

describe('ReportsPageComponent: the development across reporting dates', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(http, user({ role: 'viewer' }));
  });

  afterEach(() => http.verify());

  it('loads the development once there are reporting dates and shows its charts with their sentences', async () => {
    const fixture = TestBed.createComponent(ReportsPageComponent);
    await fixture.whenStable();
    const march = { id: 'r1', name: 'Sitzung im März', date: '2026-03-12' };
    http.expectOne(LIST).flush({
      items: [{ ...march, createdAt: '2026-03-12T08:00:00.000Z', createdBy: 'Erika', measureCount: 4 }],
      total: 1,
      page: 1,
      limit: 100,
    });
    await fixture.whenStable();
    const byStatus = { proposed: 0, in_review: 0, planned: 2, in_progress: 1, completed: 1, on_hold: 0, rejected: 0 };
    const figures = { total: 4, byStatus, meanProgress: 37.5, progressBasis: 2, overdue: 1 };
    http.expectOne('/api/v1/reporting-dates/development').flush({
      fieldsOfAction: [{ fieldOfActionId: 'f1', name: 'Ehrenamt' }],
      points: [{ reportingDate: march, summary: figures, fieldsOfAction: [{ fieldOfActionId: 'f1', ...figures }] }],
    });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const section = element.querySelector('[data-testid="development"]');
    expect(section?.querySelector('h2')?.textContent?.trim()).toBe('Entwicklung über die Stichtage');
    expect(
      [...(section?.querySelectorAll('[data-testid="chart-summary"]') ?? [])].map((node) =>
        node.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    ).toEqual([
      'Bisher gibt es einen Stichtag (12.03.2026): Abgeschlossen sind 25 % der Maßnahmen.',
      'Bisher gibt es einen Stichtag (12.03.2026): Der mittlere Fortschritt beträgt 37,5 %.',
    ]);
  });
});
