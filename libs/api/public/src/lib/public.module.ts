import { SummaryModule } from '@leitbild-monitor/api/summary';
import { MeasuresModule } from '@leitbild-monitor/api/measures';
import { TransferModule } from '@leitbild-monitor/api/transfer';
import { Module } from '@nestjs/common';
import { PublicMeasuresService } from './public-measures.service';
import { PublicController } from './public.controller';

@Module({
  imports: [MeasuresModule, SummaryModule, TransferModule],
  controllers: [PublicController],
  providers: [PublicMeasuresService],
})
export class PublicModule {}
