import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A personal API token for scripts. Only its SHA-256 is stored; the token is shown once at creation. */
@Entity('api_token')
@Index('idx_api_token_user', ['userId'])
export class ApiTokenEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'user_id' })
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  userId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 12 })
  prefix!: string;

  @Column({ type: 'varchar', length: 64, name: 'token_hash', unique: true })
  tokenHash!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'last_used_at', nullable: true })
  lastUsedAt!: string | null;
}
