export * from './lib/indicator-form-page.component';
