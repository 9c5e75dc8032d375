import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type { FieldChange, HistoryKind } from '@leitbild-monitor/shared/contracts';
import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One dated entry of a measure's history, written in the same transaction as the change it records. */
@Entity('measure_history')
@Index('idx_measure_history_measure', ['measureId', 'id'])
@Index('idx_measure_history_at', ['at'])
export class MeasureHistoryEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ ...ID_COLUMN, name: 'measure_id' })
  @ForeignKey('measure')
  measureId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: HistoryKind;
  @Column(TIMESTAMP_COLUMN)
  at!: string;

  @Column({ ...ID_COLUMN, name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'author_name' })
  authorName!: string;

  /** Old → new per changed field. */
  @Column({ type: 'simple-json' })
  changes!: FieldChange[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
