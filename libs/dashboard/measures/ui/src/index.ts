export * from './lib/measure-value.component';
