import { IsHttpUrl, IsIsoCalendarDate, IsOmittable, MaxLength, Trim } from '@leitbild-monitor/api/platform';
import type {
  ContactPerson,
  CouncilPaperInput,
  CreateMeasureRequest,
  FeasibilityVerdict,
  MeasureOrigin,
} from '@leitbild-monitor/shared/contracts';
import { COUNCIL_PAPER_LIMITS, MEASURE_FIELDS } from '@leitbild-monitor/shared/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';
import { IdListField, ProgressField } from './measure-field.decorators';

/** Limits and allowed values come from the shared description of a measure's fields. */
const FIELDS = MEASURE_FIELDS;

export class ContactPersonDto implements Partial<ContactPerson> {
  @IsOptional()
  @IsString()
  @MaxLength(FIELDS['contact.name'].max)
  name?: string | null;

  @IsOptional()
  @IsEmail()
  @MaxLength(FIELDS['contact.email'].max)
  email?: string | null;
}

/** A council paper ("Drucksache") on a measure. Title, date and url left out keep those of the same reference. */
export class CouncilPaperInputDto implements CouncilPaperInput {
  /** The paper's reference in the council information system, e.g. `21-1234`. */
  @ApiProperty({ example: '21-1234' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(COUNCIL_PAPER_LIMITS.reference)
  reference!: string;

  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(COUNCIL_PAPER_LIMITS.title)
  title?: string | null;

  @ApiProperty({ format: 'date', required: false, nullable: true, example: '2026-05-12' })
  @IsOptional()
  @IsIsoCalendarDate()
  date?: string | null;

  /** An http or https address: an ALLRIS page, an OParl `Paper` URL, any link. */
  @ApiProperty({ required: false, nullable: true, format: 'uri' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(COUNCIL_PAPER_LIMITS.url)
  @IsHttpUrl()
  url?: string | null;
}

export class CreateMeasureDto implements CreateMeasureRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(FIELDS.title.max)
  title!: string;

  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(FIELDS.fieldOfActionId.max)
  fieldOfActionId!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(FIELDS.description.max)
  description?: string | null;

  @IdListField(FIELDS.guidelineIds)
  guidelineIds?: string[];

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELDS.leadActorId.max)
  leadActorId?: string | null;

  @IdListField(FIELDS.partnerActorIds)
  partnerActorIds?: string[];

  /** Indicators that tell whether the measure works (`GET /indicators?measure=<id>` lists them with their state). */
  @IdListField(FIELDS.indicatorIds)
  indicatorIds?: string[];

  /** Internal contact person; never shown publicly. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contact?: ContactPersonDto | null;

  @ApiProperty({ enum: FIELDS.origin.values, required: false, nullable: true })
  @IsOptional()
  @IsIn(FIELDS.origin.values)
  origin?: MeasureOrigin | null;

  @ApiProperty({ format: 'date', required: false, nullable: true, example: '2027-01-31' })
  @IsOptional()
  @IsIsoCalendarDate()
  plannedStart?: string | null;

  @ApiProperty({ format: 'date', required: false, nullable: true })
  @IsOptional()
  @IsIsoCalendarDate()
  plannedEnd?: string | null;

  @ApiProperty({ format: 'date', required: false, nullable: true })
  @IsOptional()
  @IsIsoCalendarDate()
  actualStart?: string | null;

  @ApiProperty({ format: 'date', required: false, nullable: true })
  @IsOptional()
  @IsIsoCalendarDate()
  actualEnd?: string | null;

  /** 0–100, or null when unknown (unknown is not 0). */
  @ProgressField()
  progress?: number | null;

  @IsOmittable()
  @IsBoolean()
  public?: boolean;

  @ApiProperty({ enum: FIELDS.feasibility.values, required: false, nullable: true })
  @IsOptional()
  @IsIn(FIELDS.feasibility.values)
  feasibility?: FeasibilityVerdict | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(FIELDS.feasibilityReason.max)
  feasibilityReason?: string | null;

  /** The council papers the measure comes from or reports to; replaces the whole list. */
  @ApiProperty({ type: [CouncilPaperInputDto], required: false })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(COUNCIL_PAPER_LIMITS.perMeasure)
  @ValidateNested({ each: true })
  @Type(() => CouncilPaperInputDto)
  councilPapers?: CouncilPaperInputDto[];
}
