export * from './lib/reporting-changes.component';
