import {
  AuditEntryEntity,
  appendAnchor,
  formatAnchor,
  readAuditKeys,
  readChainHead,
  verifyAuditChain,
} from '@leitbild-monitor/api/audit';
import { databaseOptions, InvalidConfigError, loadAppConfig, nowIso } from '@leitbild-monitor/api/platform';
import type { AuditChainReport } from '@leitbild-monitor/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { parseArgs } from 'node:util';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

const USAGE = 'Usage: npm run audit:verify [-- [--anchors <file>]... [--accept-restore]]';

/**
 * `npm run audit:verify`: checks the audit log in the configured database (DATABASE_URL) with the audit keys
 * (AUDIT_KEY or the key file beside the SQLite database, and AUDIT_PREVIOUS_KEYS) against the anchors in
 * AUDIT_ANCHOR_FILE and any `--anchors <file>` given. Exit code 0: intact; 1: altered, inserted, removed or cut
 * off at the end; 2: it could not check (settings, no key, no database). Reads only, and applies no migrations.
 *
 * `--accept-restore`: after a database was set back to a backup on purpose outside `npm run restore` (PostgreSQL),
 * records in the anchor file that the log now ends where it does, if the chain itself is intact.
 */
async function main(): Promise<number> {
  let options: { anchors?: string[]; 'accept-restore'?: boolean };
  try {
    options = parseArgs({
      options: { anchors: { type: 'string', multiple: true }, 'accept-restore': { type: 'boolean' } },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  const config = loadAppConfig();
  const keys = readAuditKeys(config.audit);
  if (!keys) {
    console.error(
      `No audit key: set AUDIT_KEY (and AUDIT_PREVIOUS_KEYS for retired keys), or keep ${config.audit.keyFile} ` +
        'beside the database.',
    );
    return 2;
  }
  const dataSource = new DataSource({
    ...databaseOptions(config.database, ENTITIES, MIGRATIONS),
    migrationsRun: false,
  });
  await dataSource.initialize();
  try {
    const anchorFiles = [config.audit.anchorFile, ...(options.anchors ?? [])];
    if (options['accept-restore']) {
      const chain = await verifyAuditChain(dataSource.manager, { keys: keys.ring, anchorFiles: [] });
      if (!chain.ok) return await printReport(dataSource.manager, chain);
      const head = await readChainHead(dataSource.manager);
      const line = formatAnchor(
        { at: nowIso(), kind: 'restore', lastId: head.lastId, hash: head.lastHash, backup: null },
        keys.ring.current,
      );
      await appendAnchor(config.audit.anchorFile, line);
      console.log(`Recorded in ${config.audit.anchorFile}: the log ends at entry ${head.lastId} on purpose.`);
    }
    return await printReport(
      dataSource.manager,
      await verifyAuditChain(dataSource.manager, { keys: keys.ring, anchorFiles }),
    );
  } finally {
    await dataSource.destroy();
  }
}

async function printReport(manager: EntityManager, report: AuditChainReport): Promise<number> {
  for (const note of report.notes) console.error(`Note: ${note}.`);
  if (report.ok) {
    console.log(`Audit log intact: ${report.entries} entries verified, ${report.anchors} anchors matched.`);
    return 0;
  }
  const broken = report.brokenAt ? await manager.findOneBy(AuditEntryEntity, { id: report.brokenAt }) : null;
  console.error(
    `Audit log BROKEN` +
      (report.brokenAt ? ` at entry ${report.brokenAt}` + (broken ? ` (${broken.at}, ${broken.action})` : '') : '') +
      `: ${report.problem}. ${report.entries} entries before it verified.`,
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof InvalidConfigError ? error.message : error);
    process.exit(2);
  },
);
