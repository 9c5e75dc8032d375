import type { Actor, ActorType, FieldOfAction, Guideline, LeitbildSection } from '@leitbild-monitor/shared/contracts';
import { ACTOR_TYPES } from '@leitbild-monitor/shared/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** The answers of the catalogue endpoints as OpenAPI schemas (the wire types are those of shared/contracts). */
export class FieldOfActionDto implements FieldOfAction {
  id!: string;
  /** Stable key derived from the name, e.g. `antidiskriminierung`. */
  key!: string;
  name!: string;
  description!: string | null;
  position!: number;
}

export class GuidelineDto implements Guideline {
  id!: string;
  /** E.g. `1.2`. */
  code!: string;
  text!: string;
  position!: number;
}

export class LeitbildSectionDto implements LeitbildSection {
  id!: string;
  code!: string;
  title!: string;
  motto!: string | null;
  position!: number;
  @ApiProperty({ type: [GuidelineDto] })
  guidelines!: GuidelineDto[];
}

export class ActorDto implements Actor {
  id!: string;
  name!: string;
  @ApiProperty({ enum: ACTOR_TYPES })
  type!: ActorType;
}
