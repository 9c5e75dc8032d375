import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL } from '@leitbild-monitor/dashboard/shared/util-remote-data';
import { isoToLocalInput, localInputToIso, mayKeepMeetings, MeetingsApiService } from './meetings-api.service';

describe('MeetingsApiService', () => {
  let service: MeetingsApiService;
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: API_BASE_URL, useValue: '/api/v1' }],
    });
    service = TestBed.inject(MeetingsApiService);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for the list with only the filters that are set', () => {
    service.list({ when: 'upcoming', body: '', limit: 5 }).subscribe();
    const request = http.expectOne((req) => req.url === '/api/v1/meetings');
    expect(request.request.params.keys()).toEqual(['when', 'limit']);
    expect(request.request.params.get('when')).toBe('upcoming');
    request.flush({ items: [], total: 0, page: 1, limit: 5 });
  });

  it('sends the version as If-Match with changes and deletions', () => {
    service.update('m 1', 3, { title: 'Neu' }).subscribe();
    const patch = http.expectOne('/api/v1/meetings/m%201');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    patch.flush({});
    service.remove('m1', 4).subscribe();
    const removal = http.expectOne('/api/v1/meetings/m1');
    expect(removal.request.method).toBe('DELETE');
    expect(removal.request.headers.get('If-Match')).toBe('"4"');
    removal.flush(null);
  });

  it('adds, renames and deletes meeting bodies', () => {
    service.createBody({ name: 'Ausschuss' }).subscribe();
    const create = http.expectOne('/api/v1/meeting-bodies');
    expect([create.request.method, create.request.body]).toEqual(['POST', { name: 'Ausschuss' }]);
    create.flush({});
    service.updateBody('b 1', { name: 'Neu' }).subscribe();
    const update = http.expectOne('/api/v1/meeting-bodies/b%201');
    expect([update.request.method, update.request.body]).toEqual(['PATCH', { name: 'Neu' }]);
    update.flush({});
    service.deleteBody('b1').subscribe();
    expect(http.expectOne('/api/v1/meeting-bodies/b1').request.method).toBe('DELETE');
  });

  it('takes the reporting date for a meeting with one request', () => {
    service.createReportingDate('m1').subscribe();
    const request = http.expectOne('/api/v1/meetings/m1/reporting-date');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    request.flush({});
  });
});

describe('meeting helpers', () => {
  it('lets administrators and editors keep meetings', () => {
    expect(mayKeepMeetings(null)).toBe(false);
    for (const [role, expected] of [
      ['admin', true],
      ['editor', true],
      ['reviewer', false],
      ['viewer', false],
    ] as const) {
      expect(mayKeepMeetings({ id: 'u', email: 'x@example.org', name: 'X', role, actorId: null } as never)).toBe(
        expected,
      );
    }
  });

  it('writes a local date-time input with its offset and reads it back', () => {
    const iso = localInputToIso('2027-03-13T18:00');
    expect(iso).toMatch(/^2027-03-13T18:00:00[+-]\d{2}:\d{2}$/);
    expect(isoToLocalInput(new Date(iso as string).toISOString())).toBe('2027-03-13T18:00');
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('13.03.2027 18:00')).toBeNull();
  });
});
