export * from './lib/chart.component';
export * from './lib/chart-config';
export * from './lib/chart-model';
export * from './lib/progress-chart';
export * from './lib/sparkline.component';
