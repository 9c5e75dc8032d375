export * from './lib/legal-footer.component';
