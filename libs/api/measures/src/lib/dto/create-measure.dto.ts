import { IsIsoCalendarDate, IsOmittable, MaxLength, Trim } from '@leitbild-monitor/api/platform';
import type {
  ContactPerson,
  CreateMeasureRequest,
  FeasibilityVerdict,
  MeasureOrigin,
} from '@leitbild-monitor/shared/contracts';
import { MEASURE_FIELDS } from '@leitbild-monitor/shared/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
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
}
