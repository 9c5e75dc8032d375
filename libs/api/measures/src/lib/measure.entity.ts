import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type { FeasibilityVerdict, MeasureOrigin, MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * The statuses as the first migration wrote them into its check. The schema diff compares checks by name only:
 * a new status needs a migration that replaces the check, and then this list.
 */
const STATUS_KEYS = "'proposed', 'in_review', 'planned', 'in_progress', 'completed', 'on_hold', 'rejected'";

/**
 * A measure ("Maßnahme"). `version` is the optimistic-locking counter behind ETag / If-Match; it is bumped
 * by `UPDATE ... WHERE id = ? AND version = ?` (TypeORM's own version column does not prevent lost updates).
 * Guidelines and partner actors live in their own link tables.
 *
 * Indexes, checks and foreign keys are declared as the migrations create them, so that TypeORM's schema diff
 * against a migrated database is empty (schema-drift.api-spec.ts). `@ForeignKey` declares a constraint without a
 * relation, so no query changes. The `*_newest` indexes sort `updated_at` descending, which the migration sets
 * and `@Index` cannot say; the diff compares index columns only.
 */
@Entity('measure')
@Check('chk_measure_progress', 'progress IS NULL OR (progress >= 0 AND progress <= 100)')
@Check('chk_measure_status', `status IN (${STATUS_KEYS})`)
@Check('chk_measure_version', 'version >= 1')
// No index that only begins another one (migration RedundantMeasureIndexes1765353600000): it would only cost writes.
@Index('idx_measure_lead_actor', ['leadActorId'])
@Index('idx_measure_newest', ['updatedAt', 'id'])
@Index('idx_measure_field_newest', ['fieldOfActionId', 'updatedAt', 'id'])
@Index('idx_measure_status_newest', ['status', 'updatedAt', 'id'])
@Index('idx_measure_field_status_newest', ['fieldOfActionId', 'status', 'updatedAt', 'id'])
@Index('idx_measure_rollup', ['fieldOfActionId', 'status', 'isPublic', 'progress', 'plannedEnd'])
// The summaries' overdue count (planned end first) and the earliest creation a caller may see (libs/api/summary).
@Index('idx_measure_planned_end_rollup', ['plannedEnd', 'status', 'fieldOfActionId', 'isPublic'])
@Index('idx_measure_created_at', ['createdAt'])
@Index('idx_measure_public_created_at', ['isPublic', 'createdAt'])
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
  @ForeignKey('field_of_action')
  fieldOfActionId!: string;
  @Column({ ...ID_COLUMN, name: 'lead_actor_id', nullable: true })
  @ForeignKey('actor')
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
@Index('idx_measure_guideline_guideline', ['guidelineId'])
@Index('idx_measure_guideline_coverage', ['guidelineId', 'measureId'])
export class MeasureGuidelineEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'measure_id' })
  @ForeignKey('measure', { onDelete: 'CASCADE' })
  measureId!: string;
  @PrimaryColumn({ ...ID_COLUMN, name: 'guideline_id' })
  @ForeignKey('guideline')
  guidelineId!: string;
}

/** Link: an actor works on a measure as a partner (the lead actor is on the measure itself). */
@Entity('measure_partner_actor')
@Index('idx_measure_partner_actor_actor', ['actorId'])
export class MeasurePartnerActorEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'measure_id' })
  @ForeignKey('measure', { onDelete: 'CASCADE' })
  measureId!: string;
  @PrimaryColumn({ ...ID_COLUMN, name: 'actor_id' })
  @ForeignKey('actor')
  actorId!: string;
}

/**
 * Link: an indicator tells whether a measure works; `showsProgress` when the indicator shows that measure's
 * progress. Written from either side (`indicatorIds` of a measure, `measureIds` of an indicator); the indicator
 * table belongs to api/indicators, which builds on this lib, so the link is declared here by table name.
 */
@Entity('measure_indicator')
@Index('idx_measure_indicator_indicator', ['indicatorId'])
export class MeasureIndicatorEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'measure_id' })
  @ForeignKey('measure', { onDelete: 'CASCADE' })
  measureId!: string;
  @PrimaryColumn({ ...ID_COLUMN, name: 'indicator_id' })
  @ForeignKey('indicator', { onDelete: 'CASCADE' })
  indicatorId!: string;
  @Column({ type: 'boolean', name: 'shows_progress' })
  showsProgress!: boolean;
}

/** A council paper ("Drucksache") the measure names, at its place in the measure's list (`position` from 0). */
@Entity('measure_council_paper')
@Index('idx_measure_council_paper_reference', ['reference'])
export class MeasureCouncilPaperEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'measure_id' })
  @ForeignKey('measure', { onDelete: 'CASCADE' })
  measureId!: string;
  @PrimaryColumn({ type: 'integer' })
  position!: number;
  @Column({ type: 'varchar', length: 40 })
  reference!: string;
  @Column({ type: 'varchar', length: 300, nullable: true })
  title!: string | null;
  /** YYYY-MM-DD */
  @Column({ type: 'date', name: 'paper_date', nullable: true })
  date!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true })
  url!: string | null;
}
