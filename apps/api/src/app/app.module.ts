import { AuditModule } from '@leitbild-monitor/api/audit';
import { AuthModule } from '@leitbild-monitor/api/auth';
import { CatalogModule } from '@leitbild-monitor/api/catalog';
import { SummaryModule } from '@leitbild-monitor/api/summary';
import { InitialDataModule } from '@leitbild-monitor/api/demo-data';
import { IndicatorsModule } from '@leitbild-monitor/api/indicators';
import { MeasuresModule } from '@leitbild-monitor/api/measures';
import { NotificationsModule } from '@leitbild-monitor/api/notifications';
import { MeetingsModule } from '@leitbild-monitor/api/meetings';
import { PagesModule } from '@leitbild-monitor/api/pages';
import { PublicModule } from '@leitbild-monitor/api/public';
import { ReportingModule } from '@leitbild-monitor/api/reporting';
import { ReviewCommentsModule } from '@leitbild-monitor/api/reviews';
import { TransferModule } from '@leitbild-monitor/api/transfer';
import {
  AnswerCacheModule,
  APP_CONFIG,
  AppConfig,
  BackupScheduler,
  databaseOptions,
  DatabaseStartup,
  HealthModule,
  TransactionModule,
} from '@leitbild-monitor/api/platform';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

/** The whole API, wired for one validated configuration. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(databaseOptions(config.database, ENTITIES, MIGRATIONS)),
        TransactionModule,
        AnswerCacheModule,
        AuditModule,
        AuthModule,
        HealthModule,
        CatalogModule,
        MeasuresModule,
        IndicatorsModule,
        TransferModule,
        ReviewCommentsModule,
        SummaryModule,
        PublicModule,
        PagesModule,
        ReportingModule,
        NotificationsModule,
        MeetingsModule,
        InitialDataModule,
      ],
      providers: [BackupScheduler, DatabaseStartup],
    };
  }
}
