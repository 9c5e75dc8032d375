import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer, tokenFor } from '../test/server-process';
import { TestSmtpServer } from '../test/test-smtp-server';

const NOTIFY_SCRIPT = join(__dirname, '../../../../dist/apps/api/notify.js');
const ADMIN = { email: 'admin@example.org', password: 'erinnerung-per-skript-7' };
const run = promisify(execFile);

/**
 * `npm run notify` as an administrator runs it: the built script against the installation's database, with a
 * date-time in the installation's time zone. Asynchronous, because the test's own SMTP server must keep answering
 * while the script sends.
 */
describe('npm run notify (SQLite)', () => {
  let folder: string;
  let env: Record<string, string>;
  let smtp: TestSmtpServer;
  const port = 3850 + (process.pid % 50);

  const notify = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [NOTIFY_SCRIPT, ...args], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lbm-notify-'));
    smtp = new TestSmtpServer();
    await smtp.start();
    env = {
      DATABASE_URL: `sqlite:${join(folder, 'db.sqlite')}`,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      BACKUP_INTERVAL_HOURS: '0',
      PUBLIC_URL: 'https://monitor.example.org',
    };
    // A measure without a lead actor is the administrators' to attend to; its planned end has passed by March 2027.
    const server = await startServer({ ...env, NOTIFY_INTERVAL_MINUTES: '0' }, port);
    try {
      const token = await tokenFor(server.baseUrl, ADMIN.email, ADMIN.password);
      const call = (path: string, init: RequestInit = {}) =>
        fetch(`${server.baseUrl}/api/v1${path}`, {
          ...init,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        });
      const fields = (await (await call('/fields-of-action')).json()) as { items: { id: string }[] };
      const created = await call('/measures', {
        method: 'POST',
        body: JSON.stringify({
          title: 'Sprachcafé ohne Federführung',
          fieldOfActionId: fields.items[0].id,
          plannedEnd: '2027-01-31',
        }),
      });
      expect(created.status).toBe(201);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 60_000);

  afterAll(async () => {
    await smtp?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints what would be sent at a given moment, to whom, and sends nothing', async () => {
    const result = await notify('--dry-run', '--now=2027-03-01T07:00');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Would send at 2027-03-01T06:00:00.000Z (Europe/Berlin)');
    expect(result.stdout).toContain(ADMIN.email);
    expect(result.stdout).toMatch(/overdue: Sprachcafé ohne Federführung https:\/\/monitor\.example\.org\/measures\//);
    expect(smtp.received).toHaveLength(0);
  }, 60_000);

  it('refuses a moment it cannot read and a send without a mail server, naming what to do', async () => {
    const unreadable = await notify('--dry-run', '--now=bald');
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('--now must be an ISO date-time');
    const withoutServer = await notify('--now=2027-03-01T07:00');
    expect(withoutServer.code).toBe(2);
    expect(withoutServer.stderr).toContain('SMTP_URL is not set');
    const unknown = await notify('--everything');
    expect(unknown.code).toBe(2);
  }, 60_000);

  it('sends what is due through the mail server, and not again on a second run', async () => {
    env = { ...env, SMTP_URL: smtp.url, MAIL_FROM: 'Leitbild-Monitor <monitor@example.org>' };
    const first = await notify('--now=2027-03-01T07:00');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 sent, 0 failed');
    const mails = smtp.to(ADMIN.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].parsed.text).toContain('Sprachcafé ohne Federführung');

    const second = await notify('--now=2027-03-01T07:10');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('nothing is due');
    expect(smtp.to(ADMIN.email)).toHaveLength(1);
  }, 60_000);
});
