import { createHash } from 'node:crypto';
import type { AuditEntryEntity } from './audit-entry.entity';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

type HashedFields = Omit<AuditEntryEntity, 'hash' | 'keyId'>;

/**
 * SHA-256 over the entry's fields in a fixed order, including the previous entry's hash: how entries were chained
 * before the log had a key. Anyone who can write to the database can recompute it, so it only serves to check the
 * unkeyed entries of an older installation, which the first keyed entry seals (audit-seal.ts).
 */
export function auditHash(entry: HashedFields): string {
  const content = JSON.stringify([
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
  ]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
