import { ID_COLUMN } from '@leitbild-monitor/api/platform';
import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { GuidelineEntity } from './guideline.entity';

/** A section of the Leitbild ("Wer sind wir?", ...) with its motto. */
@Entity('leitbild_section')
export class LeitbildSectionEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 16, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  motto!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @OneToMany(() => GuidelineEntity, (guideline) => guideline.section)
  guidelines!: GuidelineEntity[];
}
