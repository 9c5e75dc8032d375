import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type { ActorType } from '@leitbild-monitor/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A body responsible for measures: an office, the council, an association, a school, ... */
@Entity('actor')
export class ActorEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: ActorType;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}
