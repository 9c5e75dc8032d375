import { TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, counted per account and per client address to slow down password guessing. */
@Entity('login_failure')
@Index('idx_login_failure_email', ['email', 'at'])
@Index('idx_login_failure_address', ['clientAddress', 'at'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 64, name: 'client_address', nullable: true })
  clientAddress!: string | null;

  @Column(TIMESTAMP_COLUMN)
  at!: string;
}
