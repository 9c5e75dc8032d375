import { ID_COLUMN, TIMESTAMP_COLUMN } from '@leitbild-monitor/api/platform';
import type {
  FieldChange,
  IndicatorDueInterval,
  IndicatorHistoryKind,
  IndicatorState,
  IndicatorTimeResolution,
  IndicatorTrend,
} from '@leitbild-monitor/shared/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Numbers of values and goals: 8-byte floating point on both databases (`double precision`), so `12.5` comes back
 * as the number 12.5 and not as text as PostgreSQL's `numeric` would.
 */
const NUMBER_COLUMN = { type: 'double precision' } as const;

/**
 * An indicator ("Kennzahl"). `version` is the optimistic-locking counter behind ETag / If-Match and moves with every
 * change of the indicator, its values and its goals (`UPDATE ... WHERE id = ? AND version = ?`). `state` and
 * `progress` hold the shared rule's result (`assessIndicator`), written in the same transaction as every change of
 * values, goals, direction or baseline, so the list filters and sorts by them in SQL.
 *
 * Indexes, checks and foreign keys are declared as the migration creates them (schema-drift.api-spec.ts).
 */
@Entity('indicator')
@Check('chk_indicator_version', 'version >= 1')
@Check('chk_indicator_trend', "desired_trend IN ('increase', 'decrease')")
@Check('chk_indicator_resolution', "time_resolution IN ('year', 'quarter', 'month')")
@Check('chk_indicator_due_every', "due_every IS NULL OR due_every IN ('year', 'quarter', 'month')")
@Check('chk_indicator_state', "state IN ('on_track', 'off_track', 'reached', 'no_data')")
@Check('chk_indicator_progress', 'progress IS NULL OR (progress >= 0 AND progress <= 100)')
@Index('idx_indicator_field', ['fieldOfActionId', 'code'])
@Index('idx_indicator_state', ['state'])
@Index('idx_indicator_actor', ['responsibleActorId'])
@Index('idx_indicator_public', ['isPublic'])
export class IndicatorEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ type: 'varchar', length: 10, name: 'desired_trend' })
  desiredTrend!: IndicatorTrend;

  @Column({ type: 'varchar', length: 10, name: 'time_resolution' })
  timeResolution!: IndicatorTimeResolution;

  @Column({ type: 'varchar', length: 200, nullable: true })
  source!: string | null;

  @Column({ ...ID_COLUMN, name: 'field_of_action_id' })
  @ForeignKey('field_of_action')
  fieldOfActionId!: string;

  @Column({ ...ID_COLUMN, name: 'responsible_actor_id', nullable: true })
  @ForeignKey('actor')
  responsibleActorId!: string | null;

  @Column({ type: 'boolean', name: 'is_public' })
  isPublic!: boolean;

  @Column({ type: 'varchar', length: 10, name: 'due_every', nullable: true })
  dueEvery!: IndicatorDueInterval | null;

  @Column({ type: 'varchar', length: 5, name: 'due_month_day', nullable: true })
  dueMonthDay!: string | null;

  @Column({ type: 'date', name: 'baseline_date', nullable: true })
  baselineDate!: string | null;

  @Column({ type: 'varchar', length: 10 })
  state!: IndicatorState;

  @Column({ ...NUMBER_COLUMN, nullable: true })
  progress!: number | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: string;
}

/** Link: an indicator speaks to a guideline. */
@Entity('indicator_guideline')
@Index('idx_indicator_guideline_guideline', ['guidelineId'])
export class IndicatorGuidelineEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'indicator_id' })
  @ForeignKey('indicator', { onDelete: 'CASCADE' })
  indicatorId!: string;

  @PrimaryColumn({ ...ID_COLUMN, name: 'guideline_id' })
  @ForeignKey('guideline')
  guidelineId!: string;
}

/** One value of an indicator at a calendar date; a correction overwrites it and keeps the old one in the history. */
@Entity('indicator_value')
export class IndicatorValueEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'indicator_id' })
  @ForeignKey('indicator', { onDelete: 'CASCADE' })
  indicatorId!: string;

  /** YYYY-MM-DD */
  @PrimaryColumn({ type: 'date', name: 'value_date' })
  date!: string;

  @Column(NUMBER_COLUMN)
  value!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ ...ID_COLUMN, name: 'entered_by_id', nullable: true })
  enteredById!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'entered_by_name' })
  enteredByName!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'entered_at' })
  enteredAt!: string;
}

/** One goal of an indicator at a calendar date. */
@Entity('indicator_goal')
export class IndicatorGoalEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'indicator_id' })
  @ForeignKey('indicator', { onDelete: 'CASCADE' })
  indicatorId!: string;

  /** YYYY-MM-DD */
  @PrimaryColumn({ type: 'date', name: 'goal_date' })
  date!: string;

  @Column(NUMBER_COLUMN)
  value!: number;
}

/** One dated entry of an indicator's history, written in the same transaction as the change it records. */
@Entity('indicator_history')
@Index('idx_indicator_history_indicator', ['indicatorId', 'id'])
export class IndicatorHistoryEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ ...ID_COLUMN, name: 'indicator_id' })
  @ForeignKey('indicator')
  indicatorId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: IndicatorHistoryKind;

  @Column(TIMESTAMP_COLUMN)
  at!: string;

  @Column({ ...ID_COLUMN, name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'author_name' })
  authorName!: string;

  /** The date of the value or goal the entry is about; null for changes of the indicator itself. */
  @Column({ type: 'date', name: 'subject_date', nullable: true })
  subjectDate!: string | null;

  /** Old → new per changed field. */
  @Column({ type: 'simple-json' })
  changes!: FieldChange[];
}
