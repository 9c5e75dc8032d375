import {
  APP_CONFIG,
  type AppConfig,
  nowIso,
  pageWindow,
  PaginationQuery,
  RequestContext,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { AuditChainReport, AuditEntry, Page } from '@leitbild-monitor/shared/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { AuditAnchorWriter } from './audit-anchor-writer';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditKeyStore } from './audit-key.store';
import { GENESIS_HASH } from './audit-hash';
import { type ChainHead, readChainHead, writeChainHead } from './audit-head';
import {
  CHAIN_KEYED,
  KEY_ROTATED,
  type SealedFields,
  sealEntry,
  UnkeyedChainCheck,
  type UnkeyedSegment,
} from './audit-seal';
import { verifyAuditChain } from './audit-verify';

export interface AuditEvent {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  /** Who acted when there is no signed-in user yet (a failed sign-in: the e-mail tried). */
  actorLabel?: string | null;
}

/** Entries the log writes about itself (a new key) have no user and no client address. */
const SYSTEM: RequestContext = { principal: null, clientAddress: null };

const SEAL_BATCH = 1000;

/**
 * The tamper-evident audit log: appended in the same transaction as the change it records, never changed, each
 * entry sealed with the audit key (HMAC) and chained to the one before; its head is anchored outside the database.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    private readonly transactions: TransactionRunner,
    private readonly keys: AuditKeyStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly anchors: AuditAnchorWriter,
  ) {}

  /** Appends an entry inside the caller's transaction. */
  async record(manager: EntityManager, context: RequestContext, event: AuditEvent): Promise<void> {
    let head = await readChainHead(manager, { lock: true });
    if (head.lastId > 0 && head.lastKeyId !== this.keys.ring.current.id)
      head = await this.recordKeyChange(manager, head);
    await writeChainHead(manager, await this.append(manager, head, context, event));
    this.anchors.headMoved();
  }

  /** Appends an entry in a transaction of its own, for events that change nothing else (a denied request). */
  recordAlone(context: RequestContext, event: AuditEvent): Promise<void> {
    return this.transactions.run((manager) => this.record(manager, context, event));
  }

  /**
   * At start: when the last entry was sealed by another key than the current one (or by none), records the change
   * now rather than at the first write, so the log shows the new key from the moment it is in use.
   */
  async sealWithCurrentKey(): Promise<void> {
    await this.transactions.run(async (manager) => {
      const head = await readChainHead(manager, { lock: true });
      if (head.lastId === 0 || head.lastKeyId === this.keys.ring.current.id) return;
      await writeChainHead(manager, await this.recordKeyChange(manager, head));
      this.anchors.headMoved();
    });
  }

  /**
   * The entry sealed with the current key that follows entries of another key: `audit.key_rotated` naming the
   * previous key's id, or, after the unkeyed entries of an older installation, `audit.chain_keyed` recording
   * whether their plain chain held and a digest of them as they are — a broken one is recorded as broken.
   */
  private async recordKeyChange(manager: EntityManager, head: ChainHead): Promise<ChainHead> {
    const current = this.keys.ring.current.id;
    const last = await manager.findOneBy(AuditEntryEntity, { id: head.lastId });
    const previousKeyId = last ? last.keyId : head.lastKeyId;
    if (previousKeyId === current) return { ...head, lastKeyId: current };
    if (previousKeyId !== null) {
      const previousKeySupplied = this.keys.ring.byId(previousKeyId) !== undefined;
      const message = `The audit key changed from ${previousKeyId} to ${current}; the change is recorded in the log.`;
      if (previousKeySupplied) this.logger.log(message);
      else this.logger.warn(`${message} Put the previous key into AUDIT_PREVIOUS_KEYS to verify the entries before.`);
      return this.append(manager, head, SYSTEM, {
        action: KEY_ROTATED,
        targetType: 'audit_key',
        targetId: current,
        details: { previousKeyId, previousKeySupplied },
      });
    }
    const { segment, lastRow } = await checkUnkeyedEntries(manager, head);
    if (segment.legacyIntact) {
      this.logger.log(
        `The ${segment.legacyEntries} audit entries written without a key are sealed with key ${current}.`,
      );
    } else {
      this.logger.error(
        `The ${segment.legacyEntries} audit entries written without a key were already broken at entry ` +
          `${segment.legacyBrokenAt}: sealed with key ${current} as they are, and recorded as broken.`,
      );
    }
    return this.append(manager, lastRow, SYSTEM, {
      action: CHAIN_KEYED,
      targetType: 'audit_key',
      targetId: current,
      details: { ...segment },
    });
  }

  private async append(
    manager: EntityManager,
    head: ChainHead,
    context: RequestContext,
    event: AuditEvent,
  ): Promise<ChainHead> {
    const key = this.keys.ring.current;
    const entry = manager.create(AuditEntryEntity, {
      id: head.lastId + 1,
      at: nowIso(),
      userId: context.principal?.userId ?? null,
      actorLabel: event.actorLabel ?? context.principal?.email ?? null,
      clientAddress: context.clientAddress,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      details: JSON.stringify(event.details ?? {}),
      previousHash: head.lastHash,
      keyId: key.id,
    });
    entry.hash = sealEntry(key, entry as SealedFields);
    await manager.insert(AuditEntryEntity, entry);
    return { lastId: entry.id, lastHash: entry.hash, lastKeyId: key.id };
  }

  async list(query: PaginationQuery & { action?: string }): Promise<Page<AuditEntry>> {
    const window = pageWindow(query);
    const [rows, total] = await this.entries.findAndCount({
      where: query.action ? { action: query.action } : {},
      order: { id: 'DESC' },
      skip: window.offset,
      take: window.limit,
    });
    return toPage(rows.map(toAuditEntry), total, window);
  }

  /** Verifies the chain with this instance's keys against its anchor file (as `npm run audit:verify` does). */
  verifyChain(): Promise<AuditChainReport> {
    return verifyAuditChain(this.entries.manager, {
      keys: this.keys.ring,
      anchorFiles: [this.config.audit.anchorFile],
    });
  }
}

/**
 * Walks every unkeyed row (all rows, whatever the head says, so the sealing entry's id is free) and compares the
 * walk's end with the head. Returns what the sealing entry records and the row it follows.
 */
async function checkUnkeyedEntries(
  manager: EntityManager,
  head: ChainHead,
): Promise<{ segment: UnkeyedSegment; lastRow: ChainHead }> {
  const check = new UnkeyedChainCheck(GENESIS_HASH);
  let after = 0;
  for (;;) {
    const batch = await manager.find(AuditEntryEntity, {
      where: { id: MoreThan(after) },
      order: { id: 'ASC' },
      take: SEAL_BATCH,
    });
    for (const entry of batch) check.add(entry);
    if (batch.length < SEAL_BATCH) break;
    after = batch[batch.length - 1].id;
  }
  check.endsAt(head.lastId, head.lastHash);
  return { segment: check.result(), lastRow: { lastId: check.lastEntryId, lastHash: check.lastHash, lastKeyId: null } };
}

export function toAuditEntry(row: AuditEntryEntity): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    userId: row.userId,
    actorLabel: row.actorLabel,
    clientAddress: row.clientAddress,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    details: JSON.parse(row.details) as Record<string, unknown>,
    hash: row.hash,
  };
}
