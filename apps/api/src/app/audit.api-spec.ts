import {
  AuditAnchorWriter,
  AuditEntryEntity,
  auditHash,
  AuditHeadEntity,
  AuditKeyStore,
  auditKeyFromHex,
  AuditKeyRing,
  AuditSealer,
  AuditService,
  GENESIS_HASH,
  isSealedBy,
  sealEntry,
  verifyAuditChain,
} from '@leitbild-monitor/api/audit';
import { TransactionRunner } from '@leitbild-monitor/api/platform';
import type { AuditEntry, Page } from '@leitbild-monitor/shared/contracts';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { anonymous, api, createMeasure, seedCatalog, signIn, userWithToken, withSession } from '../test/fixtures';
import {
  commandEnv,
  startTestApp,
  startTestAppOn,
  TEST_ADMIN,
  TEST_DATABASE,
  TestApp,
  writeDirectly,
} from '../test/test-app';

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
    await writeDirectly(app(), `UPDATE audit_entry SET actor_label = 'someone-else@example.org' WHERE id = 3`);
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

      // Verifying while writes go on sees a consistent chain up to the head it started from. Each writer stops after
      // 30 writes: each verification reads the whole chain, so unbounded writers on a busy machine would keep
      // lengthening what the rounds verify.
      let running = true;
      const writers = measures.map(async (measure) => {
        let version = 2;
        while (running && version < 32) {
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
      await fresh.app.get(AuditSealer).sealNow();
      const last = (await dataSource.query('SELECT MAX(id) AS id FROM audit_entry'))[0].id;
      await writeDirectly(fresh.app, `DELETE FROM audit_entry WHERE id = ${Number(last)}`);
      expect(await fresh.app.get(AuditService).verifyChain()).toMatchObject({ ok: false, brokenAt: Number(last) });
    } finally {
      await fresh.close();
    }
  });

  describe('keyed and anchored', () => {
    const KEY_A = 'c3'.repeat(32);
    const KEY_B = 'd4'.repeat(32);
    const idOf = (hex: string) => auditKeyFromHex(hex).id;

    /** Some writes, so the log has entries of several kinds. */
    async function someWrites(app: TestApp['app'], count = 3): Promise<void> {
      const fields = (await api(app).get('/api/v1/fields-of-action').expect(200)).body as Page<{ id: string }>;
      for (let index = 0; index < count; index++)
        await createMeasure(app, { title: `Protokolliert ${index}`, fieldOfActionId: fields.items[0].id });
      // PostgreSQL seals entries after their commit: the head and the seals are then as these tests inspect them.
      await app.get(AuditSealer).sealNow();
    }

    const repositories = (test: TestApp, manager: EntityManager = test.app.get(DataSource).manager) => ({
      entries: manager.getRepository(AuditEntryEntity),
      head: manager.getRepository(AuditHeadEntity),
    });
    /** Writes behind the API's back, in one transaction of the application's own write connection. */
    const tamper = <T>(test: TestApp, change: (tables: ReturnType<typeof repositories>) => Promise<T>) =>
      test.app.get(TransactionRunner).run((manager) => change(repositories(test, manager)));

    /**
     * What an attacker with write access to the database (not the key) does to hide a change: alter an entry and
     * recompute the hash of it and of every later entry with what they have, and move the head along.
     */
    async function rewriteFrom(test: TestApp, fromId: number, hash: (entry: AuditEntryEntity) => string) {
      await tamper(test, async ({ entries, head }) => {
        const rows = await entries.find({ order: { id: 'ASC' } });
        let previous = rows.find((row) => row.id === fromId - 1)?.hash ?? GENESIS_HASH;
        for (const row of rows.filter((candidate) => candidate.id >= fromId)) {
          if (row.id === fromId) row.actorLabel = 'someone-else@example.org';
          row.previousHash = previous;
          row.hash = hash(row);
          await entries.update({ id: row.id }, { actorLabel: row.actorLabel, previousHash: previous, hash: row.hash });
          previous = row.hash;
        }
        await head.update({ id: 1 }, { lastHash: previous });
      });
    }

    /** ... and to hide the newest entries: delete them and move the head back. */
    async function cutAfter(test: TestApp, lastKept: number) {
      await tamper(test, async ({ entries, head }) => {
        const kept = await entries.findOneByOrFail({ id: lastKept });
        await entries.delete({ id: MoreThan(lastKept) });
        await head.update({ id: 1 }, { lastId: kept.id, lastHash: kept.hash });
      });
    }

    const lastId = async (test: TestApp) => (await repositories(test).head.findOneByOrFail({ id: 1 })).lastId;
    const anchorLines = (test: TestApp) =>
      existsSync(test.config.audit.anchorFile)
        ? readFileSync(test.config.audit.anchorFile, 'utf8')
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => JSON.parse(line) as { kind: string; lastId: number; hash: string; keyId: string })
        : [];

    it('seals every entry with an HMAC of the audit key, which the database does not hold', async () => {
      const test = await startTestApp({ AUDIT_KEY: KEY_A });
      try {
        await someWrites(test.app);
        const rows = await repositories(test).entries.find({ order: { id: 'ASC' } });
        const key = auditKeyFromHex(KEY_A);
        for (const row of rows) expect([row.id, row.keyId, isSealedBy(key, row)]).toEqual([row.id, key.id, true]);
        const everything = JSON.stringify(await test.app.get(DataSource).query('SELECT * FROM audit_entry'));
        expect(everything).not.toContain(KEY_A);
      } finally {
        await test.close();
      }
    });

    it('fails to verify an altered entry whose later hashes were recomputed, plainly or with a wrong key', async () => {
      const test = await startTestApp();
      try {
        await someWrites(test.app);
        const audit = test.app.get(AuditService);
        expect(await audit.verifyChain()).toMatchObject({ ok: true });

        await rewriteFrom(test, 3, auditHash);
        expect(await audit.verifyChain()).toMatchObject({ ok: false, brokenAt: 3, problem: /altered/ });

        const guessed = auditKeyFromHex(KEY_B);
        await rewriteFrom(test, 3, (entry) => sealEntry(guessed, { ...entry, keyId: entry.keyId as string }));
        expect(await audit.verifyChain()).toMatchObject({ ok: false, brokenAt: 3, problem: /altered/ });

        // ... or naming the guessed key as the one that sealed them: no key the operator supplied.
        await rewriteFrom(test, 3, (entry) => {
          entry.keyId = guessed.id;
          return sealEntry(guessed, { ...entry, keyId: guessed.id });
        });
        await tamper(test, ({ entries }) => entries.update({ id: MoreThan(2) }, { keyId: guessed.id }));
        expect(await audit.verifyChain()).toMatchObject({ ok: false, brokenAt: 3, problem: /neither AUDIT_KEY/ });
      } finally {
        await test.close();
      }
    });

    it('anchors the head outside the database and notices entries cut off before the last anchor', async () => {
      const test = await startTestApp();
      try {
        await someWrites(test.app);
        const anchors = test.app.get(AuditAnchorWriter);
        await anchors.anchorHead('interval');
        const anchored = await lastId(test);
        expect(anchorLines(test).at(-1)).toMatchObject({ kind: 'interval', lastId: anchored });

        // The newest entries deleted and the head moved back: the chain alone still holds ...
        await cutAfter(test, anchored - 3);
        const audit = test.app.get(AuditService);
        expect(
          await verifyAuditChain(test.app.get(DataSource).manager, { keys: keysOf(test), anchorFiles: [] }),
        ).toMatchObject({ ok: true });
        // ... but not against the anchor.
        expect(await audit.verifyChain()).toMatchObject({
          ok: false,
          brokenAt: anchored - 2,
          problem: expect.stringMatching(
            new RegExp(`ends at entry ${anchored - 3}, but the anchor .* recorded entry ${anchored}`),
          ),
        });
      } finally {
        await test.close();
      }
    });

    it('leaves exactly the entries after the last anchor open to being cut off', async () => {
      const test = await startTestApp();
      try {
        await someWrites(test.app, 1);
        await test.app.get(AuditAnchorWriter).anchorHead('interval');
        const anchored = await lastId(test);
        await someWrites(test.app, 2);
        await cutAfter(test, anchored);
        expect(await test.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });
        await cutAfter(test, anchored - 1);
        expect(await test.app.get(AuditService).verifyChain()).toMatchObject({ ok: false, brokenAt: anchored });
      } finally {
        await test.close();
      }
    });

    it('anchors the head at shutdown, and starts again from that anchor without repeating it', async () => {
      let test = await startTestApp();
      try {
        await someWrites(test.app, 1);
        const head = await lastId(test);
        test = await test.restart();
        const atHead = anchorLines(test).filter((line) => line.lastId === head);
        expect(atHead.map((line) => line.kind)).toEqual(['shutdown']);
        expect(await test.app.get(AuditService).verifyChain()).toMatchObject({ ok: true, anchors: 1 });
      } finally {
        await test.close();
      }
    });

    it('follows a key rotation: recorded in the log, verified with the previous key, not without it', async () => {
      let test = await startTestApp({ AUDIT_KEY: KEY_A });
      try {
        await someWrites(test.app);
        const beforeRotation = await lastId(test);
        test = await test.restart({ AUDIT_KEY: KEY_B, AUDIT_PREVIOUS_KEYS: KEY_A });
        const rotation = (await entriesOf('audit.key_rotated', test))[0];
        expect(rotation).toMatchObject({
          id: beforeRotation + 1,
          userId: null,
          details: { previousKeyId: idOf(KEY_A), previousKeySupplied: true },
        });
        const rotated = await repositories(test).entries.findOneByOrFail({ id: rotation.id });
        expect(rotated.keyId).toBe(idOf(KEY_B));
        await someWrites(test.app, 1);
        expect(await test.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });

        test = await test.restart({ AUDIT_KEY: KEY_B, AUDIT_PREVIOUS_KEYS: '' });
        expect(await test.app.get(AuditService).verifyChain()).toMatchObject({
          ok: false,
          problem: expect.stringMatching(new RegExp(`key ${idOf(KEY_A)}, which is neither AUDIT_KEY nor`)),
        });
        expect(
          await verifyAuditChain(test.app.get(DataSource).manager, {
            keys: AuditKeyRing.fromHex(KEY_B),
            anchorFiles: [],
          }),
        ).toMatchObject({ ok: false, brokenAt: 1 });
      } finally {
        await test.close();
      }
    });

    /** Turns the log into what an installation of before the key wrote: plain SHA-256, no key ids, no anchors. */
    async function makeUnkeyed(test: TestApp): Promise<void> {
      await tamper(test, async ({ entries, head }) => {
        let previous = GENESIS_HASH;
        for (const row of await entries.find({ order: { id: 'ASC' } })) {
          const hash = auditHash({ ...row, previousHash: previous });
          await entries.update({ id: row.id }, { previousHash: previous, hash, keyId: null });
          previous = hash;
        }
        await head.update({ id: 1 }, { lastHash: previous, lastKeyId: null });
      });
      rmSync(test.config.audit.anchorFile, { force: true });
    }

    it('seals the unkeyed entries of an older installation once, at the first start with a key', async () => {
      let test = await startTestApp({ AUDIT_KEY: KEY_A });
      try {
        await someWrites(test.app);
        await makeUnkeyed(test);
        const unkeyed = await lastId(test);
        test = await test.restart();
        const sealed = await entriesOf('audit.chain_keyed', test);
        expect(sealed).toEqual([
          expect.objectContaining({
            id: unkeyed + 1,
            details: expect.objectContaining({ legacyEntries: unkeyed, legacyIntact: true, legacyBrokenAt: null }),
          }),
        ]);
        expect(await test.app.get(AuditService).verifyChain()).toMatchObject({ ok: true, notes: [] });

        // Changing an unkeyed entry afterwards, with every later plain hash recomputed, is noticed.
        await tamper(test, async ({ entries: rows }) => {
          let previous = (await rows.findOneByOrFail({ id: 1 })).hash;
          for (let id = 2; id <= unkeyed; id++) {
            const row = await rows.findOneByOrFail({ id });
            if (id === 2) row.actorLabel = 'someone-else@example.org';
            const hash = auditHash({ ...row, previousHash: previous });
            await rows.update({ id }, { actorLabel: row.actorLabel, previousHash: previous, hash });
            previous = hash;
          }
        });
        // The sealing entry notices it by itself; the anchor taken at the restart did too.
        const manager = test.app.get(DataSource).manager;
        expect(await verifyAuditChain(manager, { keys: keysOf(test), anchorFiles: [] })).toMatchObject({
          ok: false,
          problem: expect.stringMatching(new RegExp(`entries 1–${unkeyed} were changed after entry ${unkeyed + 1}`)),
        });
        // SQLite: the shutdown anchor of the restart named the last unkeyed entry, and it no longer matches. On
        // PostgreSQL the sealer keyed the chain already at that shutdown (it changes the key whenever the head's is
        // not its own), so the anchor names the sealing entry and the changed digest is reported from entry 1.
        expect(await test.app.get(AuditService).verifyChain()).toMatchObject({
          ok: false,
          brokenAt: TEST_DATABASE === 'postgres' ? 1 : unkeyed,
        });
      } finally {
        await test.close();
      }
    });

    it('records an unkeyed chain that was already broken as broken, and keeps saying so', async () => {
      let test = await startTestApp({ AUDIT_KEY: KEY_A });
      try {
        await someWrites(test.app);
        await makeUnkeyed(test);
        await tamper(test, ({ entries }) => entries.update({ id: 4 }, { actorLabel: 'someone-else@example.org' }));
        test = await test.restart();
        expect((await entriesOf('audit.chain_keyed', test))[0].details).toMatchObject({
          legacyIntact: false,
          legacyBrokenAt: 4,
        });
        const report = await test.app.get(AuditService).verifyChain();
        expect(report).toMatchObject({ ok: true });
        expect(report.notes).toContainEqual(
          expect.stringMatching(/already broken at entry 4 when entry \d+ sealed them/),
        );
      } finally {
        await test.close();
      }
    });

    const entriesOf = async (action: string, test: TestApp) =>
      ((await api(test.app).get('/api/v1/audit').query({ action, limit: 100 }).expect(200)).body as Page<AuditEntry>)
        .items;
    const keysOf = (test: TestApp) => test.app.get(AuditKeyStore).ring;
  });

  if (TEST_DATABASE === 'sqlite') {
    it('generates a key into a file beside the database at the first start, and refuses to start without it later', async () => {
      let test = await startTestApp();
      const keyFile = test.config.audit.keyFile as string;
      try {
        expect(test.config.audit.key).toBeNull();
        expect(keyFile).toBe(
          join(dirname(test.config.database.type === 'sqlite' ? test.config.database.path : ''), 'audit.key'),
        );
        expect(statSync(keyFile).mode & 0o777).toBe(0o600);
        const key = auditKeyFromHex(readFileSync(keyFile, 'utf8').trim());
        const row = await test.app.get(DataSource).getRepository(AuditEntryEntity).findOneByOrFail({ id: 1 });
        expect(row.keyId).toBe(key.id);
        // The same key at every start ...
        test = await test.restart();
        expect(await test.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });
        // ... and no new one when the file went missing: the log would become unverifiable.
        const saved = readFileSync(keyFile, 'utf8');
        rmSync(keyFile);
        await expect(test.restart()).rejects.toThrow(/sealed with key .*, but AUDIT_KEY is not set/);
        writeFileSync(keyFile, saved, { mode: 0o600 });
        test = await startTestAppOn(
          `sqlite:${test.config.database.type === 'sqlite' ? test.config.database.path : ''}`,
        );
      } finally {
        await test.close();
        rmSync(dirname(keyFile), { recursive: true, force: true });
      }
    });
  }

  // The API test targets depend on the API build, so the shipped script is there to run.
  const verifyScript = join(__dirname, '../../../../dist/apps/api/verify-audit.js');
  const runVerify = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, [verifyScript, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });

  it('ships a command that verifies the chain of a database against the anchors: exit code 0 or 1', async () => {
    expect(existsSync(verifyScript)).toBe(true);
    const fresh = await startTestApp();
    try {
      const env = commandEnv(fresh.config);
      // PostgreSQL: the entries of the start sealed (the command runs synchronously, the sealer's timer waits).
      await fresh.app.get(AuditSealer).sealNow();
      const ok = runVerify(env);
      expect([ok.status, ok.stdout]).toEqual([0, expect.stringMatching(/Audit log intact: \d+ entries verified/)]);
      await writeDirectly(fresh.app, `UPDATE audit_entry SET action = 'tampered' WHERE id = 1`);
      const broken = runVerify(env);
      expect([broken.status, broken.stderr]).toEqual([1, expect.stringMatching(/BROKEN at entry 1/)]);
      // Without a key it cannot check at all.
      const keyless = runVerify({ ...env, AUDIT_KEY: '', DATABASE_URL: 'sqlite:/nonexistent/none.db' });
      expect(keyless.status).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('ships a command that reports entries cut off before the last anchor, and one that records a restore', async () => {
    const fresh = await startTestApp();
    try {
      const catalogue = await seedCatalog(fresh.app);
      for (let index = 0; index < 3; index++)
        await createMeasure(fresh.app, { title: `Gekappt ${index}`, fieldOfActionId: catalogue.fields[0].id });
      await fresh.app.get(AuditSealer).sealNow();
      await fresh.app.get(AuditAnchorWriter).anchorHead('interval');
      const dataSource = fresh.app.get(DataSource);
      const head = await dataSource.getRepository(AuditHeadEntity).findOneByOrFail({ id: 1 });
      const kept = await dataSource.getRepository(AuditEntryEntity).findOneByOrFail({ id: head.lastId - 2 });
      await fresh.app.get(TransactionRunner).run(async (manager) => {
        await manager.getRepository(AuditEntryEntity).delete({ id: MoreThan(kept.id) });
        await manager.getRepository(AuditHeadEntity).update({ id: 1 }, { lastId: kept.id, lastHash: kept.hash });
      });

      const env = commandEnv(fresh.config);
      const cut = runVerify(env);
      expect([cut.status, cut.stderr]).toEqual([
        1,
        expect.stringMatching(new RegExp(`BROKEN at entry ${kept.id + 1}: the log ends at entry ${kept.id}.*removed`)),
      ]);
      // An operator who set the database back on purpose (and has the key) records it; the anchors agree again.
      const accepted = runVerify(env, ['--accept-restore']);
      expect([accepted.status, accepted.stdout]).toEqual([0, expect.stringMatching(/ends at entry \d+ on purpose/)]);
      expect(runVerify(env).status).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
