import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syncWalOf } from '../database/wal-sync';

const BACKUP_FILE = /^leitbild-monitor-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/;

/**
 * Copies a live SQLite database page by page with SQLite's online backup API: consistent even while the
 * server writes (it restarts on concurrent changes), never a file copy that could catch a half-written page.
 */
export async function backupSqliteDatabase(sourcePath: string, targetPath: string): Promise<void> {
  const source = new Database(sourcePath, { fileMustExist: true, timeout: 5000 });
  try {
    await source.backup(targetPath, { progress: backupStepPages() });
    // The copy may hold a commit of the running server whose WAL sync has not completed yet (its answer waits for
    // it). Synced now, the database on disk is never behind the backup taken from it, nor behind the audit anchor
    // that names the backup's head.
    await syncWalOf(sourcePath);
  } finally {
    source.close();
  }
}

/** Pages copied per step while the copy runs undisturbed: small steps keep the event loop free between them. */
const PAGES_PER_STEP = 100;

/**
 * How many pages the next step of an online backup copies. SQLite starts the copy over whenever another connection
 * writes between two steps, so under steady writes a copy in small steps may never finish (the server keeps
 * writing, the backup keeps restarting). Once a restart is seen, the rest is copied in one step: one read
 * transaction, which in WAL mode does not stop the writers.
 */
export function backupStepPages(): (info: { totalPages: number; remainingPages: number }) => number {
  let lastRemaining = Number.POSITIVE_INFINITY;
  let restarted = false;
  return ({ totalPages, remainingPages }) => {
    if (remainingPages > lastRemaining) restarted = true;
    lastRemaining = remainingPages;
    return restarted ? Math.max(totalPages, PAGES_PER_STEP) : PAGES_PER_STEP;
  };
}

/** `PRAGMA integrity_check` and the presence of the migrations table: is this a usable product database? */
export function checkSqliteDatabase(path: string): { ok: boolean; problems: string[] } {
  const database = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const problems = (database.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .filter((result) => result !== 'ok');
    const migrations = database
      .prepare("SELECT COUNT(*) AS count FROM sqlite_master WHERE type = 'table' AND name = 'migrations'")
      .get() as {
      count: number;
    };
    if (migrations.count === 0) problems.push('no migrations table: not a Leitbild-Monitor database');
    return { ok: problems.length === 0, problems };
  } finally {
    database.close();
  }
}

/**
 * The folder of files kept beside an SQLite database instead of in it (the sign-language video): `media` next to
 * the database file.
 */
export function mediaDirectory(databasePath: string): string {
  return join(dirname(databasePath), 'media');
}

/** Where a backup keeps its copy of the media folder: beside the backup file, named after it. */
export function backupMediaFolder(backupFile: string): string {
  return `${backupFile.replace(/\.db$/, '')}.media`;
}

/**
 * Writes a new time-stamped backup into `dir` — the database and, when there is one, a copy of its media folder
 * beside it (`<backup>.media`) — and deletes the oldest beyond `keep` with their media. Returns the new file.
 */
export async function writeBackup(sourcePath: string, dir: string, keep: number, now = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `leitbild-monitor-${now.toISOString().replace(/[:.]/g, '-')}.db`);
  await backupSqliteDatabase(sourcePath, target);
  const media = mediaDirectory(sourcePath);
  if (existsSync(media)) cpSync(media, backupMediaFolder(target), { recursive: true });
  const backups = readdirSync(dir)
    .filter((name) => BACKUP_FILE.test(name))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) {
    rmSync(join(dir, old), { force: true });
    rmSync(backupMediaFolder(join(dir, old)), { recursive: true, force: true });
  }
  return target;
}

/**
 * Puts a backup's media folder in place of the database's, keeping the current one as
 * `media.before-restore-<time>`. Returns the folder restored, or null for a backup without media (written before
 * backups included them): then the current media folder stays as it is.
 */
export function restoreMediaFolder(backupPath: string, targetDatabasePath: string, now = new Date()): string | null {
  const saved = backupMediaFolder(backupPath);
  if (!existsSync(saved)) return null;
  const media = mediaDirectory(targetDatabasePath);
  if (existsSync(media)) renameSync(media, `${media}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
  cpSync(saved, media, { recursive: true });
  return media;
}

/**
 * Replaces the database at `targetPath` with a backup, through the backup API again, so SQLite locks the target
 * properly. The current database is first saved next to it as `<name>.before-restore-<time>`.
 */
export async function restoreSqliteDatabase(
  backupPath: string,
  targetPath: string,
  now = new Date(),
): Promise<string | null> {
  const check = checkSqliteDatabase(backupPath);
  if (!check.ok) throw new Error(`${backupPath} is not a usable backup: ${check.problems.join('; ')}`);
  let saved: string | null = null;
  try {
    saved = `${targetPath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    await backupSqliteDatabase(targetPath, saved);
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_CANTOPEN') throw error;
    saved = null; // nothing to keep: the target does not exist yet
  }
  await backupSqliteDatabase(backupPath, targetPath);
  return saved;
}
