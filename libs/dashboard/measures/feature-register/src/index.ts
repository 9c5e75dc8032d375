export * from './lib/measure-register-page.component';
