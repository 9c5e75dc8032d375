export * from './lib/measure-value.component';
export * from './lib/timeline-entry.component';
