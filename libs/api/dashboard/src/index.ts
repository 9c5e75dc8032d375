export * from './lib/dashboard-summary.service';
export * from './lib/dashboard.module';
