export * from './lib/measure-page.component';
