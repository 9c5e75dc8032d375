export * from './lib/dashboard-summary.service';
