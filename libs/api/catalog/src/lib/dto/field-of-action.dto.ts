import { MaxLength, PaginationQuery, Trim } from '@leitbild-monitor/api/platform';
import type { CreateFieldOfActionRequest, UpdateFieldOfActionRequest } from '@leitbild-monitor/shared/contracts';
import { TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { PartialType } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';

export class CreateFieldOfActionDto implements CreateFieldOfActionRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.description)
  description?: string | null;
}

export class UpdateFieldOfActionDto
  extends PartialType(CreateFieldOfActionDto, { skipNullProperties: false })
  implements UpdateFieldOfActionRequest {}

export class ListFieldsOfActionQuery extends PaginationQuery {}
