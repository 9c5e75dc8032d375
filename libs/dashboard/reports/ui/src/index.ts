export * from './lib/reporting-changes.component';
export * from './lib/report-indicators.component';
export * from './lib/report-development';
export * from './lib/report-development.component';
