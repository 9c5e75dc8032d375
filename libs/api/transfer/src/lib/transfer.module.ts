import { MeasuresModule } from '@leitbild-monitor/api/measures';
import { Module } from '@nestjs/common';
import { ImportLocks } from './import-locks';
import { MeasureExportService } from './measure-export.service';
import { MeasureImportService } from './measure-import.service';
import { TransferController } from './transfer.controller';

@Module({
  imports: [MeasuresModule],
  controllers: [TransferController],
  providers: [MeasureImportService, MeasureExportService, ImportLocks],
  exports: [MeasureExportService, ImportLocks],
})
export class TransferModule {}
