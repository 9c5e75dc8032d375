import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditEntryEntity } from './audit-entry.entity';
import { auditHash } from './audit-hash';
import type { AuditKey } from './audit-key';

/** The entry sealed with a new key after entries of another key: names the old key's id. */
export const KEY_ROTATED = 'audit.key_rotated';
/** The first keyed entry after the unkeyed entries of before: records what they were like when it sealed them. */
export const CHAIN_KEYED = 'audit.chain_keyed';
/**
 * Ids under which no entry was committed (PostgreSQL: taken from the sequence by a transaction that rolled back), from
 * the entry's own id through `details.through`, sealed into the chain so that a later removal is told apart from them.
 */
export const ENTRY_SKIPPED = 'audit.entry_skipped';

export type SealedFields = Omit<AuditEntryEntity, 'hash'> & { keyId: string };

/**
 * HMAC-SHA-256 with the entry's key over its fields in a fixed order, including the previous entry's hash and the
 * key id. Whoever can write to the database but has not the key cannot make an altered entry fit.
 */
export function sealEntry(key: AuditKey, entry: SealedFields): string {
  const content = JSON.stringify([
    'leitbild-monitor audit entry 2',
    entry.id,
    entry.at,
    entry.userId,
    entry.actorLabel,
    entry.clientAddress,
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.details,
    entry.previousHash,
    entry.keyId,
  ]);
  return createHmac('sha256', key.secret).update(content, 'utf8').digest('hex');
}

/** Whether `key` sealed this entry as it is stored. */
export function isSealedBy(key: AuditKey, entry: AuditEntryEntity): boolean {
  if (entry.keyId !== key.id || !/^[0-9a-f]{64}$/.test(entry.hash)) return false;
  const expected = Buffer.from(sealEntry(key, entry as SealedFields), 'hex');
  return timingSafeEqual(expected, Buffer.from(entry.hash, 'hex'));
}

/** What the unkeyed entries of before were like when the first keyed entry sealed them (its details). */
export interface UnkeyedSegment {
  legacyEntries: number;
  /** Whether their plain SHA-256 chain held: each entry hashed to its value and named its predecessor's. */
  legacyIntact: boolean;
  /** The first entry where it did not. */
  legacyBrokenAt: number | null;
  /** SHA-256 over the rows exactly as stored, so they can be proved unchanged since, broken or not. */
  legacyDigest: string;
}

/**
 * Walks the unkeyed entries in order, as the first keyed entry seals them and as verification checks them again.
 * A break does not stop the walk: a chain that was already broken is recorded as such, never re-hashed into an
 * intact one.
 */
export class UnkeyedChainCheck {
  private readonly digest = createHash('sha256');
  private previousHash: string;
  private count = 0;
  private lastId = 0;
  private brokenAt: number | null = null;

  constructor(genesisHash: string) {
    this.previousHash = genesisHash;
  }

  add(entry: AuditEntryEntity): void {
    this.count += 1;
    if (
      this.brokenAt === null &&
      (entry.id !== this.count || entry.previousHash !== this.previousHash || auditHash(entry) !== entry.hash)
    ) {
      this.brokenAt = Math.min(entry.id, this.count);
    }
    this.digest.update(
      `${JSON.stringify([
        entry.id,
        entry.at,
        entry.userId,
        entry.actorLabel,
        entry.clientAddress,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.details,
        entry.previousHash,
        entry.hash,
      ])}\n`,
      'utf8',
    );
    this.previousHash = entry.hash;
    this.lastId = entry.id;
  }

  /** Compares the walk's end with the chain's head: entries cut off the end break the chain there. */
  endsAt(lastId: number, lastHash: string): void {
    if (this.brokenAt === null && (this.lastId !== lastId || this.previousHash !== lastHash)) {
      this.brokenAt = Math.min(this.lastId, lastId) + 1;
    }
  }

  /** The last entry's stored hash: what the sealing entry names as its predecessor's. */
  get lastHash(): string {
    return this.previousHash;
  }

  /** The id of the last entry walked: the sealing entry takes the next one. */
  get lastEntryId(): number {
    return this.lastId;
  }

  result(): UnkeyedSegment {
    return {
      legacyEntries: this.count,
      legacyIntact: this.brokenAt === null,
      legacyBrokenAt: this.brokenAt,
      legacyDigest: this.digest.copy().digest('hex'),
    };
  }
}
