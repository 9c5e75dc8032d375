export * from './lib/measure-form-page.component';
