import { SummaryModule } from '@leitbild-monitor/api/summary';
import { IndicatorsModule } from '@leitbild-monitor/api/indicators';
import { MeasuresModule } from '@leitbild-monitor/api/measures';
import { TransferModule } from '@leitbild-monitor/api/transfer';
import { Module } from '@nestjs/common';
import { PublicChangesService } from './changes/public-changes.service';
import { PublicFeedService } from './changes/public-feed.service';
import { PublicIndicatorsService } from './public-indicators.service';
import { PublicMeasuresService } from './public-measures.service';
import { PublicController } from './public.controller';

@Module({
  imports: [MeasuresModule, SummaryModule, TransferModule, IndicatorsModule],
  controllers: [PublicController],
  providers: [PublicMeasuresService, PublicIndicatorsService, PublicChangesService, PublicFeedService],
})
export class PublicModule {}
