export * from './lib/measure-import-page.component';
export * from './lib/indicator-value-import-page.component';
