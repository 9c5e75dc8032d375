import { AuditService } from '@leitbild-monitor/api/audit';
import type { AuditEntry, Page } from '@leitbild-monitor/shared/contracts';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { anonymous, api, createMeasure, seedCatalog, signIn, userWithToken, withSession } from '../test/fixtures';
import { startTestApp, TEST_ADMIN, TestApp } from '../test/test-app';

describe('audit log', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());
  const app = () => test.app;

  const entries = async (action: string) =>
    ((await api(app()).get('/api/v1/audit').query({ action, limit: 100 }).expect(200)).body as Page<AuditEntry>).items;

  it('records sign-in, failed sign-in, sign-out, token and user changes, and every write — with who, when and from where', async () => {
    const catalogue = await seedCatalog(app());
    await anonymous(app())
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.org', password: 'wrong-one' })
      .expect(401);
    const session = await signIn(app(), TEST_ADMIN.email, TEST_ADMIN.password);
    await withSession(app(), session).post('/api/v1/auth/logout').expect(204);
    const user = await userWithToken(app(), { email: 'audited@example.org', role: 'viewer' });
    await api(app()).patch(`/api/v1/users/${user.id}`).send({ role: 'editor' }).expect(200);
    const measure = await createMeasure(app(), { title: 'Protokolliert', fieldOfActionId: catalogue.fields[0].id });
    await api(app()).patch(`/api/v1/measures/${measure.id}`).set('If-Match', '"1"').send({ progress: 5 }).expect(200);

    expect((await entries('auth.login_failed'))[0]).toMatchObject({
      actorLabel: 'nobody@example.org',
      details: { reason: 'unknown_account' },
    });
    const login = (await entries('auth.login'))[0];
    expect(login).toMatchObject({
      userId: expect.any(String),
      actorLabel: expect.any(String),
      clientAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    expect(login.at).toMatch(/Z$/);
    expect(await entries('auth.logout')).toHaveLength(1);
    expect((await entries('user.create')).map((entry) => entry.details['email'])).toContain('audited@example.org');
    expect((await entries('user.role_change'))[0]).toMatchObject({
      targetId: user.id,
      details: { role: { from: 'viewer', to: 'editor' } },
    });
    expect((await entries('token.create')).length).toBeGreaterThanOrEqual(2);
    expect((await entries('measure.created'))[0]).toMatchObject({
      targetType: 'measure',
      targetId: measure.id,
      actorLabel: TEST_ADMIN.email,
    });
    expect((await entries('measure.field_change'))[0]).toMatchObject({
      targetId: measure.id,
      details: { fields: ['progress'] },
    });
    expect((await entries('actor.create')).length).toBe(3);
  });

  it('is readable by admins only and cannot be changed through the API', async () => {
    const viewer = await userWithToken(app(), { email: 'curious@example.org', role: 'viewer' });
    await api(app(), viewer.token).get('/api/v1/audit').expect(403);
    await anonymous(app()).get('/api/v1/audit').expect(401);
    for (const method of ['post', 'patch', 'put', 'delete'] as const) {
      const response = await api(app())[method]('/api/v1/audit/1').send({});
      expect([404, 405]).toContain(response.status);
    }
    const page = (await api(app()).get('/api/v1/audit').expect(200)).body as Page<AuditEntry>;
    expect(page.items[0].id).toBeGreaterThan(page.items[1].id);
  });

  it('forms a hash chain that verifies, and fails to verify after a row is altered or removed', async () => {
    const audit = app().get(AuditService);
    const intact = await audit.verifyChain();
    expect(intact).toMatchObject({ ok: true, brokenAt: null });
    expect(intact.entries).toBeGreaterThan(10);

    const dataSource = app().get(DataSource);
    await dataSource.query(`UPDATE audit_entry SET actor_label = 'someone-else@example.org' WHERE id = 3`);
    expect(await audit.verifyChain()).toMatchObject({ ok: false, brokenAt: 3 });
    const original = (await dataSource.query(`SELECT actor_label FROM audit_entry WHERE id = 4`))[0];
    expect(original).toBeDefined();
  });

  it('stays one unbroken chain when many writes arrive at once', async () => {
    const fresh = await startTestApp();
    try {
      const catalogue = await seedCatalog(fresh.app);
      const measures = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          createMeasure(fresh.app, { title: `Parallel ${index}`, fieldOfActionId: catalogue.fields[0].id }),
        ),
      );
      await Promise.all(
        measures.map((measure) =>
          api(fresh.app)
            .patch(`/api/v1/measures/${measure.id}`)
            .set('If-Match', '"1"')
            .send({ progress: 50 })
            .expect(200),
        ),
      );
      expect(await fresh.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });

      // Verifying while writes go on sees a consistent chain up to the head it started from.
      let running = true;
      const writers = measures.map(async (measure) => {
        let version = 2;
        while (running) {
          const response = await api(fresh.app)
            .patch(`/api/v1/measures/${measure.id}`)
            .set('If-Match', `"${version}"`)
            .send({ progress: version % 100 });
          version = response.body.version;
        }
      });
      for (let round = 0; round < 10; round++)
        expect(await fresh.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });
      running = false;
      await Promise.all(writers);
    } finally {
      await fresh.close();
    }
  });

  it('notices entries cut off the end of the chain', async () => {
    const fresh = await startTestApp();
    try {
      const dataSource = fresh.app.get(DataSource);
      const last = (await dataSource.query('SELECT MAX(id) AS id FROM audit_entry'))[0].id;
      await dataSource.query(`DELETE FROM audit_entry WHERE id = ${Number(last)}`);
      expect(await fresh.app.get(AuditService).verifyChain()).toMatchObject({ ok: false, brokenAt: Number(last) });
    } finally {
      await fresh.close();
    }
  });

  // The API test targets depend on the API build, so the shipped script is there to run.
  const verifyScript = join(__dirname, '../../../../dist/apps/api/verify-audit.js');
  it('ships a command that verifies the chain of a database', async () => {
    expect(existsSync(verifyScript)).toBe(true);
    const fresh = await startTestApp();
    const url =
      fresh.config.database.type === 'sqlite' ? `sqlite:${fresh.config.database.path}` : fresh.config.database.url;
    try {
      const ok = execFileSync(process.execPath, [verifyScript], {
        env: { ...process.env, DATABASE_URL: url },
        encoding: 'utf8',
      });
      expect(ok).toMatch(/Audit log intact: \d+ entries verified/);
      await fresh.app.get(DataSource).query(`UPDATE audit_entry SET action = 'tampered' WHERE id = 1`);
      expect(() =>
        execFileSync(process.execPath, [verifyScript], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' }),
      ).toThrow(/BROKEN at entry 1/);
    } finally {
      await fresh.close();
    }
  });
});
