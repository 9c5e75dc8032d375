export * from './lib/reports-page.component';
export * from './lib/report-page.component';
