export * from './lib/iso-date';
export * from './lib/overdue';
export * from './lib/progress-rollup';
export * from './lib/status-lifecycle';
export * from './lib/german-labels';
export * from './lib/measure-fields';
export * from './lib/measure-rules';
export * from './lib/measure-rights';
