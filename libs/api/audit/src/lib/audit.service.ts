import {
  APP_CONFIG,
  type AppConfig,
  insertRow,
  namedQuery,
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
import type { AuditKey } from './audit-key';
import { AuditKeyStore } from './audit-key.store';
import type { PendingGaps } from './audit-gaps';
import { GENESIS_HASH } from './audit-hash';
import { type ChainHead, readChainHead, writeChainHead } from './audit-head';
import {
  CHAIN_KEYED,
  ENTRY_SKIPPED,
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

/** PostgreSQL: the sequence audit entries take their ids from (migration 1765180800000). */
export const AUDIT_ID_SEQUENCE = 'audit_entry_id_seq';

/** What one pass of the sealer did (PostgreSQL). */
export interface SealPass {
  head: ChainHead;
  sealed: number;
  /** A full batch was sealed: the next one may follow at once. */
  more: boolean;
  /** The head was sealed with another key: `sealUnderTableLock` must change it first. */
  keyChange: boolean;
}

const isPostgres = (manager: EntityManager) => manager.connection.options.type === 'postgres';

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

  /**
   * Appends an entry inside the caller's transaction. SQLite (one writer at a time): numbered, chained and sealed
   * here, under the head. PostgreSQL: inserted unsealed with the next number of a sequence, so concurrent writes of
   * any instance never wait for each other here; the sealer chains and seals it after its commit (audit-sealer.ts).
   */
  async record(manager: EntityManager, context: RequestContext, event: AuditEvent): Promise<void> {
    if (isPostgres(manager)) return this.insertUnsealed(manager, context, event);
    let head = await readChainHead(manager, { lock: true });
    if (head.lastId > 0 && head.lastKeyId !== this.keys.ring.current.id)
      head = await this.recordKeyChange(manager, head);
    await writeChainHead(manager, await this.append(manager, head, context, event));
    this.anchors.headMoved();
  }

  private async insertUnsealed(manager: EntityManager, context: RequestContext, event: AuditEvent): Promise<void> {
    // The id from the sequence in the INSERT itself: the statement's table lock comes before it, which is what
    // lets a key change (sealUnderTableLock) know that no id is handed out while it holds SHARE on the table.
    // A statement of constant text, prepared once per connection (namedQuery): every write on PostgreSQL runs it.
    await namedQuery(
      manager,
      `INSERT INTO audit_entry (id, at, user_id, actor_label, client_address, action, target_type, target_id,
         details, previous_hash, hash, key_id)
       VALUES (nextval('${AUDIT_ID_SEQUENCE}'), :at, :userId, :actorLabel, :clientAddress, :action, :targetType,
         :targetId, :details, '', '', NULL)`,
      entryFields(context, event),
    );
  }

  /** Appends an entry in a transaction of its own, for events that change nothing else (a denied request). */
  recordAlone(context: RequestContext, event: AuditEvent): Promise<void> {
    return this.transactions.run((manager) => this.record(manager, context, event));
  }

  /**
   * At start: when the last entry was sealed by another key than the current one (or by none), records the change
   * now rather than at the first write, so the log shows the new key from the moment it is in use. On PostgreSQL
   * the sealer does this when it starts sealing (AuditSealer), since only its key seals entries there.
   */
  async sealWithCurrentKey(): Promise<void> {
    if (this.entries.manager.connection.options.type === 'postgres') return;
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
      ...entryFields(context, event),
      previousHash: head.lastHash,
      keyId: key.id,
    });
    entry.hash = sealEntry(key, entry as SealedFields);
    await insertRow(manager, AuditEntryEntity, entry);
    return { lastId: entry.id, lastHash: entry.hash, lastKeyId: key.id };
  }

  /**
   * PostgreSQL, the sealer's pass: chains and seals the committed entries after the head, in id order, with the
   * current key, in the caller's REPEATABLE READ transaction (one snapshot for the whole pass). A missing id is
   * sealed as an `audit.entry_skipped` entry once `gaps` says its transaction cannot still commit; until then the
   * pass stops before it. Returns the new head, how many entries it sealed, and whether more may follow at once.
   * A key other than the head's is changed by `sealUnderTableLock` instead (the caller checks `needsKeyChange`).
   */
  async sealCommitted(manager: EntityManager, gaps: PendingGaps): Promise<SealPass> {
    const [snapshot] = (await manager.query(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`,
    )) as { xmin: string; xmax: string }[];
    const head = await readChainHead(manager);
    if (this.needsKeyChange(head)) return { head, sealed: 0, more: false, keyChange: true };
    const rows = await manager.find(AuditEntryEntity, {
      where: { id: MoreThan(head.lastId) },
      order: { id: 'ASC' },
      take: SEAL_BATCH,
    });
    refuseResealing(rows, head);
    const now = Date.now();
    const seen = { xmin: BigInt(snapshot.xmin), xmax: BigInt(snapshot.xmax) };
    let expected = head.lastId + 1;
    for (const row of rows) {
      for (; expected < row.id; expected++) gaps.observe(expected, seen, now);
      expected = row.id + 1;
    }
    const pass = await this.sealRows(manager, head, this.keys.ring.current, rows, (id) =>
      gaps.rolledBack(id, seen, now),
    );
    if (pass.sealed > 0) await writeChainHead(manager, pass.head);
    gaps.forgetUpTo(pass.head.lastId);
    return { ...pass, more: !pass.blocked && rows.length === SEAL_BATCH, keyChange: false };
  }

  /** Whether the head was sealed with another key than the current one (or by none): a key change is due. */
  needsKeyChange(head: ChainHead): boolean {
    return head.lastId > 0 && head.lastKeyId !== this.keys.ring.current.id;
  }

  /**
   * PostgreSQL, a key change: under SHARE on the table, which waits for every transaction that inserted an entry and
   * keeps new inserts out until commit, so every id handed out is either committed or gone. Seals the pending
   * entries with the head's key (a missing id is then certainly skipped), then appends `audit.key_rotated` (or
   * `audit.chain_keyed` after the unkeyed entries of an older installation) with the current key, and sets the
   * sequence past it. The head's key must be in the ring to seal pending entries; without it they stay unsealed
   * (the error says what to do), since sealing them with the new key before the change would break the chain.
   */
  async sealUnderTableLock(manager: EntityManager): Promise<ChainHead> {
    await manager.query('LOCK TABLE audit_entry IN SHARE MODE');
    let head = await readChainHead(manager);
    if (!this.needsKeyChange(head)) return head;
    const [sequence] = (await manager.query(
      `SELECT last_value AS "lastValue", is_called AS "isCalled" FROM ${AUDIT_ID_SEQUENCE}`,
    )) as { lastValue: string; isCalled: boolean }[];
    const handedOut = Number(sequence.lastValue) - (sequence.isCalled ? 0 : 1);
    if (head.lastKeyId !== null && handedOut > head.lastId) {
      const previous = this.keys.ring.byId(head.lastKeyId);
      if (!previous) {
        throw new Error(
          `Audit entries after entry ${head.lastId} wait to be sealed with key ${head.lastKeyId}, the key of the ` +
            `entries before them, before the change to key ${this.keys.ring.current.id} is recorded: put the key ` +
            `${head.lastKeyId} into AUDIT_PREVIOUS_KEYS.`,
        );
      }
      const rows = await manager.find(AuditEntryEntity, { where: { id: MoreThan(head.lastId) }, order: { id: 'ASC' } });
      refuseResealing(rows, head);
      // Under the lock every missing id is one that will never be committed.
      head = (await this.sealRows(manager, head, previous, rows, () => true)).head;
      if (head.lastId < handedOut) head = await this.sealSkipped(manager, head, previous, handedOut);
    }
    head = await this.recordKeyChange(manager, head);
    await writeChainHead(manager, head);
    await manager.query(`SELECT setval('${AUDIT_ID_SEQUENCE}', $1, true)`, [head.lastId]);
    return head;
  }

  /**
   * Chains and seals entries that were inserted unsealed (PostgreSQL), in id order after `head`; a missing id is
   * sealed as skipped when `skippable` says so, else the pass stops before it. One UPDATE for all of them.
   */
  private async sealRows(
    manager: EntityManager,
    head: ChainHead,
    key: AuditKey,
    rows: readonly AuditEntryEntity[],
    skippable: (id: number) => boolean,
  ): Promise<{ head: ChainHead; sealed: number; blocked: boolean }> {
    const ids: number[] = [];
    const previousHashes: string[] = [];
    const hashes: string[] = [];
    let current = head;
    let sealed = 0;
    for (const row of rows) {
      if (current.lastId + 1 < row.id) {
        // The missing ids before this entry that can be given up, as one skipped entry; the pass stops at the
        // first one that cannot (yet).
        let through = current.lastId;
        while (through + 1 < row.id && skippable(through + 1)) through += 1;
        if (through > current.lastId) {
          current = await this.sealSkipped(manager, current, key, through);
          sealed += 1;
        }
        if (through + 1 < row.id) {
          return this.sealed(manager, key, { ids, previousHashes, hashes }, current, sealed, true);
        }
      }
      const hash = sealEntry(key, { ...row, previousHash: current.lastHash, keyId: key.id } as SealedFields);
      ids.push(row.id);
      previousHashes.push(current.lastHash);
      hashes.push(hash);
      current = { lastId: row.id, lastHash: hash, lastKeyId: key.id };
      sealed += 1;
    }
    return this.sealed(manager, key, { ids, previousHashes, hashes }, current, sealed, false);
  }

  private async sealed(
    manager: EntityManager,
    key: AuditKey,
    seals: { ids: number[]; previousHashes: string[]; hashes: string[] },
    head: ChainHead,
    sealed: number,
    blocked: boolean,
  ): Promise<{ head: ChainHead; sealed: number; blocked: boolean }> {
    if (seals.ids.length > 0) {
      await manager.query(
        `UPDATE audit_entry AS e SET previous_hash = s.previous_hash, hash = s.hash, key_id = $4
         FROM unnest($1::integer[], $2::varchar[], $3::varchar[]) AS s(id, previous_hash, hash)
         WHERE e.id = s.id AND e.hash = ''`,
        [seals.ids, seals.previousHashes, seals.hashes, key.id],
      );
    }
    return { head, sealed, blocked };
  }

  /**
   * Ids under which no entry was committed (their transactions rolled back after taking them), from the head's next
   * through `through`, sealed into the chain as one `audit.entry_skipped` entry under the first of them, so that
   * verification tells them from entries removed later. Inserting it where an entry still exists fails on the
   * primary key: the pass rolls back and nothing is overwritten.
   */
  private async sealSkipped(
    manager: EntityManager,
    head: ChainHead,
    key: AuditKey,
    through: number,
  ): Promise<ChainHead> {
    const entry = manager.create(AuditEntryEntity, {
      id: head.lastId + 1,
      at: nowIso(),
      userId: null,
      actorLabel: null,
      clientAddress: null,
      action: ENTRY_SKIPPED,
      targetType: null,
      targetId: null,
      details: JSON.stringify({ reason: 'no entry was committed under these ids', through }),
      previousHash: head.lastHash,
      keyId: key.id,
    });
    entry.hash = sealEntry(key, entry as SealedFields);
    await insertRow(manager, AuditEntryEntity, entry);
    return { lastId: through, lastHash: entry.hash, lastKeyId: key.id };
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

  /** The sealer's pass (PostgreSQL), run before a verification; set by AuditSealer, which depends on this service. */
  private sealPending: () => Promise<void> = () => Promise.resolve();

  sealWith(pass: () => Promise<void>): void {
    this.sealPending = pass;
  }

  /**
   * Verifies the chain with this instance's keys against its anchor file (as `npm run audit:verify` does). On
   * PostgreSQL what is committed is sealed first, if this instance is the sealer.
   */
  async verifyChain(): Promise<AuditChainReport> {
    await this.sealPending();
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

/**
 * Entries after the head that carry a seal: the head was moved back (entries before them removed, or an old head
 * written back). Sealing them anew would hide that; the sealer stops and verification reports it.
 */
function refuseResealing(rows: readonly AuditEntryEntity[], head: ChainHead): void {
  const resealed = rows.find((row) => row.hash !== '' || row.keyId !== null);
  if (resealed) {
    throw new Error(
      `entry ${resealed.id} after the head (entry ${head.lastId}) is already sealed: the head was moved back. ` +
        'Nothing is sealed until that is cleared up; run npm run audit:verify.',
    );
  }
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

/** What an entry says of an event and who caused it, sealed or not. */
function entryFields(context: RequestContext, event: AuditEvent) {
  return {
    at: nowIso(),
    userId: context.principal?.userId ?? null,
    actorLabel: event.actorLabel ?? context.principal?.email ?? null,
    clientAddress: context.clientAddress,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    details: JSON.stringify(event.details ?? {}),
  };
}
