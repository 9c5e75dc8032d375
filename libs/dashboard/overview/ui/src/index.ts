export * from './lib/summary-charts';
export * from './lib/summary-charts.component';
export * from './lib/summary-figures.component';
