import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { signInAs, user } from '@leitbild-monitor/dashboard/auth/data-access/testing';
import { provideI18nTesting } from '@leitbild-monitor/dashboard/shared/util-i18n/testing';
import type { Meeting, MeetingBody, User } from '@leitbild-monitor/shared/contracts';
import { MeetingPageComponent } from './meeting-page.component';

const BODIES: MeetingBody[] = [{ id: 'b1', name: 'Integrationsrat', position: 0, meetingCount: 1 }];

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    version: 2,
    body: 'Integrationsrat',
    bodyId: 'b1',
    title: 'Sitzung des Integrationsrats',
    startsAt: '2027-03-13T17:00:00.000Z',
    place: 'Rathaus Harburg',
    url: 'https://ratsinfo.example.org/si0057.php?__ksinr=4711',
    reportingDateId: null,
    reportingDateName: null,
    createdAt: '2027-03-01T10:00:00.000Z',
    updatedAt: '2027-03-01T10:00:00.000Z',
    ...overrides,
  };
}

const clean = (text: string | null | undefined) => text?.replace(/[\s\u00a0]+/g, ' ').trim();

describe('MeetingPageComponent', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18nTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render(signedIn: User, shown = meeting()) {
    await signInAs(http, signedIn);
    const fixture = TestBed.createComponent(MeetingPageComponent);
    fixture.componentRef.setInput('id', 'm1');
    await fixture.whenStable();
    http.expectOne('/api/v1/meetings/m1').flush(shown);
    if (signedIn.role === 'admin' || signedIn.role === 'editor') http.expectOne('/api/v1/meeting-bodies').flush(BODIES);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => clean(element.querySelector(selector)?.textContent);
    return { fixture, element, text };
  }

  it('shows the meeting in Berlin time and takes its reporting date with one action, then links the report', async () => {
    const { fixture, element, text } = await render(user({ role: 'editor' }));
    expect(text('h1')).toBe('Sitzung des Integrationsrats');
    expect(text('[data-testid="meeting-time"]')).toBe('Sa., 13. März 2027 um 18:00');
    expect(text('[data-testid="meeting-place-text"]')).toBe('Rathaus Harburg');

    (element.querySelector('[data-testid="meeting-take-reporting-date"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/v1/meetings/m1/reporting-date');
    expect(request.request.method).toBe('POST');
    request.flush(meeting({ reportingDateId: 'r1', reportingDateName: 'Integrationsrat: Sitzung (2027-03-13)' }));
    await fixture.whenStable();
    const link = element.querySelector('[data-testid="meeting-report-link"]');
    expect(clean(link?.textContent)).toBe('Integrationsrat: Sitzung (2027-03-13)');
    expect(link?.getAttribute('href')).toBe('/reports/r1');
    expect(element.querySelector('[data-testid="meeting-take-reporting-date"]')).toBeNull();
  });

  it('saves a change with the version it was based on and says when someone saved in between', async () => {
    const { fixture, element } = await render(user({ role: 'admin' }));
    const place = element.querySelector('[data-testid="meeting-place"]') as HTMLInputElement;
    place.value = 'Bürgerzentrum';
    place.dispatchEvent(new Event('input'));
    (
      element.querySelector('[data-testid="meeting-edit-form"] [data-testid="meeting-save"]') as HTMLButtonElement
    ).click();
    const request = http.expectOne('/api/v1/meetings/m1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.headers.get('If-Match')).toBe('"2"');
    expect(request.request.body).toMatchObject({ place: 'Bürgerzentrum', body: 'b1' });
    request.flush(
      { statusCode: 412, problems: [{ field: 'If-Match', code: 'version_mismatch', params: { current: 3 } }] },
      { status: 412, statusText: 'Precondition Failed' },
    );
    await fixture.whenStable();
    expect(clean(element.querySelector('[data-testid="meeting-edit-form"] [role="alert"]')?.textContent)).toContain(
      'Version 3',
    );
  });

  it('lets reviewers and viewers read only', async () => {
    const { element, text } = await render(user({ role: 'viewer' }));
    expect(text('h1')).toBe('Sitzung des Integrationsrats');
    expect(element.querySelector('[data-testid="meeting-edit-form"]')).toBeNull();
    expect(element.querySelector('[data-testid="meeting-take-reporting-date"]')).toBeNull();
    expect(text('#meeting-report ~ p')).toBe('Für diese Sitzung gibt es noch keinen Stichtag.');
  });
});
