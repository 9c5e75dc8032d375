import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupMediaFolder, backupStepPages, mediaDirectory, restoreMediaFolder, writeBackup } from './sqlite-backup';

describe('backupStepPages', () => {
  it('copies in small steps while the copy runs undisturbed', () => {
    const step = backupStepPages();
    expect(step({ totalPages: 1000, remainingPages: 1000 })).toBe(100);
    expect(step({ totalPages: 1000, remainingPages: 900 })).toBe(100);
    expect(step({ totalPages: 1000, remainingPages: 800 })).toBe(100);
  });

  it('copies the rest in one step once a write has made SQLite start over, so steady writes cannot starve it', () => {
    const step = backupStepPages();
    step({ totalPages: 1000, remainingPages: 1000 });
    step({ totalPages: 1000, remainingPages: 900 });
    expect(step({ totalPages: 1002, remainingPages: 1002 })).toBe(1002);
    expect(step({ totalPages: 1002, remainingPages: 500 })).toBe(1002);
  });
});

describe('backups with the media folder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lbm-media-backup-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A small product database (a migrations table is what the restore checks for) with a video beside it. */
  function database(folder: string, video: string | null): string {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, 'leitbild-monitor.db');
    const db = new Database(path);
    db.exec('CREATE TABLE migrations (id INTEGER PRIMARY KEY)');
    db.close();
    if (video !== null) {
      mkdirSync(mediaDirectory(path), { recursive: true });
      writeFileSync(join(mediaDirectory(path), 'gebaerdensprache.mp4'), video);
    }
    return path;
  }
  const at = (second: number) => new Date(Date.UTC(2031, 0, 1, 0, 0, second));

  it('copies the media folder beside each backup and removes it with the backup', async () => {
    const source = database(join(root, 'live'), 'video-1');
    const dir = join(root, 'backups');
    const first = await writeBackup(source, dir, 2, at(1));
    expect(readFileSync(join(backupMediaFolder(first), 'gebaerdensprache.mp4'), 'utf8')).toBe('video-1');
    await writeBackup(source, dir, 2, at(2));
    await writeBackup(source, dir, 2, at(3));
    expect(existsSync(first)).toBe(false);
    expect(existsSync(backupMediaFolder(first))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([
      'leitbild-monitor-2031-01-01T00-00-02-000Z.db',
      'leitbild-monitor-2031-01-01T00-00-02-000Z.media',
      'leitbild-monitor-2031-01-01T00-00-03-000Z.db',
      'leitbild-monitor-2031-01-01T00-00-03-000Z.media',
    ]);
  });

  it('restores the media folder and keeps the current one; a backup without media leaves them as they are', async () => {
    const source = database(join(root, 'live'), 'video-1');
    const backup = await writeBackup(source, join(root, 'backups'), 5, at(1));
    writeFileSync(join(mediaDirectory(source), 'gebaerdensprache.mp4'), 'video-2');

    expect(restoreMediaFolder(backup, source, at(9))).toBe(mediaDirectory(source));
    expect(readFileSync(join(mediaDirectory(source), 'gebaerdensprache.mp4'), 'utf8')).toBe('video-1');
    const kept = `${mediaDirectory(source)}.before-restore-2031-01-01T00-00-09-000Z`;
    expect(readFileSync(join(kept, 'gebaerdensprache.mp4'), 'utf8')).toBe('video-2');

    const withoutVideo = await writeBackup(database(join(root, 'other'), null), join(root, 'other-backups'), 5, at(2));
    expect(existsSync(backupMediaFolder(withoutVideo))).toBe(false);
    expect(restoreMediaFolder(withoutVideo, source, at(10))).toBeNull();
    expect(readFileSync(join(mediaDirectory(source), 'gebaerdensprache.mp4'), 'utf8')).toBe('video-1');
  });
});
