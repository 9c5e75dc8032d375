export * from './lib/indicator-format';
export * from './lib/indicator-sentence';
export * from './lib/indicator-chart';
export * from './lib/indicator-chart.component';
export * from './lib/indicator-state.component';
export * from './lib/indicator-tiles.component';
