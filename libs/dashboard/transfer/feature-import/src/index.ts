export * from './lib/measure-import-page.component';
