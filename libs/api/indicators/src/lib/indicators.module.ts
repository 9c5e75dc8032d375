import { TransferModule } from '@leitbild-monitor/api/transfer';
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
import { IndicatorValuesExportService } from './transfer/indicator-values-export.service';
import { IndicatorValuesImportService } from './transfer/indicator-values-import.service';
import { IndicatorValuesTransferController } from './transfer/indicator-values-transfer.controller';

export const INDICATOR_ENTITIES = [
  IndicatorEntity,
  IndicatorGuidelineEntity,
  IndicatorValueEntity,
  IndicatorGoalEntity,
  IndicatorHistoryEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(INDICATOR_ENTITIES), TransferModule],
  // The values' transfer routes first: `/indicators/values/export` is not an indicator's id.
  controllers: [IndicatorValuesTransferController, IndicatorsController],
  providers: [IndicatorsService, IndicatorValuesImportService, IndicatorValuesExportService],
  exports: [IndicatorsService, IndicatorValuesExportService],
})
export class IndicatorsModule {}
