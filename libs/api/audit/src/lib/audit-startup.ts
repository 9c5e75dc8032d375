import { APP_CONFIG, type AppConfig, InvalidConfigError } from '@leitbild-monitor/api/platform';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAnchorWriter } from './audit-anchor-writer';
import { auditKeyFromHex, AuditKeyRing, generateAuditKeyFile, readAuditKeys } from './audit-key';
import { AuditKeyStore } from './audit-key.store';
import { AuditSealer } from './audit-sealer';
import { AuditService } from './audit.service';

const logger = new Logger('Audit');

/**
 * The instance's audit keys: AUDIT_KEY (with AUDIT_PREVIOUS_KEYS), else the key file beside the SQLite database.
 * Neither: a key is generated into that file, once, and the log says where — like the first administrator's
 * password — unless the log is already sealed with a key: then the start stops, since a new key would leave
 * the existing entries unverifiable (the key file was lost or the database moved without it).
 * PostgreSQL always has AUDIT_KEY (the settings require it), so this reads no table before its migrations ran.
 */
export async function loadServerAuditKeys(config: AppConfig, dataSource: DataSource): Promise<AuditKeyRing> {
  let loaded;
  try {
    loaded = readAuditKeys(config.audit);
  } catch (error) {
    throw new InvalidConfigError([error instanceof Error ? error.message : String(error)]);
  }
  if (loaded) {
    if (loaded.source.kind === 'file' && loaded.source.readableByOthers) {
      logger.warn(`${loaded.source.path} can be read by other users: chmod 600 it, or move the key into AUDIT_KEY.`);
    }
    return loaded.ring;
  }
  const file = config.audit.keyFile;
  if (!file) throw new InvalidConfigError(['AUDIT_KEY is not set']);
  const sealed = (await dataSource.query(
    'SELECT key_id AS "keyId" FROM audit_entry WHERE key_id IS NOT NULL ORDER BY id DESC LIMIT 1',
  )) as { keyId: string }[];
  if (sealed.length > 0) {
    throw new InvalidConfigError([
      `The audit log is sealed with key ${sealed[0].keyId}, but AUDIT_KEY is not set and ${file} does not exist. ` +
        `Put the key file back or set AUDIT_KEY (docs/security.md, "Audit log").`,
    ]);
  }
  const key = generateAuditKeyFile(file);
  logger.warn(
    `Audit key generated and kept in ${file} (key id ${key.id}). Back it up apart from the database, ` +
      `or better move it into AUDIT_KEY: without it the audit log cannot be verified.`,
  );
  return new AuditKeyRing(key, config.audit.previousKeys.map(auditKeyFromHex));
}

/**
 * When the application starts, before any other module records anything (global modules start first): reads the
 * keys, brings the chain to the current key (recording a new key, or sealing the unkeyed entries of an older
 * installation) and anchors the head; anchors it once more when the application stops. On PostgreSQL this runs
 * inside the start's advisory lock (DatabaseStartup), one instance after the other, after the migrations.
 */
@Injectable()
export class AuditStartup implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly keys: AuditKeyStore,
    private readonly audit: AuditService,
    private readonly anchors: AuditAnchorWriter,
    private readonly sealer: AuditSealer,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.keys.ring = await loadServerAuditKeys(this.config, this.dataSource);
    await this.audit.sealWithCurrentKey();
    try {
      await this.anchors.start();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new InvalidConfigError([`AUDIT_ANCHOR_FILE ${this.config.audit.anchorFile} cannot be written: ${reason}`]);
    }
    // PostgreSQL: from here on entries are sealed by the instance holding the sealer's lock.
    await this.sealer.start();
  }

  // Before Nest closes the HTTP server and then the database. A request still in flight may append after this
  // anchor; the next start anchors that (AuditAnchorWriter.start).
  async beforeApplicationShutdown(): Promise<void> {
    try {
      // PostgreSQL: what is committed is sealed first, so the last anchor covers it.
      await this.sealer.stop();
    } catch (error) {
      logger.error(`Could not seal the audit log at shutdown: ${error instanceof Error ? error.message : error}`);
    }
    try {
      await this.anchors.stop(this.dataSource.isInitialized);
    } catch (error) {
      logger.error(`Could not anchor the audit log at shutdown: ${error instanceof Error ? error.message : error}`);
    }
  }
}
