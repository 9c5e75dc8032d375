import { AuditAnchorWriter, AuditHeadEntity, AuditService } from '@leitbild-monitor/api/audit';
import { BackupScheduler, checkSqliteDatabase, writeBackup } from '@leitbild-monitor/api/platform';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { api, createMeasure, seedCatalog } from '../test/fixtures';
import { commandEnv, startTestApp, startTestAppOn, TestApp } from '../test/test-app';

const DIST = join(__dirname, '../../../../dist/apps/api');

/** Row counts of every table, to compare two databases. */
async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = (await dataSource.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  )) as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables)
    counts[name] = Number((await dataSource.query(`SELECT COUNT(*) AS count FROM "${name}"`))[0].count);
  return counts;
}

/** The audit key travels with the backups here: a restored copy in another folder has no key file beside it. */
const AUDIT = { AUDIT_KEY: 'e5'.repeat(32) };

/** The anchor file's lines. */
const anchorsIn = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { kind: string; lastId: number; hash: string; backup: string | null });

describe('backups (SQLite)', () => {
  let test: TestApp;
  let folder: string;
  beforeAll(async () => {
    test = await startTestApp(AUDIT);
    folder = mkdtempSync(join(tmpdir(), 'lbm-backups-'));
  });
  afterAll(async () => {
    await test.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const sourcePath = () => (test.config.database.type === 'sqlite' ? test.config.database.path : '');

  it('backs up while writes go on, and the restored copy is complete and consistent', async () => {
    const catalogue = await seedCatalog(test.app);
    const measures = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        createMeasure(test.app, { title: `Last ${index}`, fieldOfActionId: catalogue.fields[0].id }),
      ),
    );
    let running = true;
    const acknowledgedBeforeBackup = new Map<string, number>();
    let backupStarted = false;
    const writers = measures.map(async (measure) => {
      let version = 1;
      while (running) {
        const response = await api(test.app)
          .patch(`/api/v1/measures/${measure.id}`)
          .set('If-Match', `"${version}"`)
          .send({ progress: version % 100 });
        expect(response.status).toBe(200);
        version = response.body.version;
        if (!backupStarted) acknowledgedBeforeBackup.set(measure.id, version);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    backupStarted = true;
    const file = await writeBackup(sourcePath(), folder, 5);
    running = false;
    await Promise.all(writers);

    expect(checkSqliteDatabase(file)).toEqual({ ok: true, problems: [] });
    const restored = await startTestAppOn(`sqlite:${file}`, AUDIT);
    try {
      for (const measure of measures) {
        const copy = (await api(restored.app).get(`/api/v1/measures/${measure.id}`).expect(200)).body;
        expect(copy.version).toBeGreaterThanOrEqual(acknowledgedBeforeBackup.get(measure.id) ?? 1);
        const history = (await api(restored.app).get(`/api/v1/measures/${measure.id}/history`).expect(200)).body;
        expect(history.total).toBe(copy.version);
      }
      expect(await restored.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });
    } finally {
      await restored.close();
    }
  });

  it('keeps only the newest BACKUP_KEEP backups', async () => {
    const dir = join(folder, 'rotation');
    for (let index = 0; index < 4; index++)
      await writeBackup(sourcePath(), dir, 2, new Date(Date.UTC(2026, 0, 1, 0, 0, index)));
    expect(readdirSync(dir).sort()).toEqual([
      'leitbild-monitor-2026-01-01T00-00-02-000Z.db',
      'leitbild-monitor-2026-01-01T00-00-03-000Z.db',
    ]);
  });

  it('ships backup and restore commands: restore brings back exactly the backed-up rows and keeps the replaced database', async () => {
    const dir = join(folder, 'cli');
    const env = { ...process.env, DATABASE_URL: `sqlite:${sourcePath()}`, BACKUP_DIR: dir };
    // The sign-language video lives in the media folder beside the database, not in it: backed up beside the backup.
    const video = Buffer.from('\u0000\u0000\u0000\u0018ftypmp42 a sign-language video');
    mkdirSync(join(dirname(sourcePath()), 'media'), { recursive: true });
    writeFileSync(join(dirname(sourcePath()), 'media', 'gebaerdensprache.mp4'), video);
    const out = execFileSync(process.execPath, [join(DIST, 'backup.js')], {
      env: { ...env, ...AUDIT },
      encoding: 'utf8',
    });
    const backup = /Backup written: (.+)$/m.exec(out)?.[1] as string;
    const counts = await tableCounts(test.app.get(DataSource));

    // A folder of its own, so its audit anchors (beside the database) are not the running source's: the source keeps
    // anchoring its own, later head, which the restored copy is rightly behind (restores and anchors: see below).
    const target = join(folder, 'restored', 'restored.db');
    mkdirSync(dirname(target), { recursive: true });
    const restoreOut = execFileSync(process.execPath, [join(DIST, 'restore.js'), backup], {
      env: { ...process.env, ...AUDIT, DATABASE_URL: `sqlite:${target}` },
      encoding: 'utf8',
    });
    expect(restoreOut).toContain(`Restored ${backup} into ${target}`);
    expect(restoreOut).toContain(`Restored the media folder into ${join(dirname(target), 'media')}`);
    const restored = await startTestAppOn(`sqlite:${target}`, AUDIT);
    try {
      const served = await api(restored.app)
        .get('/api/v1/public/pages/gebaerdensprache/video')
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(Buffer.compare(served.body as Buffer, video)).toBe(0);
      const restoredCounts = await tableCounts(restored.app.get(DataSource));
      // The restored instance's own start adds sign-in rows (session, token, audit); everything else is equal.
      for (const table of [
        'measure',
        'measure_history',
        'measure_guideline',
        'actor',
        'field_of_action',
        'guideline',
        'app_user',
        'migrations',
      ]) {
        expect([table, restoredCounts[table]]).toEqual([table, counts[table]]);
      }
      expect(await restored.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });
    } finally {
      await restored.close();
    }

    // Restoring over an existing database keeps the old one aside.
    const again = execFileSync(process.execPath, [join(DIST, 'restore.js'), backup], {
      env: { ...process.env, ...AUDIT, DATABASE_URL: `sqlite:${target}` },
      encoding: 'utf8',
    });
    expect(again).toMatch(/previous database kept as .+\.before-restore-/);
    expect(() =>
      execFileSync(process.execPath, [join(DIST, 'restore.js'), join(folder, 'missing.db')], {
        env: { ...process.env, DATABASE_URL: `sqlite:${target}` },
        stdio: 'pipe',
      }),
    ).toThrow();
  });

  it('anchors the audit log head every backup contains, scheduled or by command', async () => {
    const head = await test.app.get(DataSource).getRepository(AuditHeadEntity).findOneByOrFail({ id: 1 });
    const file = await test.app.get(BackupScheduler).backupNow();
    expect(anchorsIn(test.config.audit.anchorFile).at(-1)).toMatchObject({
      kind: 'backup',
      lastId: head.lastId,
      hash: head.lastHash,
      backup: basename(file),
    });

    const dir = join(folder, 'anchored');
    const out = execFileSync(process.execPath, [join(DIST, 'backup.js')], {
      env: { ...process.env, ...commandEnv(test.config), BACKUP_DIR: dir },
      encoding: 'utf8',
    });
    const written = /Backup written: (.+)$/m.exec(out)?.[1] as string;
    expect(out).toMatch(/Audit anchor \(backup: the log ends at entry \d+\)/);
    expect(anchorsIn(test.config.audit.anchorFile).at(-1)).toMatchObject({ kind: 'backup', backup: basename(written) });
  });

  it('records a restore in the anchor file, so the entries after the backup count as restored, not removed', async () => {
    const own = await startTestApp(AUDIT);
    const path = own.config.database.type === 'sqlite' ? own.config.database.path : '';
    const env = { ...process.env, ...commandEnv(own.config), BACKUP_DIR: join(folder, 'own') };
    const verify = () => spawnSync(process.execPath, [join(DIST, 'verify-audit.js')], { env, encoding: 'utf8' });
    try {
      const catalogue = await seedCatalog(own.app);
      const backup = await own.app.get(BackupScheduler).backupNow();
      await createMeasure(own.app, { title: 'Nach der Sicherung', fieldOfActionId: catalogue.fields[0].id });
      await own.app.get(AuditAnchorWriter).anchorHead('interval');
      await own.app.close();

      const restored = execFileSync(process.execPath, [join(DIST, 'restore.js'), backup], { env, encoding: 'utf8' });
      expect(restored).toMatch(/Audit anchor \(restore: the log ends at entry \d+\)/);
      const kinds = anchorsIn(own.config.audit.anchorFile).map((anchor) => anchor.kind);
      expect(kinds).toEqual(expect.arrayContaining(['backup', 'interval']));
      expect(kinds.at(-1)).toBe('restore');
      expect(verify()).toMatchObject({ status: 0 });

      // Without the restore's anchor the same database reads as cut off after the backup's head.
      const lines = readFileSync(own.config.audit.anchorFile, 'utf8').trimEnd().split('\n');
      writeFileSync(own.config.audit.anchorFile, `${lines.slice(0, -1).join('\n')}\n`);
      expect(verify()).toMatchObject({ status: 1, stderr: expect.stringMatching(/were removed/) });
    } finally {
      await (await startTestAppOn(`sqlite:${path}`, AUDIT)).close();
      rmSync(join(path, '..'), { recursive: true, force: true });
    }
  });
});
