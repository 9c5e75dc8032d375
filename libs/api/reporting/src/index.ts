export * from './lib/reporting-date.entity';
export * from './lib/reporting.module';
export { ReportingService } from './lib/reporting.service';
