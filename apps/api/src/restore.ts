import { anchorDatabaseFile } from '@leitbild-monitor/api/audit';
import {
  checkSqliteDatabase,
  InvalidConfigError,
  loadAppConfig,
  restoreMediaFolder,
  restoreSqliteDatabase,
} from '@leitbild-monitor/api/platform';

/**
 * `npm run restore -- <backup file>`: checks the backup, keeps the current database as
 * `<name>.before-restore-<time>`, and writes the backup into DATABASE_URL; the backup's media folder (the
 * sign-language video), when it has one, replaces the current one, which is kept as `media.before-restore-<time>`. Stop the server first. The anchor file
 * then records that the audit log was set back to the backup's head on purpose, so `audit:verify` does not take
 * the entries after it for removed.
 */
async function main(): Promise<number> {
  const config = loadAppConfig();
  const backup = process.argv[2];
  if (!backup) {
    console.error('Usage: npm run restore -- <backup file>');
    return 2;
  }
  if (config.database.type !== 'sqlite') {
    console.error('DATABASE_URL names PostgreSQL: restore it with pg_restore (see docs/operations.md).');
    return 2;
  }
  const saved = await restoreSqliteDatabase(backup, config.database.path);
  const check = checkSqliteDatabase(config.database.path);
  if (!check.ok) {
    console.error(`Restored database fails its check: ${check.problems.join('; ')}`);
    return 1;
  }
  console.log(
    `Restored ${backup} into ${config.database.path}` + (saved ? ` (previous database kept as ${saved})` : ''),
  );
  const media = restoreMediaFolder(backup, config.database.path);
  console.log(
    media ? `Restored the media folder into ${media}` : 'The backup has no media folder: media left as they are',
  );
  console.log(await anchorDatabaseFile(config.audit, config.database.path, 'restore', backup));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof InvalidConfigError
        ? error.message
        : `Restore failed: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  },
);
