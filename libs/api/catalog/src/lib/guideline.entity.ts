import { ID_COLUMN } from '@leitbild-monitor/api/platform';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LeitbildSectionEntity } from './leitbild-section.entity';

/** One guideline statement of the Leitbild; measures serve one or more of them. */
@Entity('guideline')
@Index('idx_guideline_section', ['sectionId'])
export class GuidelineEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'section_id' })
  sectionId!: string;

  // NO ACTION as migrated (the default): a section that still has guidelines cannot be deleted.
  @ManyToOne(() => LeitbildSectionEntity, (section) => section.guidelines, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'section_id' })
  section!: LeitbildSectionEntity;

  /** Citation code such as "2.3" (section 2, third statement). */
  @Column({ type: 'varchar', length: 16, unique: true })
  code!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'integer' })
  position!: number;
}
