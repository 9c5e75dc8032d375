import { Module } from '@nestjs/common';
import { DashboardSummaryService } from './dashboard-summary.service';
import { DashboardController } from './dashboard.controller';
import { PublicSummaryFastPath } from './public-summary-fast-path';

@Module({
  controllers: [DashboardController],
  providers: [DashboardSummaryService, PublicSummaryFastPath],
  exports: [DashboardSummaryService],
})
export class DashboardModule {}
