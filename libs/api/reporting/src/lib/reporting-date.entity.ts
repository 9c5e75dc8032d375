import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type { IndicatorState, IndicatorTrend, MeasureStatus } from '@leitbild-monitor/shared/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** The statuses as the reporting migration wrote them into its check (compared by name only, like every check). */
const STATUS_KEYS = "'proposed', 'in_review', 'planned', 'in_progress', 'completed', 'on_hold', 'rejected'";

/** A reporting date ("Stichtag"): a name, the date it stands for, and when and by whom its snapshot was taken. */
@Entity('reporting_date')
@Check('chk_reporting_date_count', 'measure_count >= 0')
@Index('idx_reporting_date_date', ['date', 'createdAt'])
export class ReportingDateEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date', name: 'reporting_date' })
  date!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  /** The account that took the snapshot; its name is kept alongside so the record never depends on the account. */
  @Column({ ...ID_COLUMN, name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'created_by_name' })
  createdByName!: string;

  @Column({ type: 'integer', name: 'measure_count' })
  measureCount!: number;
}

/**
 * One measure as it was when the snapshot was taken. Every value is a copy — names of the field of action and
 * of the actors included — and no column references the live measure or catalogue, so later edits, renames or
 * deletions cannot change what a snapshot says.
 */
@Entity('reporting_snapshot_measure')
@Check('chk_snapshot_status', `status IN (${STATUS_KEYS})`)
@Check('chk_snapshot_progress', 'progress IS NULL OR (progress >= 0 AND progress <= 100)')
@Index('idx_snapshot_measure', ['measureId'])
export class SnapshotMeasureEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'reporting_date_id' })
  @ForeignKey('reporting_date', { onDelete: 'CASCADE' })
  reportingDateId!: string;

  @PrimaryColumn({ ...ID_COLUMN, name: 'measure_id' })
  measureId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: MeasureStatus;

  @Column({ type: 'integer', nullable: true })
  progress!: number | null;

  @Column({ ...ID_COLUMN, name: 'field_of_action_id' })
  fieldOfActionId!: string;

  @Column({ type: 'varchar', length: 200, name: 'field_of_action_name' })
  fieldOfActionName!: string;

  /** The field's place in the Leitbild's order at the time, so the report keeps the order it had then. */
  @Column({ type: 'integer', name: 'field_of_action_position' })
  fieldOfActionPosition!: number;

  @Column({ type: 'date', name: 'planned_start', nullable: true })
  plannedStart!: string | null;

  @Column({ type: 'date', name: 'planned_end', nullable: true })
  plannedEnd!: string | null;

  @Column({ type: 'date', name: 'actual_start', nullable: true })
  actualStart!: string | null;

  @Column({ type: 'date', name: 'actual_end', nullable: true })
  actualEnd!: string | null;

  @Column({ ...ID_COLUMN, name: 'lead_actor_id', nullable: true })
  leadActorId!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'lead_actor_name', nullable: true })
  leadActorName!: string | null;

  /** JSON array of names, sorted. */
  @Column({ type: 'text', name: 'partner_actor_names' })
  partnerActorNames!: string;

  @Column({ type: 'boolean', name: 'is_public' })
  isPublic!: boolean;

  /** Overdue as of the reporting date (not as of the day the snapshot was taken). */
  @Column({ type: 'boolean' })
  overdue!: boolean;
}

/**
 * One indicator as it was when the snapshot was taken: its values dated on or before the reporting date and its
 * goals (JSON lists of `{ date, value }`), the baseline marked then, and the state and progress the rule gave them.
 * Like the measures' rows, every value is a copy and only the reporting date is referenced.
 */
@Entity('reporting_snapshot_indicator')
@Check('chk_snapshot_indicator_state', "state IN ('on_track', 'off_track', 'reached', 'no_data')")
@Index('idx_snapshot_indicator', ['indicatorId'])
export class SnapshotIndicatorEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'reporting_date_id' })
  @ForeignKey('reporting_date', { onDelete: 'CASCADE' })
  reportingDateId!: string;

  @PrimaryColumn({ ...ID_COLUMN, name: 'indicator_id' })
  indicatorId!: string;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ type: 'varchar', length: 10, name: 'desired_trend' })
  desiredTrend!: IndicatorTrend;

  @Column({ ...ID_COLUMN, name: 'field_of_action_id' })
  fieldOfActionId!: string;

  @Column({ type: 'varchar', length: 200, name: 'field_of_action_name' })
  fieldOfActionName!: string;

  @Column({ type: 'integer', name: 'field_of_action_position' })
  fieldOfActionPosition!: number;

  @Column({ type: 'boolean', name: 'is_public' })
  isPublic!: boolean;

  @Column({ type: 'varchar', length: 10 })
  state!: IndicatorState;

  @Column({ type: 'double precision', nullable: true })
  progress!: number | null;

  /** JSON list of `{ date, value }`, by date. */
  @Column({ type: 'text', name: 'point_values' })
  values!: string;

  /** JSON list of `{ date, value }`, by date. */
  @Column({ type: 'text' })
  goals!: string;

  @Column({ type: 'date', name: 'baseline_date', nullable: true })
  baselineDate!: string | null;
}
