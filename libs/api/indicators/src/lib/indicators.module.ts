import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  IndicatorEntity,
  IndicatorGoalEntity,
  IndicatorGuidelineEntity,
  IndicatorHistoryEntity,
  IndicatorValueEntity,
} from './indicator.entity';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

export const INDICATOR_ENTITIES = [
  IndicatorEntity,
  IndicatorGuidelineEntity,
  IndicatorValueEntity,
  IndicatorGoalEntity,
  IndicatorHistoryEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(INDICATOR_ENTITIES)],
  controllers: [IndicatorsController],
  providers: [IndicatorsService],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
