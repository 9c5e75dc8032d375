import { NotificationDispatcher } from '@leitbild-monitor/api/notifications';
import type { NotificationLogEntry, Page } from '@leitbild-monitor/shared/contracts';
import { pinClock, releaseClock } from '../test/clock';
import { api, createMeasure, seedCatalog, userWithToken } from '../test/fixtures';
import { freshDatabase, startTestAppOn, TestApp } from '../test/test-app';
import { TestSmtpServer } from '../test/test-smtp-server';

/**
 * Two API instances over one PostgreSQL database, both running the notices at the same moment (as two schedulers
 * would): every notice reaches its recipient once. Runs only in the PostgreSQL API suite.
 */
describe('reminders with two instances over one PostgreSQL database', () => {
  let database: { url: string; drop: () => Promise<void> };
  let smtp: TestSmtpServer;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    pinClock('2027-03-01T05:00:00Z');
    smtp = new TestSmtpServer();
    await smtp.start();
    database = await freshDatabase();
    const env = { SMTP_URL: smtp.url, PUBLIC_URL: 'https://monitor.example.org' };
    first = await startTestAppOn(database.url, env);
    second = await startTestAppOn(database.url, env);
  }, 60_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
    await smtp?.stop();
    releaseClock();
  });

  it('sends each digest and each notice once when both instances run at the same moment', async () => {
    const catalog = await seedCatalog(first.app);
    const editors = [];
    for (const [index, actor] of catalog.actors.entries()) {
      editors.push(
        await userWithToken(first.app, { email: `team${index}@example.org`, role: 'editor', actorId: actor.id }),
      );
      for (const plannedEnd of ['2027-02-01', '2027-02-15', '2027-03-05']) {
        await createMeasure(first.app, {
          title: `Maßnahme ${index} ${plannedEnd}`,
          fieldOfActionId: catalog.fields[0].id,
          leadActorId: actor.id,
          plannedEnd,
        });
      }
    }

    const moments = ['2027-03-01T06:05:00Z', '2027-03-01T06:10:00Z'];
    for (const at of moments) {
      await Promise.all(
        [first, second, first, second].map((instance) => instance.app.get(NotificationDispatcher).run(new Date(at))),
      );
    }

    for (const index of editors.keys()) {
      const mails = smtp.to(`team${index}@example.org`);
      expect(mails).toHaveLength(1);
      expect(mails[0].parsed.subject).toBe('Leitbild-Monitor: 3 Hinweise zu erledigen');
    }
    const log = (await api(second.app).get('/api/v1/notifications/log?limit=100').expect(200))
      .body as Page<NotificationLogEntry>;
    expect(log.items.filter((entry) => entry.recipientEmail.startsWith('team')).map((entry) => entry.status)).toEqual([
      'sent',
      'sent',
      'sent',
    ]);
    expect(log.items.every((entry) => entry.attempts === 1)).toBe(true);
  });
});
