import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeasureHistoryEntity } from './measure-history.entity';
import {
  MeasureCouncilPaperEntity,
  MeasureEntity,
  MeasureGuidelineEntity,
  MeasureIndicatorEntity,
  MeasurePartnerActorEntity,
} from './measure.entity';
import { MeasuresController } from './measures.controller';
import { MeasuresService } from './measures.service';

export const MEASURE_ENTITIES = [
  MeasureEntity,
  MeasureGuidelineEntity,
  MeasurePartnerActorEntity,
  MeasureIndicatorEntity,
  MeasureHistoryEntity,
  MeasureCouncilPaperEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(MEASURE_ENTITIES)],
  controllers: [MeasuresController],
  providers: [MeasuresService],
  exports: [MeasuresService],
})
export class MeasuresModule {}
