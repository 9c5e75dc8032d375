import { AuditEntryEntity, verifyAuditChain } from '@leitbild-monitor/api/audit';
import { databaseOptions, InvalidConfigError, loadAppConfig } from '@leitbild-monitor/api/platform';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * `npm run audit:verify`: recomputes the audit log's hash chain in the configured database (DATABASE_URL) and
 * exits with 1 if any entry was altered, inserted or removed. Read-only; it applies no migrations.
 */
async function main(): Promise<number> {
  const config = loadAppConfig();
  const dataSource = new DataSource({
    ...databaseOptions(config.database, ENTITIES, MIGRATIONS),
    migrationsRun: false,
  });
  await dataSource.initialize();
  try {
    const report = await verifyAuditChain(dataSource.manager);
    if (report.ok) {
      console.log(`Audit log intact: ${report.entries} entries verified.`);
      return 0;
    }
    const broken = await dataSource.manager.findOneBy(AuditEntryEntity, { id: report.brokenAt ?? 0 });
    console.error(
      `Audit log BROKEN at entry ${report.brokenAt}` +
        (broken ? ` (${broken.at}, ${broken.action})` : ' (entries missing at the end)') +
        `; ${report.entries} entries before it verified.`,
    );
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof InvalidConfigError ? error.message : error);
    process.exit(2);
  },
);
