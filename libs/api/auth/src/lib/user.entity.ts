import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type { UserRole } from '@leitbild-monitor/shared/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * An account. The e-mail is stored lower-cased; the password only as an argon2id hash. An account of single sign-on
 * is the provider's account `oidcIssuer` + `oidcSubject` and has no password (null): no password opens it.
 */
@Entity('app_user')
@Check('chk_user_role', "role IN ('admin', 'editor', 'reviewer', 'viewer')")
@Index('idx_user_oidc', ['oidcIssuer', 'oidcSubject'], { unique: true })
export class UserEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: UserRole;

  @Column({ ...ID_COLUMN, name: 'actor_id', nullable: true })
  @ForeignKey('actor')
  actorId!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'varchar', length: 255, name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  /** The provider's issuer of a single sign-on account; null for a password account. */
  @Column({ type: 'varchar', length: 500, name: 'oidc_issuer', nullable: true })
  oidcIssuer!: string | null;

  /** The provider's `sub` of the account: stable, never reassigned (unlike an e-mail address). */
  @Column({ type: 'varchar', length: 255, name: 'oidc_subject', nullable: true })
  oidcSubject!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}
