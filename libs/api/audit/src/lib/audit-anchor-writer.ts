import {
  APP_CONFIG,
  type AppConfig,
  type AuditConfig,
  type BackupObserver,
  nowIso,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { basename } from 'node:path';
import { type AnchorFields, type AnchorKind, appendAnchor, formatAnchor, readLastAnchor } from './audit-anchors';
import { readChainHead, readSqliteFileHead } from './audit-head';
import { readAuditKeys } from './audit-key';
import { AuditKeyStore } from './audit-key.store';

/** How often, at most, the head is anchored while it moves: the window an attacker may cut off unnoticed. */
export const ANCHOR_INTERVAL_MS = 5000;

/**
 * Writes the chain's head outside the database: to the anchor file (AUDIT_ANCHOR_FILE) and to the log. At start,
 * every ANCHOR_INTERVAL_MS while appends happen, at shutdown, and with every backup. Off the request path:
 * `record()` only notes that the head moved; the head anchored is read after commit.
 */
@Injectable()
export class AuditAnchorWriter implements BackupObserver {
  private readonly logger = new Logger('AuditAnchor');
  private moved = false;
  private timer: NodeJS.Timeout | null = null;
  /** The head this instance anchored last (start, interval, shutdown). */
  private last: { lastId: number; hash: string } | null = null;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: AuditKeyStore,
    private readonly transactions: TransactionRunner,
  ) {}

  get file(): string {
    return this.config.audit.anchorFile;
  }

  /** Called by every append (possibly before its commit): the next tick anchors the committed head. */
  headMoved(): void {
    this.moved = true;
  }

  /**
   * At start: says loudly when the database's head is behind the last anchor (entries removed, or a backup restored
   * without `npm run restore`), anchors the head, and starts the interval.
   */
  async start(): Promise<void> {
    const previous = readLastAnchor(this.file, this.keys.ring);
    const head = await this.transactions.run((manager) => readChainHead(manager));
    if (previous && head.lastId < previous.lastId) {
      this.logger.error(
        `The audit log ends at entry ${head.lastId}, but ${previous.source} anchored entry ${previous.lastId} ` +
          `on ${previous.at}: entries were removed, or an older backup was restored. Run npm run audit:verify.`,
      );
    }
    if (previous && previous.lastId === head.lastId && previous.hash === head.lastHash) {
      this.last = { lastId: head.lastId, hash: head.lastHash };
    } else {
      await this.anchorHead('start');
    }
    this.timer = setInterval(() => void this.tick(), ANCHOR_INTERVAL_MS);
    this.timer.unref();
  }

  /** At shutdown, before the database closes: stops the interval and anchors the head a last time. */
  async stop(anchor = true): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (anchor) await this.anchorHead('shutdown');
  }

  private async tick(): Promise<void> {
    if (!this.moved) return;
    try {
      await this.anchorHead('interval');
    } catch (error) {
      this.logger.error(`Could not anchor the audit log: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Anchors the committed head unless this instance anchored that very head last. */
  async anchorHead(kind: Extract<AnchorKind, 'start' | 'interval' | 'shutdown'>): Promise<void> {
    this.moved = false;
    // Through the runner: on SQLite all requests share one connection, and a read outside it could see a head
    // that a transaction in progress has written but may still roll back.
    const head = await this.transactions.run((manager) => readChainHead(manager));
    if (head.lastId === 0) return;
    if (this.last && this.last.lastId === head.lastId && this.last.hash === head.lastHash) return;
    await this.write({ at: nowIso(), kind, lastId: head.lastId, hash: head.lastHash, backup: null });
    this.last = { lastId: head.lastId, hash: head.lastHash };
  }

  /** A backup was written: anchors the head it contains, under its file name. */
  async backupWritten(file: string): Promise<void> {
    const anchor = fileAnchor(file, 'backup', file);
    if (anchor) await this.write(anchor);
  }

  private write(anchor: AnchorFields): Promise<void> {
    const line = formatAnchor(anchor, this.keys.ring.current);
    // One line after the other, in the order taken.
    const done = this.writing.then(async () => {
      await appendAnchor(this.file, line);
      this.logger.log(`Audit anchor: ${line}`);
    });
    this.writing = done.catch(() => undefined);
    return done;
  }
}

/** The anchor of the head an SQLite database file contains; null for an empty log. */
function fileAnchor(databaseFile: string, kind: 'backup' | 'restore', backupFile: string): AnchorFields | null {
  const head = readSqliteFileHead(databaseFile);
  if (head.lastId === 0) return null;
  return { at: nowIso(), kind, lastId: head.lastId, hash: head.lastHash, backup: basename(backupFile) };
}

/**
 * For `npm run backup` and `npm run restore`: anchors the head contained in `databaseFile` (the backup written, or
 * the database just restored from `backupFile`) in the anchor file, with the key of the settings. A `restore`
 * anchor tells `audit:verify` that the log was set back to that head on purpose. Returns what was done, in words.
 */
export async function anchorDatabaseFile(
  audit: AuditConfig,
  databaseFile: string,
  kind: 'backup' | 'restore',
  backupFile: string,
): Promise<string> {
  const keys = readAuditKeys(audit);
  if (!keys) {
    return (
      `No audit key (AUDIT_KEY, or ${audit.keyFile ?? 'a key file'}): the audit log's head was not anchored` +
      (kind === 'restore' ? '; once the key is in place, run npm run audit:verify -- --accept-restore' : '')
    );
  }
  const anchor = fileAnchor(databaseFile, kind, backupFile);
  if (!anchor) return 'The audit log is empty: nothing to anchor.';
  const line = formatAnchor(anchor, keys.ring.current);
  await appendAnchor(audit.anchorFile, line);
  return `Audit anchor (${kind}: the log ends at entry ${anchor.lastId}) written to ${audit.anchorFile}: ${line}`;
}
