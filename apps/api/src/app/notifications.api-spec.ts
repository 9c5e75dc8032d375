import { NotificationDispatcher, NotificationTasksService, shownTasks } from '@leitbild-monitor/api/notifications';
import type { Measure, NotificationLogEntry, Page, TaskList } from '@leitbild-monitor/shared/contracts';
import { TASK_KINDS } from '@leitbild-monitor/shared/contracts';
import request from 'supertest';
import { pinClock, releaseClock } from '../test/clock';
import { anonymous, api, Catalog, createMeasure, seedCatalog, userWithToken } from '../test/fixtures';
import { startTestApp, TestApp, writeDirectly } from '../test/test-app';
import { TestSmtpServer } from '../test/test-smtp-server';

const PUBLIC_URL = 'https://monitor.example.org';

describe('reminders by e-mail', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let catalog: Catalog;
  let editor: { id: string; token: string };
  let editorEn: { id: string; token: string };
  let reviewer: { id: string; token: string };
  let viewer: { id: string; token: string };
  let overdue: Measure;
  let dueSoon: Measure;
  let adminsOwn: Measure;
  let actorB: Measure;

  const run = (at: string) => test.app.get(NotificationDispatcher).run(new Date(at));
  const log = async () =>
    ((await api(test.app).get('/api/v1/notifications/log?limit=100').expect(200)).body as Page<NotificationLogEntry>)
      .items;

  beforeAll(async () => {
    // Monday, 1 March 2027, 06:00 in Berlin: an hour before the digests go out.
    pinClock('2027-03-01T05:00:00Z');
    smtp = new TestSmtpServer();
    await smtp.start();
    test = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Leitbild-Monitor <monitor@example.org>', PUBLIC_URL });
    catalog = await seedCatalog(test.app);
    const [a, b] = catalog.actors;
    editor = await userWithToken(test.app, { email: 'lena.editor@example.org', role: 'editor', actorId: a.id });
    editorEn = await userWithToken(test.app, { email: 'sam.editor@example.org', role: 'editor', actorId: b.id });
    reviewer = await userWithToken(test.app, { email: 'rat@example.org', role: 'reviewer' });
    viewer = await userWithToken(test.app, { email: 'viewer@example.org', role: 'viewer', actorId: a.id });
    const field = catalog.fields[0].id;
    overdue = await createMeasure(test.app, {
      title: 'Sprachcafé im Stadtteilhaus',
      fieldOfActionId: field,
      leadActorId: a.id,
      plannedEnd: '2027-02-20',
    });
    dueSoon = await createMeasure(test.app, {
      title: 'Lotsenprojekt <Ankommen>',
      fieldOfActionId: field,
      leadActorId: a.id,
      plannedEnd: '2027-03-10',
    });
    await createMeasure(test.app, {
      title: 'Noch weit',
      fieldOfActionId: field,
      leadActorId: a.id,
      plannedEnd: '2027-09-30',
    });
    adminsOwn = await createMeasure(test.app, {
      title: 'Ohne Federführung',
      fieldOfActionId: field,
      plannedEnd: '2027-01-31',
    });
    actorB = await createMeasure(test.app, {
      title: 'Welcome desk',
      fieldOfActionId: field,
      leadActorId: b.id,
      plannedEnd: '2027-03-05',
    });
    // The council's last reporting date: the reviewers' digest lists what changed since.
    await api(test.app).post('/api/v1/reporting-dates').send({ name: 'Stichtag März', date: '2027-03-01' }).expect(201);
    await api(test.app, editorEn.token)
      .put('/api/v1/me/notification-settings')
      .send({ frequency: 'weekly', language: 'en' })
      .expect(200);
  }, 60_000);

  afterAll(async () => {
    await test?.close();
    await smtp?.stop();
    releaseClock();
  });

  it('lists on the to-do page what each user is responsible for, with links and due dates', async () => {
    const mine = (await api(test.app, editor.token).get('/api/v1/me/tasks').expect(200)).body as TaskList;
    expect(mine.total).toBe(2);
    expect(mine.items.map((item) => [item.kind, item.measureId, item.link, item.dueDate])).toEqual([
      ['overdue', overdue.id, `/measures/${overdue.id}`, '2027-02-20'],
      ['due_soon', dueSoon.id, `/measures/${dueSoon.id}`, '2027-03-10'],
    ]);
    const admins = (await api(test.app).get('/api/v1/me/tasks').expect(200)).body as TaskList;
    expect(admins.items.map((item) => item.measureId)).toEqual([adminsOwn.id]);
    const theirs = (await api(test.app, editorEn.token).get('/api/v1/me/tasks').expect(200)).body as TaskList;
    expect(theirs.items.map((item) => item.measureId)).toEqual([actorB.id]);
    expect((await api(test.app, viewer.token).get('/api/v1/me/tasks').expect(200)).body).toEqual({
      items: [],
      total: 0,
      totals: Object.fromEntries(TASK_KINDS.map((kind) => [kind, 0])),
    });
    await anonymous(test.app).get('/api/v1/me/tasks').expect(401);
  });

  it('keeps each user’s frequency and language, daily in German by default, and names a wrong field', async () => {
    expect((await api(test.app, editor.token).get('/api/v1/me/notification-settings').expect(200)).body).toEqual({
      frequency: 'daily',
      language: 'de',
    });
    const bad = await api(test.app, editor.token).put('/api/v1/me/notification-settings').send({ frequency: 'hourly' });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0]).toMatchObject({ field: 'frequency' });
    await api(test.app, editor.token)
      .put('/api/v1/me/notification-settings')
      .send({ frequency: 'daily', extra: 1 })
      .expect(400);
  });

  it('lets only administrators set the limits and the digest hour, in a known time zone', async () => {
    const settings = (await api(test.app).get('/api/v1/notifications/settings').expect(200)).body;
    expect(settings).toEqual({
      staleDays: 90,
      digestHour: 7,
      timeZone: 'Europe/Berlin',
      weeklyWeekday: 1,
      mailConfigured: true,
    });
    const bad = await api(test.app)
      .put('/api/v1/notifications/settings')
      .send({ ...settings, mailConfigured: undefined, timeZone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0]).toMatchObject({ field: 'timeZone' });
    const badHour = await api(test.app)
      .put('/api/v1/notifications/settings')
      .send({ staleDays: 90, digestHour: 24, timeZone: 'Europe/Berlin', weeklyWeekday: 1 });
    expect(badHour.body.problems[0]).toMatchObject({ field: 'digestHour' });
    await api(test.app, editor.token).get('/api/v1/notifications/settings').expect(403);
    await api(test.app, editor.token).get('/api/v1/notifications/log').expect(403);
  });

  it('sends nothing before the digest hour, then one digest per recipient with links and unsubscribe headers', async () => {
    expect((await run('2027-03-01T05:30:00Z')).claimed).toEqual([]);
    expect(smtp.received).toHaveLength(0);

    const report = await run('2027-03-01T06:05:00Z');
    expect(report.sent).toBe(3);
    expect(report.claimed.map((entry) => entry.recipientEmail).sort()).toEqual([
      'admin@example.org',
      'lena.editor@example.org',
      'sam.editor@example.org',
    ]);

    const [mail] = smtp.to('lena.editor@example.org');
    expect(smtp.to('lena.editor@example.org')).toHaveLength(1);
    expect(mail.parsed.subject).toBe('Leitbild-Monitor: 2 Hinweise zu erledigen');
    expect(mail.parsed.from?.value).toEqual([{ name: 'Leitbild-Monitor', address: 'monitor@example.org' }]);
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/measures/${overdue.id}`);
    expect(mail.parsed.text).toContain('Geplantes Ende überschritten');
    expect(mail.parsed.text).not.toContain('Ohne Federführung');
    const html = mail.parsed.html as string;
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(`<h2>Geplantes Ende in den nächsten 14 Tagen</h2>`);
    expect(html).toContain(`<a href="${PUBLIC_URL}/measures/${dueSoon.id}">Lotsenprojekt &lt;Ankommen&gt;</a>`);
    const unsubscribe = mail.headers.get('list-unsubscribe') ?? '';
    expect(unsubscribe).toMatch(
      new RegExp(`^<${PUBLIC_URL}/api/v1/notifications/unsubscribe\\?user=${editor.id}&sig=[A-Za-z0-9_-]+>$`),
    );
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    const [english] = smtp.to('sam.editor@example.org');
    expect(english.parsed.subject).toBe('Leitbild-Monitor: 1 item to attend to');
    expect(english.parsed.html).toContain('<html lang="en">');
    expect(english.parsed.text).toContain('Planned end within 14 days');

    const entries = await log();
    expect(entries.map((entry) => [entry.recipientEmail, entry.status, entry.attempts]).sort()).toEqual([
      ['admin@example.org', 'sent', 1],
      ['lena.editor@example.org', 'sent', 1],
      ['sam.editor@example.org', 'sent', 1],
    ]);
    expect(entries.find((entry) => entry.recipientId === editor.id)).toMatchObject({
      digest: 'daily',
      kinds: ['overdue', 'due_soon'],
      sentAt: '2027-03-01T06:05:00.000Z',
      error: null,
    });
  });

  it('never sends a notice twice, also after a restart, and sends what is new in the next digest', async () => {
    expect(await run('2027-03-01T10:00:00Z')).toEqual({ claimed: [], sent: 0, failed: 0 });
    await api(test.app, reviewer.token)
      .post(`/api/v1/measures/${overdue.id}/comments`)
      .send({ text: 'Bitte den Sachstand ergänzen.' })
      .expect(201);
    test = await test.restart();
    // Same day: the daily digest has gone out already.
    expect((await run('2027-03-01T12:00:00Z')).claimed).toEqual([]);
    const next = await run('2027-03-02T06:00:00Z');
    expect(next.claimed.map((entry) => [entry.recipientEmail, entry.notices.map((notice) => notice.kind)])).toEqual([
      ['lena.editor@example.org', ['review_comment']],
    ]);
    expect(smtp.to('lena.editor@example.org')).toHaveLength(2);
    expect(smtp.to('lena.editor@example.org')[1].parsed.subject).toBe('Leitbild-Monitor: 1 Hinweis zu erledigen');
    // The weekly digest waits for next Monday.
    expect(smtp.to('sam.editor@example.org')).toHaveLength(1);
  });

  it('keeps a notice due while the mail server is down, logs the failure and retries with backoff', async () => {
    await createMeasure(test.app, {
      title: 'Elterncafé',
      fieldOfActionId: catalog.fields[0].id,
      leadActorId: catalog.actors[0].id,
      plannedEnd: '2027-02-28',
    });
    smtp.down = true;
    const failed = await run('2027-03-03T06:05:00Z');
    expect(failed).toMatchObject({ sent: 0, failed: 1 });
    const [entry] = await log();
    expect(entry).toMatchObject({
      recipientEmail: 'lena.editor@example.org',
      status: 'pending',
      attempts: 1,
      nextAttemptAt: '2027-03-03T06:10:00.000Z',
      sentAt: null,
    });
    expect(entry.error).toMatch(/service not available/);
    // The API keeps serving meanwhile.
    await api(test.app, editor.token).get('/api/v1/me/tasks').expect(200);

    expect(await run('2027-03-03T06:07:00Z')).toEqual({ claimed: [], sent: 0, failed: 0 });
    smtp.down = false;
    expect(await run('2027-03-03T06:11:00Z')).toMatchObject({ sent: 1, failed: 0 });
    expect((await log())[0]).toMatchObject({ status: 'sent', attempts: 2, error: null });
    const last = smtp.to('lena.editor@example.org').at(-1);
    expect(last?.parsed.text).toContain('Elterncafé');
  });

  it('reminds the responsible 21 and 7 days before a meeting, and gives reviewers the changes 3 days before', async () => {
    const meeting = (
      await api(test.app)
        .post('/api/v1/meetings')
        .send({ body: 'Integrationsrat', title: '12. Sitzung', startsAt: '2027-03-25T17:00:00Z' })
        .expect(201)
    ).body as { id: string };
    const lena = (report: Awaited<ReturnType<typeof run>>) =>
      report.claimed.find((entry) => entry.recipientEmail === 'lena.editor@example.org')?.notices ?? [];

    expect(lena(await run('2027-03-03T06:30:00Z'))).toEqual([]);
    const at21 = lena(await run('2027-03-05T06:05:00Z'));
    const notice = at21.find((item) => item.kind === 'meeting_upcoming');
    expect(notice).toMatchObject({
      key: `meeting_upcoming:${meeting.id}:21`,
      meetingId: meeting.id,
      link: `/meetings/${meeting.id}`,
    });
    expect(notice?.items.map((item) => [item.title, item.reason])).toEqual([
      ['Sprachcafé im Stadtteilhaus', 'overdue'],
      ['Elterncafé', 'overdue'],
    ]);
    const mail = smtp.to('lena.editor@example.org').at(-1);
    expect(mail?.parsed.html).toContain('<h2>Bevorstehende Sitzungen: bitte Maßnahmen aktualisieren</h2>');
    expect(mail?.parsed.text).toContain(`${PUBLIC_URL}/measures/${overdue.id}`);
    expect(smtp.to('rat@example.org')).toHaveLength(0);

    const at7 = lena(await run('2027-03-18T18:00:00Z'));
    expect(at7.map((item) => item.key)).toContain(`meeting_upcoming:${meeting.id}:7`);

    const digest = await run('2027-03-22T17:30:00Z');
    const reviewers = digest.claimed.filter((entry) => entry.recipientEmail === 'rat@example.org');
    expect(reviewers.map((entry) => entry.notices.map((item) => item.kind))).toEqual([['council_digest']]);
    expect(reviewers[0].notices[0].items.map((item) => [item.title, item.reason])).toEqual([
      ['Elterncafé', 'new'],
      ['Elterncafé', 'overdue'],
    ]);
    const council = smtp.to('rat@example.org')[0];
    expect(council.parsed.text).toContain('Zur Vorbereitung der Sitzung');
    expect(council.parsed.text).toContain('Elterncafé – neu');
  });

  it('unsubscribes with the signed link and no sign-in: a page to confirm, and one-click POST', async () => {
    const header = smtp.to('lena.editor@example.org')[0].headers.get('list-unsubscribe') ?? '';
    const path = header.slice(1, -1).replace(PUBLIC_URL, '');
    const server = request(test.app.getHttpServer());
    const page = await server.get(path).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<form method="post"');
    await server.get(path.replace(/sig=[^&]+/, 'sig=forged')).expect(404);
    await server
      .post(path.replace(/user=[^&]+/, `user=${viewer.id}`))
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(404);

    await server.post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect((await api(test.app, editor.token).get('/api/v1/me/notification-settings').expect(200)).body.frequency).toBe(
      'off',
    );
    // Form bodies are for this route only.
    await api(test.app).post('/api/v1/measures').type('form').send('title=x').expect(415);

    await createMeasure(test.app, {
      title: 'Nachbarschaftsfest',
      fieldOfActionId: catalog.fields[0].id,
      leadActorId: catalog.actors[0].id,
      plannedEnd: '2027-03-01',
    });
    const count = smtp.to('lena.editor@example.org').length;
    await run('2027-03-04T06:05:00Z');
    expect(smtp.to('lena.editor@example.org')).toHaveLength(count);
    // Still on the to-do page.
    const tasks = (await api(test.app, editor.token).get('/api/v1/me/tasks').expect(200)).body as TaskList;
    expect(tasks.items.some((item) => item.title === 'Nachbarschaftsfest')).toBe(true);
  });
  it('gives the administrators a barrier report from the accessibility statement, by e-mail too', async () => {
    await anonymous(test.app)
      .post('/api/v1/public/feedback')
      .send({ message: 'Das PDF <Bericht> ist nicht vorlesbar.', page: '/public' })
      .expect(201);
    const admins = (await api(test.app).get('/api/v1/me/tasks').expect(200)).body as TaskList;
    expect(
      admins.items.filter((item) => item.kind === 'barrier_report').map((item) => [item.title, item.link]),
    ).toEqual([['Das PDF <Bericht> ist nicht vorlesbar.', '/admin/barrier-reports']]);
    const editors = (await api(test.app, editor.token).get('/api/v1/me/tasks').expect(200)).body as TaskList;
    expect(editors.items.some((item) => item.kind === 'barrier_report')).toBe(false);

    const report = await run('2027-03-06T06:05:00Z');
    const admin = report.claimed.find((entry) => entry.recipientEmail === 'admin@example.org');
    expect(admin?.notices.map((notice) => notice.kind)).toEqual(['barrier_report']);
    const mail = smtp.to('admin@example.org').at(-1);
    expect(mail?.parsed.html).toContain('<h2>Gemeldete Barrieren (Erklärung zur Barrierefreiheit)</h2>');
    expect(mail?.parsed.html).toContain(
      `<a href="${PUBLIC_URL}/admin/barrier-reports">Das PDF &lt;Bericht&gt; ist nicht vorlesbar.</a>`,
    );
  });

  it('picks the to-do list in the database exactly as the full computation would, at several moments', async () => {
    const [a] = catalog.actors;
    const field = catalog.fields[0].id;
    const day = (from: string, days: number) =>
      new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // 24 measures of Lena's actor and 12 without a lead actor (the administrators'): planned ends and last changes
    // spread over weeks, several on one day, so that each kind has more than the list shows.
    const created: Measure[] = [];
    for (let i = 0; i < 36; i++) {
      const measure = await createMeasure(test.app, {
        title: `Vorhaben ${String(i).padStart(2, '0')}`,
        fieldOfActionId: field,
        ...(i < 24 ? { leadActorId: a.id } : {}),
        plannedEnd: day('2027-02-01', (i * 5) % 60),
      });
      await writeDirectly(
        test.app,
        `UPDATE measure SET updated_at = '${day('2026-10-01', (i * 7) % 90)}T09:30:00.000Z' WHERE id = '${measure.id}'`,
      );
      created.push(measure);
    }
    await api(test.app, reviewer.token)
      .post(`/api/v1/measures/${created[3].id}/comments`)
      .send({ text: 'Bitte den Stand zur nächsten Sitzung ergänzen.' })
      .expect(201);
    const admin = (await api(test.app).get('/api/v1/auth/me').expect(200)).body as { id: string };
    const tasks = test.app.get(NotificationTasksService);
    for (const at of ['2027-03-01T05:00:00Z', '2027-03-05T06:05:00Z', '2027-04-20T12:00:00Z']) {
      for (const user of [editor, editorEn, reviewer, viewer, admin]) {
        const full = shownTasks(await tasks.tasksOf(user.id, new Date(at)), 3);
        expect({ at, user: user.id, list: await tasks.taskListOf(user.id, new Date(at), 3) }).toEqual({
          at,
          user: user.id,
          list: full,
        });
      }
    }
    const lenas = await tasks.taskListOf(editor.id, new Date('2027-04-20T12:00:00Z'), 3);
    expect(lenas.totals.stale).toBeGreaterThan(3);
    expect(lenas.totals.overdue).toBeGreaterThan(3);
    expect(lenas.items.filter((item) => item.kind === 'stale')).toHaveLength(3);
  });
});
