export * from './lib/reporting-changes.component';
export * from './lib/report-indicators.component';
