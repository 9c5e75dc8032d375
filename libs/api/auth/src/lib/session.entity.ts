import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A server-side session, in the database so that any API instance can serve any request. The id is the
 * SHA-256 of the cookie value: a copy of the table does not let anyone take over a session.
 */
@Entity('session')
@Index('idx_session_user', ['userId'])
@Index('idx_session_created', ['createdAt'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ ...ID_COLUMN, name: 'user_id' })
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  userId!: string;

  @Column({ type: 'varchar', length: 64, name: 'csrf_token' })
  csrfToken!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'last_seen_at' })
  lastSeenAt!: string;

  @Column({ type: 'varchar', length: 64, name: 'client_address', nullable: true })
  clientAddress!: string | null;

  /** The provider's ID token of a single sign-on session: its `id_token_hint` at sign-out. Read only then. */
  @Column({ type: 'text', name: 'oidc_id_token', nullable: true, select: false })
  oidcIdToken!: string | null;
}
