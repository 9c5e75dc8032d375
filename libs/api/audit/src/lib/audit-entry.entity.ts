import { TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One entry of the audit log. Entries form a keyed chain: `hash` is an HMAC-SHA-256, with the key named by
 * `keyId`, over the entry's content and the previous entry's `hash`, so altering, inserting or removing a row
 * breaks verification from that row on, and without the key no row can be rewritten to fit (audit-seal.ts).
 * Entries written before the log had a key have no `keyId` and a plain SHA-256 (audit-hash.ts); the first keyed
 * entry seals them.
 */
@Entity('audit_entry')
@Index('idx_audit_entry_action', ['action', 'id'])
export class AuditEntryEntity {
  /**
   * Position in the chain, without gaps. SQLite: assigned under the chain's head. PostgreSQL: from the sequence
   * `audit_entry_id_seq` at insert; an id whose transaction rolled back becomes an `audit.entry_skipped` entry.
   */
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column(TIMESTAMP_COLUMN)
  at!: string;

  @Column({ type: 'varchar', length: 36, name: 'user_id', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 254, name: 'actor_label', nullable: true })
  actorLabel!: string | null;

  @Column({ type: 'varchar', length: 64, name: 'client_address', nullable: true })
  clientAddress!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32, name: 'target_type', nullable: true })
  targetType!: string | null;

  @Column({ type: 'varchar', length: 64, name: 'target_id', nullable: true })
  targetId!: string | null;

  /** JSON text, kept exactly as hashed. */
  @Column({ type: 'text' })
  details!: string;

  @Column({ type: 'varchar', length: 64, name: 'previous_hash' })
  previousHash!: string;

  /** The seal; on PostgreSQL empty (and `previousHash` too) until the sealer has chained the entry. */
  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  /** Which key sealed the entry (derived from the key, never the key); null: an unkeyed entry of before. */
  @Column({ type: 'varchar', length: 16, name: 'key_id', nullable: true })
  keyId!: string | null;
}

/**
 * The end of the sealed chain, one row. SQLite: locked by every append, so entries are numbered and chained one at a
 * time. PostgreSQL: written only by the sealer (one instance at a time), never by a write.
 */
@Entity('audit_head')
@Check('chk_audit_head_single_row', 'id = 1')
export class AuditHeadEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'last_id' })
  lastId!: number;

  @Column({ type: 'varchar', length: 64, name: 'last_hash' })
  lastHash!: string;

  /** The last entry's key id, so an append notices a new key without reading that entry. */
  @Column({ type: 'varchar', length: 16, name: 'last_key_id', nullable: true })
  lastKeyId!: string | null;
}
