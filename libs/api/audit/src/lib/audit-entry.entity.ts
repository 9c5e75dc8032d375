import { TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One entry of the audit log. Entries form a hash chain: `hash` covers the entry's content and the previous
 * entry's hash, so altering or removing a row breaks verification from that row on.
 */
@Entity('audit_entry')
@Index('idx_audit_entry_action', ['action', 'id'])
export class AuditEntryEntity {
  /** Gapless sequence number assigned under the chain head's lock. */
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

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}

/** The end of the chain, one row: locked by every append so entries are numbered and chained one at a time. */
@Entity('audit_head')
@Check('chk_audit_head_single_row', 'id = 1')
export class AuditHeadEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'last_id' })
  lastId!: number;

  @Column({ type: 'varchar', length: 64, name: 'last_hash' })
  lastHash!: string;
}
