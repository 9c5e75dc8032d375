import { Module } from '@nestjs/common';
import { DashboardSummaryService } from './dashboard-summary.service';
import { DashboardController } from './dashboard.controller';

@Module({
  controllers: [DashboardController],
  providers: [DashboardSummaryService],
  exports: [DashboardSummaryService],
})
export class DashboardModule {}
