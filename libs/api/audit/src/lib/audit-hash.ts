import { createHash } from 'node:crypto';
import type { AuditEntryEntity } from './audit-entry.entity';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

type HashedFields = Omit<AuditEntryEntity, 'hash'>;

/** SHA-256 over the entry's fields in a fixed order, including the previous entry's hash. */
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
