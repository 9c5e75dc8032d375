import {
  AuditEntryEntity,
  AuditHeadEntity,
  AuditKeyRing,
  AuditSealer,
  AuditService,
  ENTRY_SKIPPED,
  GAP_GRACE_MS,
  SEALER_LOCK_KEY,
  sealEntry,
  auditKeyFromHex,
  verifyAuditChain,
} from '@leitbild-monitor/api/audit';
import { type RequestContext, TransactionRunner } from '@leitbild-monitor/api/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { freshDatabase, startTestAppOn, TEST_AUDIT_KEY, TestApp } from '../test/test-app';

/**
 * PostgreSQL: audit entries are inserted unsealed with an id from a sequence, and one instance — the holder of an
 * advisory lock — chains and seals them after their commit (libs/api/audit, audit-sealer.ts). So writes of several
 * instances never queue on the chain's head, and the log stays one keyed chain that verification checks.
 */
describe('audit log sealed after commit (PostgreSQL, several instances)', () => {
  jest.setTimeout(90_000);
  const context: RequestContext = { principal: null, clientAddress: '192.0.2.7' };
  const keys = AuditKeyRing.fromHex(TEST_AUDIT_KEY);
  let database: { url: string; drop: () => Promise<void> };
  const started: TestApp[] = [];

  beforeEach(async () => {
    database = await freshDatabase();
  });
  afterEach(async () => {
    for (const test of started.splice(0)) await test.close().catch(() => undefined);
    await database.drop();
  });

  async function instance(): Promise<TestApp> {
    const test = await startTestAppOn(database.url);
    started.push(test);
    return test;
  }

  const manager = (test: TestApp) => test.app.get(DataSource).manager;
  const verify = (test: TestApp) => verifyAuditChain(manager(test), { keys, anchorFiles: [] });
  const rows = (test: TestApp) => manager(test).find(AuditEntryEntity, { order: { id: 'ASC' } });
  /** The notes about unsealed entries (others, such as "no anchor", are not what these tests are about). */
  const unsealedNotes = (report: { notes: string[] }) => report.notes.filter((note) => /not sealed/.test(note));
  const head = async (test: TestApp) => (await manager(test).findOneByOrFail(AuditHeadEntity, { id: 1 })).lastId;

  /**
   * Passes of every instance's sealer until every entry is sealed. A missing id waits out its grace period and every
   * write transaction of the server that ran when it was first seen — other tests' too — so this allows for 45 s.
   */
  async function sealAll(...tests: TestApp[]): Promise<void> {
    for (let attempt = 0; attempt < 180; attempt++) {
      for (const test of tests) await test.app.get(AuditSealer).sealNow();
      const [{ unsealed, last }] = await manager(tests[0]).query(
        `SELECT COUNT(*) FILTER (WHERE hash = '') AS unsealed, COALESCE(MAX(id), 0) AS last FROM audit_entry`,
      );
      if (Number(unsealed) === 0 && Number(last) === (await head(tests[0]))) return;
      await new Promise((done) => setTimeout(done, 250));
    }
    throw new Error('the audit entries were not sealed');
  }

  it('two instances writing at once produce one keyed chain, and exactly one of them seals', async () => {
    const [first, second] = [await instance(), await instance()];
    await Promise.all(
      [first, second].flatMap((test, which) =>
        Array.from({ length: 40 }, (_, index) =>
          test.app.get(AuditService).recordAlone(context, { action: 'test.parallel', targetId: `${which}-${index}` }),
        ),
      ),
    );
    await sealAll(first, second);
    expect([first, second].filter((test) => test.app.get(AuditSealer).leading)).toHaveLength(1);
    const all = await rows(first);
    expect(all.filter((row) => row.action === 'test.parallel')).toHaveLength(80);
    expect(all.map((row) => row.id)).toEqual(all.map((_, index) => index + 1));
    expect(all.every((row) => row.keyId === keys.current.id && row.hash !== '')).toBe(true);
    const report = await verify(first);
    expect(report).toMatchObject({ ok: true, entries: all.length });
    expect(unsealedNotes(report)).toEqual([]);
  });

  it("a write is not held up by another instance's write that has not committed yet", async () => {
    const [first, second] = [await instance(), await instance()];
    let commit: () => void = () => undefined;
    const held = new Promise<void>((done) => (commit = done));
    let inserted: () => void = () => undefined;
    const insertedOnce = new Promise<void>((done) => (inserted = done));
    const open = first.app.get(TransactionRunner).run(async (transaction) => {
      await first.app.get(AuditService).record(transaction, context, { action: 'test.held_open' });
      inserted();
      await held;
    });
    await insertedOnce;
    // With a head row locked by every append, this waited for the open transaction: here until the timeout.
    const outcome = await Promise.race([
      second.app
        .get(AuditService)
        .recordAlone(context, { action: 'test.not_held_up' })
        .then(() => 'written'),
      new Promise((done) => setTimeout(() => done('waited'), 5000)),
    ]);
    expect(outcome).toBe('written');
    // The sealer does not pass the open transaction's id: the entry after it waits, unsealed.
    await second.app.get(AuditSealer).sealNow();
    await first.app.get(AuditSealer).sealNow();
    const waiting = await manager(first).findOneByOrFail(AuditEntryEntity, { action: 'test.not_held_up' });
    expect(waiting.hash).toBe('');
    expect(unsealedNotes(await verify(first))).toEqual([expect.stringMatching(/not sealed yet/)]);
    commit();
    await open;
    await sealAll(first, second);
    const all = await rows(first);
    const heldOpen = all.find((row) => row.action === 'test.held_open') as AuditEntryEntity;
    expect(heldOpen.id).toBeLessThan(waiting.id);
    const report = await verify(first);
    expect(report).toMatchObject({ ok: true, entries: all.length });
    expect(unsealedNotes(report)).toEqual([]);
  });

  it('ids whose transaction rolled back are sealed as one skipped entry, which verification accepts and a removal does not pass as', async () => {
    const test = await instance();
    const audit = test.app.get(AuditService);
    await expect(
      test.app.get(TransactionRunner).run(async (transaction) => {
        for (let index = 0; index < 3; index++)
          await audit.record(transaction, context, { action: 'test.rolled_back', targetId: String(index) });
        throw new Error('the change these entries recorded failed');
      }),
    ).rejects.toThrow(/failed/);
    await audit.recordAlone(context, { action: 'test.after_rollback' });
    const started = Date.now();
    await sealAll(test);
    // The ids are given up only after the grace period, once no transaction that could hold them is left.
    expect(Date.now() - started).toBeGreaterThanOrEqual(GAP_GRACE_MS - 200);
    const all = await rows(test);
    expect(all.some((row) => row.action === 'test.rolled_back')).toBe(false);
    const after = all.find((row) => row.action === 'test.after_rollback') as AuditEntryEntity;
    const skipped = all.find((row) => row.id === after.id - 3) as AuditEntryEntity;
    expect(skipped).toMatchObject({ action: ENTRY_SKIPPED, keyId: keys.current.id, userId: null });
    expect(JSON.parse(skipped.details)).toMatchObject({ through: after.id - 1 });
    expect(all.filter((row) => row.id > skipped.id && row.id < after.id)).toEqual([]);
    expect(await verify(test)).toMatchObject({ ok: true, entries: after.id });

    // An entry put into the skipped ids afterwards is an insertion.
    const entries = manager(test).getRepository(AuditEntryEntity);
    await entries.insert({ ...after, id: skipped.id + 1 });
    expect(await verify(test)).toMatchObject({ ok: false, brokenAt: skipped.id + 1, problem: /inserted/ });
    await entries.delete({ id: skipped.id + 1 });
    expect(await verify(test)).toMatchObject({ ok: true });

    // Removing a sealed entry and putting a "skipped" one in its place needs the key: without it, it fails.
    const target = all.find((row) => row.action === 'auth.login') as AuditEntryEntity;
    const forged = { ...target, action: ENTRY_SKIPPED, details: '{}', keyId: keys.current.id as string };
    forged.hash = sealEntry(auditKeyFromHex('e5'.repeat(32)), forged);
    await entries.delete({ id: target.id });
    await entries.insert(forged);
    expect(await verify(test)).toMatchObject({ ok: false, brokenAt: target.id, problem: /altered/ });
  });

  it('detects a sealed entry changed, removed or inserted', async () => {
    const test = await instance();
    for (let index = 0; index < 5; index++)
      await test.app.get(AuditService).recordAlone(context, { action: 'test.sealed', targetId: String(index) });
    await sealAll(test);
    const all = await rows(test);
    const target = all[all.length - 3];
    const entries = manager(test).getRepository(AuditEntryEntity);
    expect(await verify(test)).toMatchObject({ ok: true });

    await entries.update({ id: target.id }, { details: '{"changed":true}' });
    expect(await verify(test)).toMatchObject({ ok: false, brokenAt: target.id, problem: /altered/ });
    await entries.update({ id: target.id }, { details: target.details });
    expect(await verify(test)).toMatchObject({ ok: true });

    await entries.delete({ id: target.id });
    expect(await verify(test)).toMatchObject({ ok: false, brokenAt: target.id, problem: /missing/ });
    await entries.insert(target);
    expect(await verify(test)).toMatchObject({ ok: true });

    // Inserted: the later entries moved up by one, a copy of the target with another actor in the free place.
    await manager(test).transaction(async (transaction) => {
      await transaction.query('UPDATE audit_entry SET id = -id WHERE id > $1', [target.id]);
      await transaction.query('UPDATE audit_entry SET id = 1 - id WHERE id < 0');
      await transaction.insert(AuditEntryEntity, { ...target, id: target.id + 1, actorLabel: 'someone@example.org' });
      await transaction.query('UPDATE audit_head SET last_id = last_id + 1 WHERE id = 1');
    });
    expect(await verify(test)).toMatchObject({ ok: false, brokenAt: target.id + 1 });
  });

  it('entries inserted while no instance could seal are sealed by the next one that can', async () => {
    // The sealer's lock held elsewhere: as if its holder had crashed after the entries' commit, before their seal.
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    let test: TestApp;
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [SEALER_LOCK_KEY]);
      test = await instance();
      for (let index = 0; index < 3; index++)
        await test.app.get(AuditService).recordAlone(context, { action: 'test.unsealed', targetId: String(index) });
      await test.app.get(AuditSealer).sealNow();
      const unsealed = (await rows(test)).filter((row) => row.hash === '');
      expect(unsealed.map((row) => row.action)).toEqual(expect.arrayContaining(Array(3).fill('test.unsealed')));
      // A short unsealed tail is reported, not failed; the sealed part verifies.
      const report = await verify(test);
      expect(report).toMatchObject({ ok: true, entries: await head(test) });
      expect(unsealedNotes(report)).toEqual([
        expect.stringMatching(/entries \d+–\d+ \(\d+\) written since .* are not sealed yet/),
      ]);
      // Its shutdown cannot seal them either (it does not hold the lock).
      await test.close();
      started.splice(started.indexOf(test), 1);
    } finally {
      await holder.end();
    }
    test = await instance();
    await sealAll(test);
    const all = await rows(test);
    expect(all.filter((row) => row.action === 'test.unsealed').every((row) => row.keyId === keys.current.id)).toBe(
      true,
    );
    const report = await verify(test);
    expect(report).toMatchObject({ ok: true, entries: all.length });
    expect(unsealedNotes(report)).toEqual([]);
  });

  it('does not seal entries after a head that was moved back, and verification reports the cut', async () => {
    const test = await instance();
    for (let index = 0; index < 3; index++)
      await test.app.get(AuditService).recordAlone(context, { action: 'test.sealed', targetId: String(index) });
    await sealAll(test);
    const all = await rows(test);
    const kept = all[all.length - 3];
    // Entry after `kept` removed and the head moved back to it: the sealer must not seal the rest anew.
    await manager(test).delete(AuditEntryEntity, { id: kept.id + 1 });
    await manager(test).update(AuditHeadEntity, { id: 1 }, { lastId: kept.id, lastHash: kept.hash });
    await test.app.get(AuditSealer).sealNow();
    const last = all[all.length - 1];
    expect((await manager(test).findOneByOrFail(AuditEntryEntity, { id: last.id })).hash).toBe(last.hash);
    expect(await head(test)).toBe(kept.id);
    expect(await verify(test)).toMatchObject({ ok: false, brokenAt: kept.id + 2, problem: /head was moved back/ });
  });
});
