import { anchorDatabaseFile } from '@leitbild-monitor/api/audit';
import { InvalidConfigError, loadAppConfig, writeBackup } from '@leitbild-monitor/api/platform';

/**
 * `npm run backup [-- <folder>]`: a consistent online backup of the SQLite database while the server runs,
 * into BACKUP_DIR (or the given folder), keeping the newest BACKUP_KEEP backups. The audit log's head contained in
 * the backup is anchored in AUDIT_ANCHOR_FILE.
 */
async function main(): Promise<number> {
  const config = loadAppConfig();
  if (config.database.type !== 'sqlite') {
    console.error('DATABASE_URL names PostgreSQL: back it up with pg_dump (see docs/operations.md).');
    return 2;
  }
  const file = await writeBackup(config.database.path, process.argv[2] ?? config.backup.dir, config.backup.keep);
  console.log(`Backup written: ${file}`);
  console.log(await anchorDatabaseFile(config.audit, file, 'backup', file));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof InvalidConfigError
        ? error.message
        : `Backup failed: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  },
);
