import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A review comment ("Stellungnahme") of the integration council on a measure. */
@Entity('review_comment')
@Index('idx_review_comment_measure', ['measureId', 'createdAt'])
export class ReviewCommentEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'measure_id' })
  @ForeignKey('measure')
  measureId!: string;

  @Column({ ...ID_COLUMN, name: 'author_id' })
  @ForeignKey('app_user')
  authorId!: string;

  @Column({ type: 'varchar', length: 200, name: 'author_name' })
  authorName!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}
