import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A field of action ("Handlungsfeld") that groups measures. */
@Entity('field_of_action')
export class FieldOfActionEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** Stable machine name, used by imports and demo data. */
  @Column({ type: 'varchar', length: 64, unique: true })
  key!: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}
