import type {
  AuditEntry,
  Meeting,
  MeetingBody,
  NextMeeting,
  Page,
  ReportingDate,
} from '@leitbild-monitor/shared/contracts';
import { pinClock, releaseClock } from '../test/clock';
import { anonymous, api, userWithToken } from '../test/fixtures';
import { startTestApp, TestApp } from '../test/test-app';

const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';

describe('meetings API', () => {
  let test: TestApp;
  const tokens = {} as Record<'editor' | 'reviewer' | 'viewer', string>;

  beforeAll(async () => {
    // Monday 1 March 2027, 11:00 in Berlin.
    pinClock('2027-03-01T10:00:00.000Z');
    test = await startTestApp();
    for (const role of ['editor', 'reviewer', 'viewer'] as const) {
      tokens[role] = (
        await userWithToken(test.app, { email: `meet-${role}@example.org`, role, name: `Sitzung ${role}` })
      ).token;
    }
  });
  afterAll(async () => {
    await test.close();
    releaseClock();
  });

  const app = () => test.app;

  async function createMeeting(body: Record<string, unknown> = {}, token?: string): Promise<Meeting> {
    const response = await api(app(), token)
      .post('/api/v1/meetings')
      .send({
        body: 'Integrationsrat',
        title: 'Sitzung des Integrationsrats',
        startsAt: '2027-03-13T18:00:00+01:00',
        ...body,
      });
    if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Meeting;
  }

  it('starts with the default bodies, which everyone signed in reads', async () => {
    const bodies = (await api(app(), tokens.viewer).get('/api/v1/meeting-bodies').expect(200)).body as MeetingBody[];
    expect(bodies.map((body) => body.name)).toEqual(
      expect.arrayContaining([
        'Integrationsrat',
        'Bezirksversammlung',
        'Ausschuss für Soziales, Arbeit und Integration',
      ]),
    );
    expect(bodies[0]).toMatchObject({ name: 'Integrationsrat', position: 0, meetingCount: 0 });
    await anonymous(app()).get('/api/v1/meeting-bodies').expect(401);
  });

  it('lets administrators keep the bodies; a body in use cannot be deleted', async () => {
    await api(app(), tokens.editor).post('/api/v1/meeting-bodies').send({ name: 'Kulturausschuss' }).expect(403);
    const created = (await api(app()).post('/api/v1/meeting-bodies').send({ name: '  Kulturausschuss ' }).expect(201))
      .body as MeetingBody;
    expect(created).toMatchObject({ name: 'Kulturausschuss', meetingCount: 0 });
    expect(created.position).toBeGreaterThan(2);
    const duplicate = await api(app()).post('/api/v1/meeting-bodies').send({ name: 'Kulturausschuss' }).expect(409);
    expect(duplicate.body.problems).toEqual([{ field: 'name', code: 'duplicate_name', params: {} }]);
    const renamed = await api(app())
      .patch(`/api/v1/meeting-bodies/${created.id}`)
      .send({ name: 'Ausschuss für Kultur' })
      .expect(200);
    expect(renamed.body.name).toBe('Ausschuss für Kultur');

    await createMeeting({ body: created.id, title: 'Kultur im Quartier' });
    const inUse = await api(app()).delete(`/api/v1/meeting-bodies/${created.id}`).expect(409);
    expect(inUse.body.problems).toEqual([{ field: null, code: 'in_use', params: { count: 1 } }]);

    const spare = (await api(app()).post('/api/v1/meeting-bodies').send({ name: 'Seniorenbeirat' }).expect(201))
      .body as MeetingBody;
    await api(app(), tokens.editor).delete(`/api/v1/meeting-bodies/${spare.id}`).expect(403);
    await api(app()).delete(`/api/v1/meeting-bodies/${spare.id}`).expect(204);
    await api(app()).delete(`/api/v1/meeting-bodies/${spare.id}`).expect(404);
  });

  it('lets editors schedule a meeting, stored as UTC, with an ETag and an audit entry', async () => {
    const response = await api(app(), tokens.editor)
      .post('/api/v1/meetings')
      .send({
        body: 'Bezirksversammlung',
        title: 'Bezirksversammlung Harburg',
        startsAt: '2027-03-25T17:30:00+01:00',
        place: 'Rathaus Harburg, Großer Sitzungssaal',
        url: 'https://sitzungsdienst-harburg.hamburg.de/bi/si0057.php?__ksinr=1234',
      })
      .expect(201);
    const meeting = response.body as Meeting;
    expect(response.headers['etag']).toBe('"1"');
    expect(meeting).toMatchObject({
      body: 'Bezirksversammlung',
      title: 'Bezirksversammlung Harburg',
      startsAt: '2027-03-25T16:30:00.000Z',
      place: 'Rathaus Harburg, Großer Sitzungssaal',
      version: 1,
      reportingDateId: null,
    });
    const read = await api(app(), tokens.viewer).get(`/api/v1/meetings/${meeting.id}`).expect(200);
    expect(read.body).toEqual(meeting);
    expect(read.headers['etag']).toBe('"1"');
    const audit = (await api(app()).get('/api/v1/audit?limit=5').expect(200)).body as Page<AuditEntry>;
    expect(audit.items.map((entry) => entry.action)).toContain('meeting.create');
  });

  it('keeps writing to administrators and editors', async () => {
    for (const token of [tokens.reviewer, tokens.viewer]) {
      const refused = await api(app(), token)
        .post('/api/v1/meetings')
        .send({ body: 'Integrationsrat', title: 'Nicht erlaubt', startsAt: '2027-04-01T18:00:00Z' })
        .expect(403);
      expect(refused.body.problems[0].code).toBe('forbidden_role');
    }
    const meeting = await createMeeting({ title: 'Rechteprüfung' });
    await api(app(), tokens.reviewer)
      .patch(`/api/v1/meetings/${meeting.id}`)
      .set('If-Match', '"1"')
      .send({ title: 'x' })
      .expect(403);
    await api(app(), tokens.viewer).delete(`/api/v1/meetings/${meeting.id}`).expect(403);
    await anonymous(app()).get(`/api/v1/meetings/${meeting.id}`).expect(401);
  });

  it('refuses bad input with a problem naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startsAt: '2027-03-13T18:00:00' }, 'startsAt', 'invalid_date'],
      [{ startsAt: '2027-02-30T18:00:00Z' }, 'startsAt', 'invalid_date'],
      [{ url: 'javascript:alert(1)' }, 'url', 'invalid_url'],
      [{ url: 'ftp://example.org/x' }, 'url', 'invalid_url'],
      [{ title: '   ' }, 'title', 'required'],
      [{ title: 'x'.repeat(201) }, 'title', 'too_long'],
      [{ body: 'Gemeinderat Nirgendwo' }, 'body', 'unknown_reference'],
      [{ room: 'A' }, 'room', 'unknown_field'],
    ];
    for (const [change, field, code] of cases) {
      const response = await api(app())
        .post('/api/v1/meetings')
        .send({ body: 'Integrationsrat', title: 'Sitzung', startsAt: '2027-03-13T18:00:00+01:00', ...change })
        .expect(400);
      expect(response.body.problems).toContainEqual(expect.objectContaining({ field, code }));
    }
    const missing = await api(app()).post('/api/v1/meetings').send({}).expect(400);
    expect(missing.body.problems.map((problem: { field: string }) => problem.field)).toEqual(
      expect.arrayContaining(['body', 'title', 'startsAt']),
    );
  });

  it('changes a meeting with If-Match: 428 without, 412 when stale, nothing written then', async () => {
    const meeting = await createMeeting({ title: 'Zu ändern' });
    await api(app()).patch(`/api/v1/meetings/${meeting.id}`).send({ title: 'Ohne Version' }).expect(428);
    const changed = await api(app(), tokens.editor)
      .patch(`/api/v1/meetings/${meeting.id}`)
      .set('If-Match', '"1"')
      .send({ title: 'Geändert', place: 'Bürgerzentrum', startsAt: '2027-03-14T09:00:00Z', body: 'Bezirksversammlung' })
      .expect(200);
    expect(changed.headers['etag']).toBe('"2"');
    expect(changed.body).toMatchObject({
      title: 'Geändert',
      place: 'Bürgerzentrum',
      startsAt: '2027-03-14T09:00:00.000Z',
      body: 'Bezirksversammlung',
      version: 2,
    });
    const stale = await api(app())
      .patch(`/api/v1/meetings/${meeting.id}`)
      .set('If-Match', '"1"')
      .send({ title: 'Zu spät' })
      .expect(412);
    expect(stale.body.problems).toEqual([{ field: 'If-Match', code: 'version_mismatch', params: { current: 2 } }]);
    const cleared = await api(app())
      .patch(`/api/v1/meetings/${meeting.id}`)
      .set('If-Match', '"2"')
      .send({ place: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ title: 'Geändert', place: null, version: 3 });
    const nullTitle = await api(app())
      .patch(`/api/v1/meetings/${meeting.id}`)
      .set('If-Match', '"3"')
      .send({ title: null })
      .expect(400);
    expect(nullTitle.body.problems).toContainEqual(expect.objectContaining({ field: 'title' }));

    await api(app()).delete(`/api/v1/meetings/${meeting.id}`).set('If-Match', '"2"').expect(412);
    await api(app(), tokens.editor).delete(`/api/v1/meetings/${meeting.id}`).set('If-Match', '"3"').expect(204);
    await api(app()).get(`/api/v1/meetings/${meeting.id}`).expect(404);
    await api(app()).get(`/api/v1/meetings/${UNKNOWN_ID}`).expect(404);
  });

  it('lists upcoming meetings earliest first and past ones latest first, paged', async () => {
    const past = await createMeeting({ title: 'Vergangene Sitzung', startsAt: '2027-02-10T18:00:00+01:00' });
    const older = await createMeeting({ title: 'Ältere Sitzung', startsAt: '2026-11-10T18:00:00+01:00' });
    const upcoming = (
      (await api(app()).get('/api/v1/meetings?when=upcoming&limit=100').expect(200)).body as Page<Meeting>
    ).items;
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.every((meeting) => meeting.startsAt >= '2027-03-01T10:00:00.000Z')).toBe(true);
    expect(upcoming.map((meeting) => meeting.startsAt)).toEqual([...upcoming.map((m) => m.startsAt)].sort());
    const pastPage = (await api(app()).get('/api/v1/meetings?when=past&limit=1').expect(200)).body as Page<Meeting>;
    expect(pastPage).toMatchObject({ total: 2, page: 1, limit: 1 });
    expect(pastPage.items.map((meeting) => meeting.id)).toEqual([past.id]);
    const second = (await api(app()).get('/api/v1/meetings?when=past&limit=1&page=2').expect(200))
      .body as Page<Meeting>;
    expect(second.items.map((meeting) => meeting.id)).toEqual([older.id]);
    const bad = await api(app()).get('/api/v1/meetings?when=soon').expect(400);
    expect(bad.body.problems[0]).toMatchObject({ field: 'when', code: 'not_allowed_value' });
    await api(app()).get('/api/v1/meetings?sort=place').expect(400);
    await api(app()).get('/api/v1/meetings?limit=101').expect(400);
  });

  it('names the next meeting and the calendar days until it, as the server counts them', async () => {
    await createMeeting({ title: 'Nächste Sitzung', startsAt: '2027-03-13T08:00:00+01:00' });
    const next = (await api(app(), tokens.viewer).get('/api/v1/meetings/next').expect(200)).body as NextMeeting;
    expect(next.now).toMatch(/^2027-03-01T10:0/);
    expect(next.meeting?.title).toBe('Nächste Sitzung');
    expect(next.meeting?.startsAt).toBe('2027-03-13T07:00:00.000Z');
    expect(next.days).toBe(12);
  });

  it('takes the reporting date for a meeting in one action and links it', async () => {
    const meeting = await createMeeting({ title: 'Sitzung mit Stichtag', startsAt: '2027-04-08T23:30:00Z' });
    const taken = await api(app(), tokens.editor)
      .post(`/api/v1/meetings/${meeting.id}/reporting-date`)
      .send({})
      .expect(201);
    const linked = taken.body as Meeting;
    expect(linked.reportingDateId).toEqual(expect.any(String));
    expect(linked.reportingDateName).toBe('Integrationsrat: Sitzung mit Stichtag (2027-04-09)');
    const reportingDate = (await api(app()).get(`/api/v1/reporting-dates/${linked.reportingDateId}`).expect(200))
      .body as ReportingDate;
    // The meeting's day in Berlin, not in UTC.
    expect(reportingDate).toMatchObject({ name: linked.reportingDateName, date: '2027-04-09' });
    expect(((await api(app()).get(`/api/v1/meetings/${meeting.id}`).expect(200)).body as Meeting).reportingDateId).toBe(
      linked.reportingDateId,
    );

    const again = await api(app()).post(`/api/v1/meetings/${meeting.id}/reporting-date`).send({}).expect(409);
    expect(again.body.problems[0].code).toBe('already_linked');
    const other = await createMeeting({ title: 'Zweite Sitzung' });
    const duplicate = await api(app())
      .post(`/api/v1/meetings/${other.id}/reporting-date`)
      .send({ name: linked.reportingDateName })
      .expect(409);
    expect(duplicate.body.problems[0]).toMatchObject({ field: 'name', code: 'duplicate_name' });
    expect(
      ((await api(app()).get(`/api/v1/meetings/${other.id}`).expect(200)).body as Meeting).reportingDateId,
    ).toBeNull();
    await api(app(), tokens.reviewer).post(`/api/v1/meetings/${other.id}/reporting-date`).send({}).expect(403);
    await api(app()).post(`/api/v1/meetings/${UNKNOWN_ID}/reporting-date`).send({}).expect(404);
  });
});
