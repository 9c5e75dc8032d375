import {
  nowIso,
  pageWindow,
  PaginationQuery,
  RequestContext,
  toPage,
  TransactionRunner,
} from '@leitbild-monitor/api/platform';
import type { AuditChainReport, AuditEntry, Page } from '@leitbild-monitor/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, EntityManager, Repository } from 'typeorm';
import { AuditEntryEntity, AuditHeadEntity } from './audit-entry.entity';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface AuditEvent {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  /** Who acted when there is no signed-in user yet (a failed sign-in: the e-mail tried). */
  actorLabel?: string | null;
}

const VERIFY_BATCH = 1000;

/** The tamper-evident audit log: appended in the same transaction as the change it records, never changed. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Appends an entry inside the caller's transaction. */
  async record(manager: EntityManager, context: RequestContext, event: AuditEvent): Promise<void> {
    // PostgreSQL: the head row stays locked until this transaction ends, so concurrent appends queue here.
    // SQLite: TransactionRunner already runs write transactions one at a time.
    const headQuery = manager.getRepository(AuditHeadEntity).createQueryBuilder('h').where('h.id = 1');
    if (manager.connection.options.type === 'postgres') headQuery.setLock('pessimistic_write');
    const head = await headQuery.getOne();
    const previousHash = head?.lastHash ?? GENESIS_HASH;
    const entry = manager.create(AuditEntryEntity, {
      id: (head?.lastId ?? 0) + 1,
      at: nowIso(),
      userId: context.principal?.userId ?? null,
      actorLabel: event.actorLabel ?? context.principal?.email ?? null,
      clientAddress: context.clientAddress,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      details: JSON.stringify(event.details ?? {}),
      previousHash,
    });
    entry.hash = auditHash(entry);
    await manager.insert(AuditEntryEntity, entry);
    await manager.upsert(AuditHeadEntity, { id: 1, lastId: entry.id, lastHash: entry.hash }, ['id']);
  }

  /** Appends an entry in a transaction of its own, for events that change nothing else (a denied request). */
  recordAlone(context: RequestContext, event: AuditEvent): Promise<void> {
    return this.transactions.run((manager) => this.record(manager, context, event));
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

  /** Recomputes the chain from the first entry; reports the first entry that does not match. */
  verifyChain(): Promise<AuditChainReport> {
    return verifyAuditChain(this.entries.manager);
  }
}

/**
 * Walks the chain up to the head as it was when the walk began (entries appended meanwhile are left for the
 * next run): every entry must follow its predecessor without a gap, name the predecessor's hash and hash to
 * its stored value, and the last one must be the head's (so entries cut off the end are noticed too).
 * Used by the API tests and by the `audit:verify` command, also against a running server.
 */
export async function verifyAuditChain(manager: EntityManager): Promise<AuditChainReport> {
  const head = await manager.findOneBy(AuditHeadEntity, { id: 1 });
  const lastId = head?.lastId ?? 0;
  let previousHash = GENESIS_HASH;
  let count = 0;
  while (count < lastId) {
    const batch = await manager.find(AuditEntryEntity, {
      where: { id: Between(count + 1, Math.min(count + VERIFY_BATCH, lastId)) },
      order: { id: 'ASC' },
    });
    for (const entry of batch) {
      if (entry.id !== count + 1 || entry.previousHash !== previousHash || auditHash(entry) !== entry.hash) {
        return { ok: false, entries: count, brokenAt: entry.id };
      }
      previousHash = entry.hash;
      count += 1;
    }
    if (batch.length === 0 || count % VERIFY_BATCH !== 0) break;
  }
  if (count !== lastId || previousHash !== (head?.lastHash ?? GENESIS_HASH)) {
    return { ok: false, entries: count, brokenAt: count + 1 };
  }
  return { ok: true, entries: count, brokenAt: null };
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
