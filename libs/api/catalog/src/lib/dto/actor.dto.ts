import { MaxLength, PaginationQuery, Trim } from '@leitbild-monitor/api/platform';
import type { ActorType, CreateActorRequest, UpdateActorRequest } from '@leitbild-monitor/shared/contracts';
import { ACTOR_TYPES, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';

export class CreateActorDto implements CreateActorRequest {
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.name)
  name!: string;

  @ApiProperty({ enum: ACTOR_TYPES })
  @IsIn(ACTOR_TYPES)
  type!: ActorType;
}

export class UpdateActorDto
  extends PartialType(CreateActorDto, { skipNullProperties: false })
  implements UpdateActorRequest {}

export class ListActorsQuery extends PaginationQuery {
  /** Part of the name, case-insensitive. */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.searchQuery)
  q?: string;

  @ApiProperty({ enum: ACTOR_TYPES, required: false })
  @IsOptional()
  @IsIn(ACTOR_TYPES)
  type?: ActorType;
}
