export * from './lib/measures-api.service';
export * from './lib/measure-filters';
export * from './lib/measure-list.store';
