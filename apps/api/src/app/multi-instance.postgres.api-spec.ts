import { AuditKeyRing, verifyAuditChain } from '@leitbild-monitor/api/audit';
import { AppConfig, loadAppConfig } from '@leitbild-monitor/api/platform';
import type { DashboardSummary, Measure } from '@leitbild-monitor/shared/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { freshDatabase, TEST_ADMIN, TEST_AUDIT_KEY } from '../test/test-app';
import { createApp } from './create-app';

/**
 * Several API instances over one PostgreSQL database, as behind a load balancer: both started at the same
 * moment on an empty database, each on a port of its own, spoken to over HTTP. Runs only in the PostgreSQL
 * API suite (`*.postgres.api-spec.ts`); SQLite has one instance per database file.
 */
describe('two API instances over one PostgreSQL database', () => {
  let database: { url: string; drop: () => Promise<void> };
  let instances: { app: NestFastifyApplication; base: string }[];
  let first: string;
  let second: string;
  let session: { cookie: string; csrf: string };
  let config: AppConfig;

  beforeAll(async () => {
    database = await freshDatabase();
    config = loadAppConfig({
      DATABASE_URL: database.url,
      DEMO_DATA: 'true',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '1000000',
      // The same key on every instance; both append their anchors to one file here.
      AUDIT_KEY: TEST_AUDIT_KEY,
      AUDIT_ANCHOR_FILE: join(tmpdir(), `lbm-multi-instance-anchors-${process.pid}.log`),
    });
    // Both start at the same moment on the empty database: migrations, first administrator and demo data.
    instances = await Promise.all(
      [1, 2].map(async () => {
        const app = await createApp(config, { logger: false });
        await app.listen({ port: 0, host: '127.0.0.1' });
        const address = app.getHttpServer().address() as { port: number };
        return { app, base: `http://127.0.0.1:${address.port}/api/v1` };
      }),
    );
    [first, second] = instances.map((instance) => instance.base);
    session = await signIn(first);
  }, 60_000);

  afterAll(async () => {
    await Promise.all((instances ?? []).map((instance) => instance.app.close()));
    await database?.drop();
    if (config) rmSync(config.audit.anchorFile, { force: true });
  });

  async function signIn(base: string) {
    const response = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(TEST_ADMIN),
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
    return {
      cookie: cookies.join('; '),
      csrf: cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '',
    };
  }

  const get = async <T>(base: string, path: string): Promise<T> => {
    const response = await fetch(`${base}${path}`, { headers: { cookie: session.cookie } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  const write = (base: string, method: string, path: string, body: unknown, ifMatch?: number) =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        cookie: session.cookie,
        'x-xsrf-token': session.csrf,
        'content-type': 'application/json',
        ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }),
      },
      body: JSON.stringify(body),
    });

  it('starting both at once on an empty database migrates and seeds exactly once', async () => {
    const dataSource = new DataSource({ type: 'postgres', url: database.url, entities: ENTITIES });
    await dataSource.initialize();
    try {
      const count = async (sql: string) => Number((await dataSource.query(sql))[0].count);
      expect(await count('SELECT COUNT(*) AS count FROM migrations')).toBe(MIGRATIONS.length);
      expect(await count('SELECT COUNT(*) AS count FROM app_user')).toBe(1);
      expect(await count('SELECT COUNT(*) AS count FROM leitbild_section')).toBe(5);
      expect(await count('SELECT COUNT(*) AS count FROM field_of_action')).toBe(5);
      expect(await count('SELECT COUNT(*) AS count FROM measure')).toBe(40);
      expect(
        await verifyAuditChain(dataSource.manager, {
          keys: AuditKeyRing.fromHex(TEST_AUDIT_KEY),
          anchorFiles: [config.audit.anchorFile],
        }),
      ).toMatchObject({ ok: true });
    } finally {
      await dataSource.destroy();
    }
  });

  it('a session signed in on one instance works on the other (sessions live in the database)', async () => {
    const me = await get<{ email: string }>(second, '/auth/me');
    expect(me.email).toBe(TEST_ADMIN.email);
    const [measure] = (await get<{ items: Measure[] }>(first, '/measures?limit=1')).items;
    const response = await write(second, 'PATCH', `/measures/${measure.id}`, { progress: 33 }, measure.version);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Measure).progress).toBe(33);
  });

  it('of two conflicting edits sent at once through both instances, exactly one wins and the other gets 412', async () => {
    const measures = (await get<{ items: Measure[] }>(first, '/measures?limit=5&sort=title')).items;
    for (const [round, measure] of measures.entries()) {
      const current = await get<Measure>(second, `/measures/${measure.id}`);
      const answers = await Promise.all(
        [first, second].map((base, index) =>
          write(base, 'PATCH', `/measures/${measure.id}`, { progress: 10 * round + index + 1 }, current.version),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
      const winner = (await answers.find((answer) => answer.status === 200)?.json()) as Measure;
      const stored = await get<Measure>(first, `/measures/${measure.id}`);
      expect(stored).toMatchObject({ version: current.version + 1, progress: winner.progress });
    }
  });

  it("a write through one instance shows at once in the other's summaries (no stale cache)", async () => {
    const fieldOfActionId = (await get<{ items: { id: string }[] }>(first, '/fields-of-action')).items[0].id;
    const before = await get<DashboardSummary>(first, '/dashboard/summary');
    const publicBefore = await get<DashboardSummary>(first, '/public/summary');
    // Asked twice, so the first instance answers the second time from its cache.
    expect(await get<DashboardSummary>(first, '/dashboard/summary')).toEqual(before);

    const created = await write(second, 'POST', '/measures', { title: 'Über Instanz B angelegt', fieldOfActionId });
    expect(created.status).toBe(201);
    const measure = (await created.json()) as Measure;
    const after = await get<DashboardSummary>(first, '/dashboard/summary');
    expect(after.totals.total).toBe(before.totals.total + 1);
    expect(after.totals.byStatus.proposed).toBe(before.totals.byStatus.proposed + 1);
    expect(after.recentChanges[0]).toMatchObject({ measureId: measure.id, kind: 'created' });

    // The anonymous public summary (answered from serialised bytes) tells browsers it has not changed ...
    const etag = (await fetch(`${first}/public/summary`)).headers.get('etag') as string;
    expect((await fetch(`${first}/public/summary`, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const published = await write(second, 'PATCH', `/measures/${measure.id}`, { public: true }, measure.version);
    expect(published.status).toBe(200);
    const publicAfter = await get<DashboardSummary>(first, '/public/summary');
    expect(publicAfter.totals.total).toBe(publicBefore.totals.total + 1);
    // ... until a write through the other instance changes it.
    const changed = await fetch(`${first}/public/summary`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as DashboardSummary).totals.total).toBe(publicAfter.totals.total);

    const reviewed = await write(second, 'POST', `/measures/${measure.id}/status`, { status: 'in_review' }, 2);
    expect(reviewed.status).toBe(200);
    const afterStatus = await get<DashboardSummary>(first, '/dashboard/summary');
    expect(afterStatus.totals.byStatus.in_review).toBe(before.totals.byStatus.in_review + 1);
    expect(afterStatus.totals.byStatus.proposed).toBe(before.totals.byStatus.proposed);
  });

  it("a write through one instance shows at once in the other's register and measure page (no stale cache)", async () => {
    const page = '/measures?sort=-updatedAt&limit=5';
    const [oldest] = (await get<{ items: Measure[] }>(first, '/measures?sort=updatedAt&limit=1')).items;
    // Read twice on the first instance, so the second answer comes from its cache.
    await get(first, page);
    const measurePage = await get<Measure>(first, `/measures/${oldest.id}`);
    expect(await get<Measure>(first, `/measures/${oldest.id}`)).toEqual(measurePage);
    expect(measurePage.version).toBe(oldest.version);

    const changed = await write(
      second,
      'PATCH',
      `/measures/${oldest.id}`,
      { title: 'Geändert über B' },
      oldest.version,
    );
    expect(changed.status).toBe(200);
    expect((await get<{ items: Measure[] }>(first, page)).items[0]).toMatchObject({
      id: oldest.id,
      title: 'Geändert über B',
      version: oldest.version + 1,
    });
    const response = await fetch(`${first}/measures/${oldest.id}`, { headers: { cookie: session.cookie } });
    expect(response.headers.get('etag')).toBe(`"${oldest.version + 1}"`);
    expect(((await response.json()) as Measure).title).toBe('Geändert über B');
  });
});
