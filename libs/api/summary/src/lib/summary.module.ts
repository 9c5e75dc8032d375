import { Module } from '@nestjs/common';
import { SummaryRollupService } from './summary-rollup.service';
import { SummaryController } from './summary.controller';

@Module({
  controllers: [SummaryController],
  providers: [SummaryRollupService],
  exports: [SummaryRollupService],
})
export class SummaryModule {}
