import type {
  ContactPerson,
  CouncilPaper,
  FeasibilityVerdict,
  FieldChange,
  HistoryEntry,
  HistoryKind,
  Measure,
  MeasureListItem,
  MeasureOrigin,
  MeasureStatus,
  StatusDefinition,
} from '@leitbild-monitor/shared/contracts';
import {
  FEASIBILITY_VERDICTS,
  HISTORY_KINDS,
  MEASURE_ORIGINS,
  MEASURE_STATUSES,
} from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** The answers of the measure endpoints as OpenAPI schemas (the wire types are those of shared/contracts). */
export class ContactPersonDto implements ContactPerson {
  name!: string | null;
  email!: string | null;
}

/** A council paper ("Drucksache") the measure names. */
export class CouncilPaperDto implements CouncilPaper {
  /** E.g. `21-1234`. */
  reference!: string;
  title!: string | null;
  /** YYYY-MM-DD */
  @ApiProperty({ format: 'date', nullable: true, type: String })
  date!: string | null;
  /** An http or https address. */
  url!: string | null;
}

export class MeasureDto implements Measure {
  id!: string;
  /** Increases with every change; the `ETag` is this number in quotes. */
  version!: number;
  title!: string;
  description!: string | null;
  @ApiProperty({ enum: MEASURE_STATUSES })
  status!: MeasureStatus;
  /** 0–100, or null when unknown (unknown is not 0). */
  progress!: number | null;
  fieldOfActionId!: string;
  guidelineIds!: string[];
  leadActorId!: string | null;
  partnerActorIds!: string[];
  /** The linked indicators; `GET /indicators?measure=<id>` lists them with their state. */
  indicatorIds!: string[];
  /** Internal contact person: personal data, never part of a public answer. */
  contact!: ContactPersonDto;
  @ApiProperty({ enum: [...MEASURE_ORIGINS, null], nullable: true })
  origin!: MeasureOrigin | null;
  /** YYYY-MM-DD */
  plannedStart!: string | null;
  /** YYYY-MM-DD */
  plannedEnd!: string | null;
  /** YYYY-MM-DD */
  actualStart!: string | null;
  /** YYYY-MM-DD */
  actualEnd!: string | null;
  public!: boolean;
  @ApiProperty({ enum: [...FEASIBILITY_VERDICTS, null], nullable: true })
  feasibility!: FeasibilityVerdict | null;
  feasibilityReason!: string | null;
  /** The council papers the measure comes from or reports to, in the order given. */
  @ApiProperty({ type: [CouncilPaperDto] })
  councilPapers!: CouncilPaperDto[];
  /** The planned end has passed and the measure is neither completed nor rejected. */
  overdue!: boolean;
  /** The reason given with the last change to on_hold or rejected. */
  statusNote!: string | null;
  /** UTC ISO timestamp. */
  createdAt!: string;
  /** UTC ISO timestamp. */
  updatedAt!: string;
}

/** A row of the measure list: the measure with the names a table shows. */
export class MeasureListItemDto extends MeasureDto implements MeasureListItem {
  fieldOfActionName!: string;
  leadActorName!: string | null;
}

export class StatusDefinitionDto implements StatusDefinition {
  @ApiProperty({ enum: MEASURE_STATUSES })
  key!: MeasureStatus;
  /** Statuses this one may change to. */
  @ApiProperty({ enum: MEASURE_STATUSES, isArray: true })
  next!: MeasureStatus[];
  /** Whether changing to this status needs a note (the reason). */
  requiresNote!: boolean;
  /** Whether a measure in this status counts as active (planned or being worked on). */
  active!: boolean;
  /** Whether a measure in this status is finished (no longer overdue, whatever its dates). */
  closed!: boolean;
}

/** Any JSON value: a field's value before or after a change. */
const ANY_JSON_VALUE = {
  description: 'The value as JSON (string, number, boolean, list or null).',
  anyOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object' },
  ],
};

export class FieldChangeDto implements FieldChange {
  field!: string;
  @ApiProperty(ANY_JSON_VALUE)
  from!: unknown;
  @ApiProperty(ANY_JSON_VALUE)
  to!: unknown;
}

export class HistoryEntryDto implements HistoryEntry {
  /** Increasing with every entry written. */
  id!: number;
  measureId!: string;
  @ApiProperty({ enum: HISTORY_KINDS })
  kind!: HistoryKind;
  /** UTC ISO timestamp. */
  at!: string;
  /** Display name of whoever made the change. */
  by!: string;
  @ApiProperty({ type: [FieldChangeDto] })
  changes!: FieldChangeDto[];
  note!: string | null;
}
