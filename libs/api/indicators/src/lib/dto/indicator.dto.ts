import { FieldChangeDto } from '@leitbild-monitor/api/measures';
import type {
  Indicator,
  IndicatorDueInterval,
  IndicatorFieldSummary,
  IndicatorGoal,
  IndicatorHistoryEntry,
  IndicatorHistoryKind,
  IndicatorListItem,
  IndicatorMeasure,
  IndicatorPoint,
  IndicatorState,
  IndicatorSummary,
  IndicatorTimeResolution,
  IndicatorTrend,
  IndicatorValue,
  MeasureStatus,
} from '@leitbild-monitor/shared/contracts';
import {
  INDICATOR_DUE_INTERVALS,
  INDICATOR_HISTORY_KINDS,
  INDICATOR_STATES,
  INDICATOR_TIME_RESOLUTIONS,
  INDICATOR_TRENDS,
  MEASURE_STATUSES,
} from '@leitbild-monitor/shared/contracts';
import { INDICATOR_STATE_RULE } from '@leitbild-monitor/shared/domain';
import { ApiProperty } from '@nestjs/swagger';

/** The answers of the indicator endpoints as OpenAPI schemas (the wire types are those of shared/contracts). */
export class IndicatorPointDto implements IndicatorPoint {
  /** YYYY-MM-DD */
  @ApiProperty({ format: 'date' })
  date!: string;
  value!: number;
}

export class IndicatorValueDto implements IndicatorValue {
  /** YYYY-MM-DD */
  @ApiProperty({ format: 'date' })
  date!: string;
  value!: number;
  note!: string | null;
  /** Display name of whoever entered or last corrected the value. */
  enteredBy!: string;
  /** UTC ISO timestamp. */
  enteredAt!: string;
}

export class IndicatorGoalDto implements IndicatorGoal {
  /** YYYY-MM-DD */
  @ApiProperty({ format: 'date' })
  date!: string;
  value!: number;
}

export class IndicatorMeasureDto implements IndicatorMeasure {
  measureId!: string;
  title!: string;
  @ApiProperty({ enum: MEASURE_STATUSES })
  status!: MeasureStatus;
  /** 0–100, or null when unknown. */
  progress!: number | null;
  /** Whether this indicator shows the measure's progress. */
  showsProgress!: boolean;
}

/** The computed part of every indicator answer: the rule in `state`'s description. */
export class IndicatorAssessmentDto {
  @ApiProperty({ enum: INDICATOR_STATES, description: INDICATOR_STATE_RULE })
  state!: IndicatorState;
  /** Progress toward the final goal in percent (0–100, one decimal); null when the state is `no_data`. */
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 100 })
  progress!: number | null;
  /** The marked baseline value, else the earliest value; null without values. */
  @ApiProperty({ type: IndicatorPointDto, nullable: true })
  baseline!: IndicatorPointDto | null;
  /** The value with the latest date; null without values. */
  @ApiProperty({ type: IndicatorPointDto, nullable: true })
  latest!: IndicatorPointDto | null;
  /** The goal with the latest date; null without goals. */
  @ApiProperty({ type: IndicatorPointDto, nullable: true })
  finalGoal!: IndicatorPointDto | null;
  /** The goal line's value at the latest value's date; null when the state is `no_data`. */
  @ApiProperty({ type: Number, nullable: true })
  goalLineAtLatest!: number | null;
}

export class IndicatorBaseDto extends IndicatorAssessmentDto {
  id!: string;
  /** Increases with every change of the indicator, its values or goals; the `ETag` is this number in quotes. */
  version!: number;
  /** Short and unique, e.g. `EA-01`: how files of values name the indicator. */
  code!: string;
  name!: string;
  description!: string | null;
  /** E.g. `Personen`, `%`, `Fälle`, `EUR`. */
  unit!: string;
  @ApiProperty({ enum: INDICATOR_TRENDS })
  desiredTrend!: IndicatorTrend;
  @ApiProperty({ enum: INDICATOR_TIME_RESOLUTIONS })
  timeResolution!: IndicatorTimeResolution;
  /** Where the values come from. */
  source!: string | null;
  fieldOfActionId!: string;
  guidelineIds!: string[];
  /** The actor responsible for the indicator (its editors may change it). */
  responsibleActorId!: string | null;
  public!: boolean;
  @ApiProperty({ enum: [...INDICATOR_DUE_INTERVALS, null], nullable: true })
  dueEvery!: IndicatorDueInterval | null;
  /** `MM-DD`: for yearly values, the day of the year by which the new value is due. */
  dueMonthDay!: string | null;
  /** The date of the value marked as baseline; null: the earliest value is the baseline. */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  baselineDate!: string | null;
  /** The linked measures. */
  measureIds!: string[];
  /** Those of them whose progress this indicator shows. */
  progressMeasureIds!: string[];
  /** UTC ISO timestamp. */
  createdAt!: string;
  /** UTC ISO timestamp. */
  updatedAt!: string;
}

export class IndicatorDto extends IndicatorBaseDto implements Indicator {
  /** Sorted by date. */
  @ApiProperty({ type: [IndicatorValueDto] })
  values!: IndicatorValueDto[];
  /** Sorted by date. */
  @ApiProperty({ type: [IndicatorGoalDto] })
  goals!: IndicatorGoalDto[];
  /** The corners of the goal line: the baseline, then every goal after it; empty without baseline or goal. */
  @ApiProperty({ type: [IndicatorPointDto] })
  goalLine!: IndicatorPointDto[];
  @ApiProperty({ type: [IndicatorMeasureDto] })
  measures!: IndicatorMeasureDto[];
}

export class IndicatorListItemDto extends IndicatorBaseDto implements IndicatorListItem {
  fieldOfActionName!: string;
  responsibleActorName!: string | null;
  /** The latest values (at most 12), oldest first, for a small trend line. */
  @ApiProperty({ type: [IndicatorPointDto] })
  trend!: IndicatorPointDto[];
}

export class IndicatorHistoryEntryDto implements IndicatorHistoryEntry {
  /** Increasing with every entry written. */
  id!: number;
  indicatorId!: string;
  @ApiProperty({ enum: INDICATOR_HISTORY_KINDS })
  kind!: IndicatorHistoryKind;
  /** UTC ISO timestamp. */
  at!: string;
  /** Display name of whoever made the change. */
  by!: string;
  /** The date of the value or goal the entry is about; null for changes of the indicator itself. */
  @ApiProperty({ type: String, format: 'date', nullable: true })
  date!: string | null;
  /** Old → new; for values `value` and `note`, so a corrected value keeps its old one here. */
  @ApiProperty({ type: [FieldChangeDto] })
  changes!: FieldChangeDto[];
}

export class IndicatorStateCountsDto implements Record<IndicatorState, number> {
  on_track!: number;
  off_track!: number;
  reached!: number;
  no_data!: number;
}

export class IndicatorFieldSummaryDto implements IndicatorFieldSummary {
  fieldOfActionId!: string;
  name!: string;
  total!: number;
  byState!: IndicatorStateCountsDto;
}

export class IndicatorSummaryDto implements IndicatorSummary {
  /** Every field of action, in the Leitbild's order, also those without indicators. */
  @ApiProperty({ type: [IndicatorFieldSummaryDto] })
  fieldsOfAction!: IndicatorFieldSummaryDto[];
}
