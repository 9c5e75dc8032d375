import { IsIsoCalendarDate, IsOmittable, MaxLength, Trim } from '@leitbild-monitor/api/platform';
import type {
  ContactPerson,
  CreateMeasureRequest,
  FeasibilityVerdict,
  MeasureOrigin,
} from '@leitbild-monitor/shared/contracts';
import { FEASIBILITY_VERDICTS, LIST_LIMITS, MEASURE_ORIGINS, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const ID_MAX_LENGTH = 36;

export class ContactPersonDto implements Partial<ContactPerson> {
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.name)
  name?: string | null;

  @IsOptional()
  @IsEmail()
  @MaxLength(TEXT_LIMITS.email)
  email?: string | null;
}

export class CreateMeasureDto implements CreateMeasureRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.title)
  title!: string;

  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(ID_MAX_LENGTH)
  fieldOfActionId!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_LIMITS.description)
  description?: string | null;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.guidelineIds)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  guidelineIds?: string[];

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ID_MAX_LENGTH)
  leadActorId?: string | null;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.partnerActorIds)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(ID_MAX_LENGTH, { each: true })
  partnerActorIds?: string[];

  /** Internal contact person; never shown publicly. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contact?: ContactPersonDto | null;

  @ApiProperty({ enum: MEASURE_ORIGINS, required: false, nullable: true })
  @IsOptional()
  @IsIn(MEASURE_ORIGINS)
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
  @ApiProperty({ minimum: 0, maximum: 100, required: false, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number | null;

  @IsOmittable()
  @IsBoolean()
  public?: boolean;

  @ApiProperty({ enum: FEASIBILITY_VERDICTS, required: false, nullable: true })
  @IsOptional()
  @IsIn(FEASIBILITY_VERDICTS)
  feasibility?: FeasibilityVerdict | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_LIMITS.feasibilityReason)
  feasibilityReason?: string | null;
}
