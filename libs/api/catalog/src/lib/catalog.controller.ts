import type { Actor, FieldOfAction, LeitbildSection, Page } from '@leitbild-monitor/shared/contracts';
import { ANY_SIGNED_IN, CurrentContext, Roles, SignedInContext } from '@leitbild-monitor/api/platform';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CatalogService } from './catalog.service';
import { CreateActorDto, ListActorsQuery, UpdateActorDto } from './dto/actor.dto';
import { CreateFieldOfActionDto, ListFieldsOfActionQuery, UpdateFieldOfActionDto } from './dto/field-of-action.dto';

@ApiTags('catalogue')
@Roles(...ANY_SIGNED_IN)
@Controller('fields-of-action')
export class FieldsOfActionController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  list(@Query() query: ListFieldsOfActionQuery): Promise<Page<FieldOfAction>> {
    return this.catalog.listFieldsOfAction(query);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<FieldOfAction> {
    return this.catalog.getFieldOfAction(id);
  }

  @Roles('admin')
  @Post()
  create(@CurrentContext() context: SignedInContext, @Body() dto: CreateFieldOfActionDto): Promise<FieldOfAction> {
    return this.catalog.createFieldOfAction(context, dto);
  }

  @Roles('admin')
  @Patch(':id')
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
  list(): Promise<LeitbildSection[]> {
    return this.catalog.listGuidelines();
  }
}

@ApiTags('catalogue')
@Roles(...ANY_SIGNED_IN)
@Controller('actors')
export class ActorsController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  list(@Query() query: ListActorsQuery): Promise<Page<Actor>> {
    return this.catalog.listActors(query);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<Actor> {
    return this.catalog.getActor(id);
  }

  @Roles('admin')
  @Post()
  create(@CurrentContext() context: SignedInContext, @Body() dto: CreateActorDto): Promise<Actor> {
    return this.catalog.createActor(context, dto);
  }

  @Roles('admin')
  @Patch(':id')
  update(
    @CurrentContext() context: SignedInContext,
    @Param('id') id: string,
    @Body() dto: UpdateActorDto,
  ): Promise<Actor> {
    return this.catalog.updateActor(context, id, dto);
  }
}
