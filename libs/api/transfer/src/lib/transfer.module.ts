import { MeasuresModule } from '@leitbild-monitor/api/measures';
import { Module } from '@nestjs/common';
import { ImportLocks } from './import-locks';
import { ImportJobsController } from './jobs/import-jobs.controller';
import { ImportJobs } from './jobs/import-jobs';
import { MeasureExportService } from './measure-export.service';
import { MeasureImportService } from './measure-import.service';
import { TransferController } from './transfer.controller';

@Module({
  imports: [MeasuresModule],
  controllers: [TransferController, ImportJobsController],
  providers: [MeasureImportService, MeasureExportService, ImportLocks, ImportJobs],
  exports: [MeasureExportService, ImportLocks, ImportJobs],
})
export class TransferModule {}
