import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportingDateEntity, SnapshotIndicatorEntity, SnapshotMeasureEntity } from './reporting-date.entity';
import { ReportingController } from './reporting.controller';
import { ReportingService } from './reporting.service';

export const REPORTING_ENTITIES = [ReportingDateEntity, SnapshotMeasureEntity, SnapshotIndicatorEntity];

@Module({
  imports: [TypeOrmModule.forFeature(REPORTING_ENTITIES)],
  controllers: [ReportingController],
  providers: [ReportingService],
  exports: [ReportingService],
})
export class ReportingModule {}
