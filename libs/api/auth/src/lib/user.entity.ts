import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type { UserRole } from '@leitbild-monitor/shared/contracts';
import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A local account. The e-mail is stored lower-cased; the password only as an argon2id hash. */
@Entity('app_user')
@Check('chk_user_role', "role IN ('admin', 'editor', 'reviewer', 'viewer')")
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

  @Column({ type: 'varchar', length: 255, name: 'password_hash' })
  passwordHash!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}
