export * from './lib/summary-figures.component';
