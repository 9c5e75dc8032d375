import type { Actor, FieldOfAction, LeitbildSection, Page } from '@leitbild-monitor/shared/contracts';
import {
  ANY_SIGNED_IN,
  ApiErrorResponses,
  ApiJsonResponse,
  ApiPageResponse,
  CurrentContext,
  Roles,
  SignedInContext,
} from '@leitbild-monitor/api/platform';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CatalogService } from './catalog.service';
import { CreateActorDto, ListActorsQuery, UpdateActorDto } from './dto/actor.dto';
import { ActorDto, FieldOfActionDto, LeitbildSectionDto } from './dto/catalog.dto';
import { CreateFieldOfActionDto, ListFieldsOfActionQuery, UpdateFieldOfActionDto } from './dto/field-of-action.dto';

@ApiTags('catalogue')
@Roles(...ANY_SIGNED_IN)
@Controller('fields-of-action')
export class FieldsOfActionController {
  constructor(private readonly catalog: CatalogService) {}

  /** The fields of action, in the Leitbild's order. */
  @Get()
  @ApiPageResponse(FieldOfActionDto)
  list(@Query() query: ListFieldsOfActionQuery): Promise<Page<FieldOfAction>> {
    return this.catalog.listFieldsOfAction(query);
  }

  /** One field of action. */
  @Get(':id')
  @ApiJsonResponse(FieldOfActionDto)
  get(@Param('id') id: string): Promise<FieldOfAction> {
    return this.catalog.getFieldOfAction(id);
  }

  /** Adds a field of action (administrators). */
  @Roles('admin')
  @Post()
  @ApiJsonResponse(FieldOfActionDto, { status: 201 })
  @ApiErrorResponses(409)
  create(@CurrentContext() context: SignedInContext, @Body() dto: CreateFieldOfActionDto): Promise<FieldOfAction> {
    return this.catalog.createFieldOfAction(context, dto);
  }

  /** Renames or describes a field of action (administrators). */
  @Roles('admin')
  @Patch(':id')
  @ApiJsonResponse(FieldOfActionDto)
  @ApiErrorResponses(409)
  update(
    @CurrentContext() context: SignedInContext,
    @Param('id') id: string,
    @Body() dto: UpdateFieldOfActionDto,
  ): Promise<FieldOfAction> {
    return this.catalog.updateFieldOfAction(context, id, dto);
  }
}

@ApiTags('catalogue')
@Roles(...ANY_SIGNED_IN)
@Controller('guidelines')
export class GuidelinesController {
  constructor(private readonly catalog: CatalogService) {}

  /** The Leitbild: sections with their guideline statements. */
  @Get()
  @ApiJsonResponse([LeitbildSectionDto])
  list(): Promise<LeitbildSection[]> {
    return this.catalog.listGuidelines();
  }
}

@ApiTags('catalogue')
@Roles(...ANY_SIGNED_IN)
@Controller('actors')
export class ActorsController {
  constructor(private readonly catalog: CatalogService) {}

  /** Responsible bodies, filtered by name (`q`) and type. */
  @Get()
  @ApiPageResponse(ActorDto)
  list(@Query() query: ListActorsQuery): Promise<Page<Actor>> {
    return this.catalog.listActors(query);
  }

  /** One actor. */
  @Get(':id')
  @ApiJsonResponse(ActorDto)
  get(@Param('id') id: string): Promise<Actor> {
    return this.catalog.getActor(id);
  }

  /** Adds an actor (administrators). */
  @Roles('admin')
  @Post()
  @ApiJsonResponse(ActorDto, { status: 201 })
  @ApiErrorResponses(409)
  create(@CurrentContext() context: SignedInContext, @Body() dto: CreateActorDto): Promise<Actor> {
    return this.catalog.createActor(context, dto);
  }

  /** Renames an actor or changes its type (administrators). */
  @Roles('admin')
  @Patch(':id')
  @ApiJsonResponse(ActorDto)
  @ApiErrorResponses(409)
  update(
    @CurrentContext() context: SignedInContext,
    @Param('id') id: string,
    @Body() dto: UpdateActorDto,
  ): Promise<Actor> {
    return this.catalog.updateActor(context, id, dto);
  }
}
