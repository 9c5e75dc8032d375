export * from './dashboard-summary.fixture';
