export * from './lib/form-field.component';
