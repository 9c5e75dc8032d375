import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorEntity } from './actor.entity';
import { ActorsController, FieldsOfActionController, GuidelinesController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { FieldOfActionEntity } from './field-of-action.entity';
import { GuidelineEntity } from './guideline.entity';
import { LeitbildSectionEntity } from './leitbild-section.entity';

export const CATALOG_ENTITIES = [FieldOfActionEntity, LeitbildSectionEntity, GuidelineEntity, ActorEntity];

@Module({
  imports: [TypeOrmModule.forFeature(CATALOG_ENTITIES)],
  controllers: [FieldsOfActionController, GuidelinesController, ActorsController],
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}
