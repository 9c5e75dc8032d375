export * from './lib/api';
export * from './lib/catalog';
export * from './lib/history';
export * from './lib/measure';
export * from './lib/measure-status';
export * from './lib/status-transitions';
export * from './lib/summary';
export * from './lib/limits';
