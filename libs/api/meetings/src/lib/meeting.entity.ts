import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A body that meets (Integrationsrat, Bezirksversammlung, a committee): the list administrators keep. A body named
 * by meetings cannot be deleted (the foreign key refuses it, and the service says so first with 409).
 *
 * Indexes, checks and foreign keys are declared as the migration creates them (schema-drift.api-spec.ts).
 */
@Entity('meeting_body')
@Check('chk_meeting_body_position', 'position >= 0')
export class MeetingBodyEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;
}

/**
 * A meeting of a body. `starts_at` is the UTC instant as ISO text (sorts as time); `version` is the optimistic-locking
 * counter behind ETag / If-Match (`UPDATE ... WHERE id = ? AND version = ?`). `reporting_date_id` names the reporting
 * date taken for the meeting; deleting the reporting date unlinks it.
 */
@Entity('meeting')
@Check('chk_meeting_version', 'version >= 1')
@Index('idx_meeting_starts', ['startsAt'])
@Index('idx_meeting_body', ['bodyId', 'startsAt'])
export class MeetingEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ ...ID_COLUMN, name: 'body_id' })
  @ForeignKey('meeting_body')
  bodyId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'starts_at' })
  startsAt!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url!: string | null;

  @Column({ ...ID_COLUMN, name: 'reporting_date_id', nullable: true, unique: true })
  @ForeignKey('reporting_date', { onDelete: 'SET NULL' })
  reportingDateId!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}
