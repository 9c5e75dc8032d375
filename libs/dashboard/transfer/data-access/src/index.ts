export * from './lib/measure-import.service';
