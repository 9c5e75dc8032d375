import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess, startServer, tokenFor } from '../test/server-process';

const ADMIN = { email: 'admin@example.org', password: 'crash-test-password' };
const MEASURES = 8;
const CRASHES = 5;
const VERIFY_SCRIPT = join(__dirname, '../../../../dist/apps/api/verify-audit.js');

/**
 * The built server on SQLite, killed with SIGKILL in the middle of writes, again and again. Whatever the
 * moment of the kill: the database stays intact, every acknowledged write is there, and each change is
 * there together with its history entry and its audit entry — or not at all.
 */
describe('crash safety (SQLite)', () => {
  let folder: string;
  let env: Record<string, string>;
  let server: ServerProcess | null = null;
  const port = 3900 + (process.pid % 50);

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'lbm-crash-'));
    env = {
      DATABASE_URL: `sqlite:${join(folder, 'db.sqlite')}`,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '1000000',
      BACKUP_INTERVAL_HOURS: '0',
    };
  });
  afterAll(() => {
    server?.process.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and every change with its history and audit entry across SIGKILLs', async () => {
    server = await startServer(env, port);
    const token = await tokenFor(server.baseUrl, ADMIN.email, ADMIN.password);
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${server?.baseUrl}/api/v1${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
      });
    const field = ((await (await call('/fields-of-action')).json()) as { items: { id: string }[] }).items[0].id;
    const ids: string[] = [];
    for (let index = 0; index < MEASURES; index++) {
      const created = await call('/measures', {
        method: 'POST',
        body: JSON.stringify({ title: `Crash ${index}`, fieldOfActionId: field }),
      });
      ids.push(((await created.json()) as { id: string }).id);
    }

    const acknowledged = new Map<string, number>(ids.map((id) => [id, 1]));
    let writes = 0;
    for (let crash = 0; crash < CRASHES; crash++) {
      if (crash > 0) server = await startServer(env, port);
      let running = true;
      const writers = ids.map(async (id, index) => {
        // After a crash, a write may have committed without its answer arriving: start from what is stored.
        const current = await call(`/measures/${id}`).catch(() => null);
        if (!current) return; // killed before this writer began
        let version = ((await current.json()) as { version: number }).version;
        for (let step = 0; running; step++) {
          const request =
            step % 2 === 0
              ? call(`/measures/${id}`, {
                  method: 'PATCH',
                  headers: { 'if-match': `"${version}"` },
                  body: JSON.stringify({ progress: (step * 7 + index) % 101 }),
                })
              : call(`/measures/${id}/progress`, {
                  method: 'POST',
                  headers: { 'if-match': `"${version}"` },
                  body: JSON.stringify({ note: `Schritt ${step}` }),
                });
          const response = await request.catch(() => null);
          if (!response) return; // the server is gone
          expect(response.status).toBe(200);
          version = ((await response.json()) as { version: number }).version;
          acknowledged.set(id, version);
          writes += 1;
        }
      });
      // Kill at a different moment each round, while all writers are busy.
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(Math.random() * 600)));
      server.process.kill('SIGKILL');
      running = false;
      await server.exited;
      await Promise.all(writers);
    }
    expect(writes).toBeGreaterThan(CRASHES);

    // Every acknowledged write survived.
    server = await startServer(env, port);
    for (const id of ids) {
      const measure = (await (await call(`/measures/${id}`)).json()) as { version: number };
      expect(measure.version).toBeGreaterThanOrEqual(acknowledged.get(id) as number);
    }
    server.process.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    server = null;

    const database = new Database(join(folder, 'db.sqlite'), { readonly: true });
    try {
      expect(database.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      for (const id of ids) {
        const { version } = database.prepare('SELECT version FROM measure WHERE id = ?').get(id) as { version: number };
        const history = database
          .prepare('SELECT COUNT(*) AS count FROM measure_history WHERE measure_id = ?')
          .get(id) as { count: number };
        const audit = database
          .prepare("SELECT COUNT(*) AS count FROM audit_entry WHERE target_id = ? AND action LIKE 'measure.%'")
          .get(id) as { count: number };
        // Each version is one change: one history entry and one audit entry, written together.
        expect({ id, history: history.count, audit: audit.count }).toEqual({ id, history: version, audit: version });
      }
    } finally {
      database.close();
    }
    expect(
      execFileSync(process.execPath, [VERIFY_SCRIPT], { env: { ...process.env, ...env }, encoding: 'utf8' }),
    ).toMatch(/intact/);
  });

  it('shuts down cleanly on SIGTERM: requests in flight are answered, the database is closed', async () => {
    server = await startServer(env, port);
    const token = await tokenFor(server.baseUrl, ADMIN.email, ADMIN.password);
    const inFlight = Array.from({ length: 40 }, () =>
      fetch(`${server?.baseUrl}/api/v1/dashboard/summary`, { headers: { authorization: `Bearer ${token}` } })
        .then(async (response) => ({ status: response.status, body: await response.text() }))
        .catch(() => null),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.process.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    const { code } = await server.exited;
    server = null;
    expect(code).toBe(0);
    for (const answer of answers.filter((item) => item !== null)) {
      // Answered completely, or refused as "shutting down" — never a broken answer or a server error.
      expect([200, 503]).toContain(answer?.status);
      if (answer?.status === 200) expect(() => JSON.parse(answer.body)).not.toThrow();
    }
    // A clean close checkpoints the write-ahead log into the database and removes it.
    const wal = join(folder, 'db.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/api/v1/health`)).rejects.toThrow();
  });
});
