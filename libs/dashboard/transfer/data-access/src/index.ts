export * from './lib/measure-import.service';
export * from './lib/indicator-value-import.service';
