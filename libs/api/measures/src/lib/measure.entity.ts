import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type { FeasibilityVerdict, MeasureOrigin, MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A measure ("Maßnahme"). `version` is the optimistic-locking counter behind ETag / If-Match; it is bumped
 * by `UPDATE ... WHERE id = ? AND version = ?` (TypeORM's own version column does not prevent lost updates).
 * Guidelines and partner actors live in their own link tables.
 */
@Entity('measure')
export class MeasureEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
  @Column({ type: 'varchar', length: 20 })
  status!: MeasureStatus;

  /** Reason given with the latest change to on_hold or rejected. */
  @Column({ type: 'text', name: 'status_note', nullable: true })
  statusNote!: string | null;

  /** 0–100, null when unknown. */
  @Column({ type: 'integer', nullable: true })
  progress!: number | null;
  @Column({ ...ID_COLUMN, name: 'field_of_action_id' })
  fieldOfActionId!: string;
  @Column({ ...ID_COLUMN, name: 'lead_actor_id', nullable: true })
  leadActorId!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'contact_name', nullable: true })
  contactName!: string | null;

  @Column({ type: 'varchar', length: 254, name: 'contact_email', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  origin!: MeasureOrigin | null;

  @Column({ type: 'date', name: 'planned_start', nullable: true })
  plannedStart!: string | null;
  @Column({ type: 'date', name: 'planned_end', nullable: true })
  plannedEnd!: string | null;

  @Column({ type: 'date', name: 'actual_start', nullable: true })
  actualStart!: string | null;

  @Column({ type: 'date', name: 'actual_end', nullable: true })
  actualEnd!: string | null;
  @Column({ type: 'boolean', name: 'is_public' })
  isPublic!: boolean;

  @Column({ type: 'varchar', length: 32, nullable: true })
  feasibility!: FeasibilityVerdict | null;

  @Column({ type: 'text', name: 'feasibility_reason', nullable: true })
  feasibilityReason!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;
  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}

/** Link: a measure serves a guideline. */
@Entity('measure_guideline')
export class MeasureGuidelineEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'measure_id' })
  measureId!: string;
  @PrimaryColumn({ ...ID_COLUMN, name: 'guideline_id' })
  guidelineId!: string;
}

/** Link: an actor works on a measure as a partner (the lead actor is on the measure itself). */
@Entity('measure_partner_actor')
export class MeasurePartnerActorEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'measure_id' })
  measureId!: string;
  @PrimaryColumn({ ...ID_COLUMN, name: 'actor_id' })
  actorId!: string;
}
